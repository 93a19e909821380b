// Dashboards by role and tier (issue 14, point 6): what needs action comes first (the inbox), an
// editor gets no review cards it cannot act on, and a league and the region compare their
// subordinate governments in a table and a chart whose figures open the filtered lists.
// Screenshots of each role's dashboard for the README.
import type { Browser, Page } from 'playwright-core';
import { join } from 'path';
import { apiList, apiToken, launch, SCREENSHOTS, screenshot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


const top = async (page: Page, name: string): Promise<number> => (await page.getByRole('heading', { name, exact: true }).first().boundingBox())?.y ?? Number.NaN;

test('a county editor: the inbox before the figures, no review cards, no comparison', async () => {
  const page = await signedIn(browser, 'county-dept-editor', /工作台/);
  expect(await top(page, '待办')).toBeLessThan(await top(page, '概况'));
  expect(await page.getByRole('heading', { name: '待审核事项' }).count()).toBe(0);
  // Action groups show only what is to be acted on: no card reads 0 in them.
  expect(await page.locator('section', { has: page.getByRole('heading', { name: '逾期事项', exact: true }) }).locator('.MuiCard-root', { hasText: /^0/ }).count()).toBe(0);
  expect(await page.getByRole('heading', { name: '下级政府对比' }).count()).toBe(0);
  await screenshot(page, 'desk-dashboard-county-editor');
});

test('a league gov-admin compares its counties; a figure opens the county filtered list', async () => {
  const page = await signedIn(browser, 'league-gov-admin', /工作台/);
  const comparison = page.locator('section.subordinate-comparison');
  await comparison.waitFor();
  expect(await top(page, '待办')).toBeLessThan(await top(page, '下级政府对比'));
  expect(await top(page, '下级政府对比')).toBeLessThan(await top(page, '概况'));
  const rows = comparison.getByRole('row');
  const names = await comparison.locator('tbody th').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['锡林浩特市', '二连浩特市']));
  expect(names).not.toContain('锡林郭勒盟');
  expect(await rows.count()).toBe(names.length + 1);
  await screenshot(page, 'desk-dashboard-league');
  await comparison.screenshot({ path: join(SCREENSHOTS, 'desk-dashboard-league-compare.png') });

  // The county's own count of its valid powers is the number in the league's table.
  const { total } = await apiList(await apiToken('county-gov-admin'), 'powers', { status: ['valid', 'undertaken', 'changed'] });
  const cell = comparison.getByRole('link', { name: /^锡林浩特市：有效职权（\d+），查看明细$/ });
  expect(await cell.textContent()).toBe(String(total));
  await cell.click();
  await page.waitForURL(/\/console\/powers\?.*subtree/);
  await page.locator('.RaList-main').first().waitFor();
  await page.getByText(`共 ${total} 条`).first().waitFor();
});

test('the region justice reviewer compares the twelve leagues', async () => {
  const page = await signedIn(browser, 'region-justice-reviewer', /工作台/);
  const comparison = page.locator('section.subordinate-comparison');
  await comparison.waitFor();
  expect(await comparison.locator('tbody th').count()).toBe(12);
  await screenshot(page, 'desk-dashboard-region-reviewer');
  await comparison.screenshot({ path: join(SCREENSHOTS, 'desk-dashboard-region-compare.png') });
});
