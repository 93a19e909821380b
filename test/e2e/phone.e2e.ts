// Point 10 of issue 14 at 390×844: the public page, the power list, a power form and every list,
// record page and form of two roles fit the phone's width (no horizontal scrolling of the page), and
// the public title reads on one line.
import type { Browser, Page } from 'playwright-core';
import { consoleUrl, launch, screenshot, signIn } from './browser';

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

test('a power form at 390 px: no horizontal overflow, the long title cut short in the app bar', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  try {
    await signIn(page, 'county-dept-editor');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(consoleUrl('/powers'));
    await page.locator('.schema-cards, .RaList-main').first().waitFor();
    await page.locator('#main-content a[href*="/powers/"]:not([href$="/create"])').first().click();
    await page.locator('#main-content form, #main-content .RaShow-main').first().waitFor();
    // It was 336 px wider than the phone: react-admin's frame grew to the title's one long line.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-power-form');
  } finally {
    await context.close();
  }
});

// Every menu entry of two roles at 390 px: the list, the first record's page and the new-record form.
test.each(['county-dept-editor', 'county-gov-admin'])('as %s every list, record page and form fits 390 px', async (username) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  const wide: string[] = [];
  let screens = 0;
  const check = async (where: string) => {
    screens += 1;
    const extra = await overflow(page);
    if (extra > 0) wide.push(`${where}: ${extra} px`);
  };
  try {
    await signIn(page, username);
    const links = await page.locator('a[role="menuitem"][href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const href of [...new Set(links)]) {
      const path = href.replace(/^.*\/console/, '').replace(/^#/, '');
      await page.goto(consoleUrl(path));
      await check(path);
      const first = page.locator('#main-content a[href$="/show"], #main-content .schema-cards a').first();
      if (await first.count()) {
        await first.click();
        await check(`${path} → ${new URL(page.url()).pathname}`);
      }
      if (!/^\/[a-z-]+$/.test(path)) continue;
      await page.goto(consoleUrl(`${path}/create`));
      await page.waitForLoadState('networkidle').catch(() => undefined);
      // Only where the role has a form for new records (elsewhere the route shows no create page).
      if (await page.locator('#main-content .RaCreate-main').count()) await check(`${path}/create`);
    }
  } finally {
    await context.close();
  }
  expect(screens).toBeGreaterThan(20);
  expect(wide).toEqual([]);
}, 300000);
