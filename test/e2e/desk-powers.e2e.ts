// Powers and posts as a clerk reads them (issue 14, point 8): 新建 says first that a new power needs
// an approved adjustment (Art. 11, 13) and leads to requesting one; a power's page shows its
// accountability, discretion and decomposition; a post's page lists its officers and its powers.
import type { Browser } from 'playwright-core';
import { apiList, apiToken, consoleUrl, launch, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


test('新建 without an approved adjustment: the notice comes first, no form, a link to request one', async () => {
  const page = await signedIn(browser, 'county2-dept-editor');
  await page.goto(consoleUrl('/powers/create'));
  const notice = page.locator('.power-needs-adjustment');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('第十一条');
  expect(await page.getByRole('textbox', { name: /事项名称|权力名称|名称/ }).count()).toBe(0);
  await notice.getByRole('link', { name: '申请新增职权（职权调整）' }).click();
  await page.waitForURL(/\/power-adjustments\/create/);
  await page.getByRole('combobox', { name: /调整类型|类型/ }).first().waitFor();
  expect(await page.getByText('新增', { exact: true }).count()).toBeGreaterThan(0);
});

test('新建 with an approved adjustment: the notice names it above the form', async () => {
  const page = await signedIn(browser, 'county-dept-editor');
  await page.goto(consoleUrl('/powers/create'));
  await page.getByText('新增权责事项须关联本部门已批准的', { exact: false }).waitFor();
  await page.getByRole('button', { name: '保存' }).waitFor();
});

test("a power's page shows its accountability, discretion and decomposition; its post lists officers and powers", async () => {
  const token = await apiToken('county-dept-editor');
  const power = (await apiList(token, 'powers', { code: 'SC-JC-001' })).rows[0];
  const page = await signedIn(browser, 'county-dept-editor');
  await page.goto(consoleUrl(`/powers/${String(power.id)}/show`));
  for (const tab of ['追责情形', '裁量基准', '廉政风险点', '职权分解']) await page.getByRole('tab', { name: tab }).waitFor();
  await page.getByRole('tab', { name: '职权分解' }).click();
  const postLink = page.getByRole('link', { name: '食品安全检查岗' });
  await postLink.waitFor();
  await page.getByRole('tab', { name: '追责情形' }).click();
  await page.locator('.RaDatagrid-table, .MuiTypography-root', { hasText: /情形|未填写/ }).first().waitFor();

  const post = (await apiList(token, 'posts', { name: '食品安全检查岗' })).rows[0];
  await page.goto(consoleUrl(`/posts/${String(post.id)}/show`));
  const officers = page.getByTestId('post-officers');
  const powers = page.getByTestId('post-powers');
  await powers.getByRole('link', { name: /对食品生产经营者的监督检查/ }).waitFor();
  const holders = (await apiList(token, 'officers', { posts: String(post.id) })).rows;
  expect(holders.length).toBeGreaterThan(0);
  await officers.getByRole('link', { name: new RegExp(String(holders[0].name)) }).waitFor();
});
