// The console and the public page work under their Content-Security-Policy (no inline script, no
// eval; docs/SECURITY.md): every violation the browser reports on the way is collected and must be
// none, through the public page, sign-in, the dashboard's charts, an Excel export and a flowchart
// saved as PNG (an SVG data: image drawn on a canvas, saved through a blob: link).
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, consoleUrl, launch, newPage, openList, signIn } from './browser';

let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  // Injected by the browser itself, so the CSP under test does not apply to this listener.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

const reported = async (): Promise<string[]> => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];

test('the served pages carry the console policy', async () => {
  const response = await page.goto(consoleUrl('/public'));
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
  await page.getByText('内蒙古自治区').first().waitFor();
  expect(await reported()).toEqual([]);
});

test('sign-in, dashboard, an export and a flowchart PNG run without a single violation', async () => {
  await signIn(page, 'county-dept-editor');
  await page.locator('.recharts-surface').first().waitFor();
  await openList(page, '权责事项', 'powers');
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);

  const token = await apiToken('county-dept-editor');
  const { rows } = await apiList(token, 'powers', { type: 'licensing' });
  expect(rows.length).toBeGreaterThan(0);
  await page.goto(consoleUrl(`/powers/${String(rows[0].id)}/show`));
  await page.getByRole('tab', { name: '责任事项' }).click();
  await page.locator('svg').filter({ hasText: '受理' }).first().waitFor();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载\s?PNG/ }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect(await reported()).toEqual([]);
});

test('and the policy bites: an injected inline script is blocked and reported', async () => {
  await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan === true)).toBe(false);
  expect((await reported()).some((v) => /script-src/.test(v))).toBe(true);
});
