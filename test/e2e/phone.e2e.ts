// Point 10 of issue 14 at 390×844: the public page, the power list and a power's page fit the phone's
// width (no horizontal scrolling of the page), the public title reads on one line and a long title in
// the console's app bar is shown whole. Every other list, record page and form is checked at 390 px
// by walk.e2e.ts.
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, consoleUrl, launch, screenshot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function overflow(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('the public page at 390 px: no horizontal overflow, the title on one line', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(consoleUrl('/public'));
  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  const box = await title.boundingBox();
  // One line of the page's body font is under 50 px; a title stacked a character a line is hundreds.
  expect(box?.height ?? 999).toBeLessThan(80);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'phone-public');
  await context.close();
});

test('the power list at 390 px: no horizontal overflow', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  // Signing in waits for the side menu, which a phone folds away: sign in wide, then narrow.
  await signIn(page, 'county-dept-editor');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(consoleUrl('/powers'));
  await page.locator('.schema-cards, .RaList-main').first().waitFor();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'phone-powers');
  await context.close();
});

test('a power’s page at 390 px: no horizontal overflow, its long name shown whole in the app bar', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  try {
    // The power with the longest name of the clerk's department: the title that used to be cut.
    const { rows } = await apiList(await apiToken('county-dept-editor'), 'powers');
    const longest = rows.map((r) => ({ id: String(r.id), name: String(r.name ?? '') })).sort((a, b) => b.name.length - a.name.length)[0];
    expect(longest.name.length).toBeGreaterThan(20);
    await signIn(page, 'county-dept-editor');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(consoleUrl(`/powers/${encodeURIComponent(longest.id)}/show`));
    await page.waitForFunction((name) => document.querySelector('#react-admin-title')?.textContent?.includes(name) === true, longest.name);
    await page.locator('#main-content .RaShow-main, #main-content form').first().waitFor();
    // It was 336 px wider than the phone: react-admin's frame grew to the title's one long line.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const bar = await page.evaluate(() => {
      const el = document.querySelector('#react-admin-title') as HTMLElement;
      const cut = [el, ...Array.from(el.querySelectorAll<HTMLElement>('*'))].some((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
      const main = document.querySelector('#main-content') as HTMLElement;
      const appBar = document.querySelector('.RaAppBar-appBar, header') as HTMLElement;
      return { cut, width: el.getBoundingClientRect().width, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)), text: el.innerText, barBottom: appBar.getBoundingClientRect().bottom, mainTop: main.getBoundingClientRect().top };
    });
    // Whole: nothing clipped, on a row of its own (it had 40 px beside the buttons and stacked a
    // character a line), in a few lines, and the bar pushes the page down rather than covering it.
    expect(bar).toMatchObject({ cut: false, text: expect.stringContaining(longest.name) });
    expect(bar.width).toBeGreaterThan(300);
    expect(bar.lines).toBeGreaterThanOrEqual(2);
    expect(bar.lines).toBeLessThanOrEqual(4);
    expect(bar.mainTop).toBeGreaterThanOrEqual(bar.barBottom - 1);
    await screenshot(page, 'phone-power-form');
  } finally {
    await context.close();
  }
});

// Every list, record page and form at 390 px is checked by walk.e2e.ts (two roles walk on a phone),
// so each screen is opened once for both checks.
