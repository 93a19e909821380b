// Issue 14's cross-cutting check: as each demo role, walk every menu entry and open the first
// record's page of each list, and fail on what a clerk should never see: raw JSON, a bare record id,
// an English enum value or an untranslated message key, and any console error. One record per list
// keeps the walk to a couple of minutes.
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser';
import { findLeaks } from './screenText';

// Three roles that between them see every menu entry (a clerk, the county's administrator, a league
// reader); all five took five minutes of the browser tests, three about three.
const ROLES = ['county-dept-editor', 'county-gov-admin', 'league-viewer'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page shows: the title bar and the main area (the menu is checked once per role). */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const title = document.querySelector('#react-admin-title')?.textContent ?? '';
    const main = (document.querySelector('#main-content') as HTMLElement | null)?.innerText ?? document.body.innerText;
    return `${title}\n${main}`;
  });
}

/** Waits until the screen has loaded: no progress indicator, and the list, form or page is drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.MuiLinearProgress-root, .MuiCircularProgress-root').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
}

/** Walks the role's menu; returns how many screens it read (so a walk that read nothing fails). */
async function walk(page: Page, username: string, problems: string[]): Promise<number> {
  let screens = 0;
  const where = { current: 'sign-in' };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${username} ${where.current}: console error: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => problems.push(`${username} ${where.current}: page error: ${error.message.slice(0, 200)}`));
  await signIn(page, username);
  await settled(page);
  const menu = (await page.locator('a[role="menuitem"], .MuiListSubheader-root').allInnerTexts()).join('\n');
  for (const leak of findLeaks(menu)) problems.push(`${username} menu: ${leak}`);
  const links = await page.locator('a[role="menuitem"][href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  for (const href of [...new Set(links)]) {
    where.current = href;
    await page.locator(`a[role="menuitem"][href="${href}"]`).first().click();
    await settled(page);
    screens += 1;
    for (const leak of findLeaks(await screenText(page))) problems.push(`${username} ${href}: ${leak}`);
    // The first record's own page, reached as a user would: the row's 显示 link, else the row itself.
    const show = page.locator('#main-content a[href$="/show"]').first();
    const row = page.locator('#main-content .RaDataTable-table tbody tr, #main-content .RaDatagrid-table tbody tr').first();
    if (await show.count()) await show.click();
    else if (await row.count()) await row.locator('td').nth(1).click();
    else continue;
    await settled(page);
    screens += 1;
    where.current = new URL(page.url()).hash || new URL(page.url()).pathname;
    for (const leak of findLeaks(await screenText(page))) problems.push(`${username} ${where.current}: ${leak}`);
  }
  return screens;
}

test.each(ROLES)('as %s every menu entry and first record read in words, without console errors', async (username) => {
  const page = await newPage(browser);
  const problems: string[] = [];
  const screens = await walk(page, username, problems);
  await page.context().close();
  expect(screens).toBeGreaterThan(8);
  // The audit trail names the record an event concerns (and its type in words), never its documentId.
  expect(problems).toEqual([]);
}, 300000);
