// Pictures of the main screens for the README (docs/screenshots), taken from the running console
// with the demo data, so they show what staff actually see.
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openList, screenshot, signIn } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'county-dept-editor');
});

afterAll(async () => {
  await browser?.close();
});

/** No hover tooltip or focus ripple in the picture. */
async function settle(): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
}

test('dashboard', async () => {
  await page.getByRole('heading', { name: '概况' }).waitFor();
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  // recharts animates bars and pies in (up to two seconds); the picture should show them drawn.
  await page.waitForTimeout(2500);
  await settle();
  await screenshot(page, 'dashboard');
});

test('powers list', async () => {
  await openList(page, '权责事项', 'powers');
  await page.getByRole('cell', { name: 'SC-CF-001' }).first().waitFor();
  await settle();
  await screenshot(page, 'powers-list');
});

test('power edit form', async () => {
  const row = page.getByRole('row').filter({ hasText: '对生产经营不符合食品安全标准的食品的行政处罚' });
  await row.getByRole('link', { name: '编辑' }).click();
  await page.waitForURL(/\/console\/powers\/[^/]+$/);
  await page.getByRole('textbox', { name: '事项编码' }).and(page.locator('[value="SC-CF-001"]')).waitFor();
  await settle();
  await screenshot(page, 'power-edit');
});
