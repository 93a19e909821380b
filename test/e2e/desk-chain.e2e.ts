// The inbox of four roles and the 下放 → 承接 chain walked to its end in the browser (issue 14,
// point 5): the league clerk fills in the request to delegate a power to a county department in the
// console's form and submits it from its inbox; the league's justice reviewer approves it from the
// inbox; the county's reviewer approves the 承接 request that follows from its own inbox; the county
// department then holds the power. The inbox of each of the four roles shows what it must do now
// (待办理), what is overdue (已逾期: an annual report past its due date) and what came back with an
// opinion (被退回: a refused adjustment, a returned report), each under its own heading.
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, baseUrl, consoleUrl, launch, screenshot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const POWER_NAME = '对生产、销售不符合保障人体健康和人身、财产安全标准的产品的行政处罚';
const COUNTY_DEPT = '锡林浩特市市场监督管理局';

async function api(username: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/console-api/${path}`, { method, headers: { authorization: `Bearer ${await apiToken(username)}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** One group of the inbox (已逾期, 被退回…, 待办理), found by its heading. */
function inboxGroup(page: Page, title: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${title}.*（\\d+）$`) }) });
}

/** Opens the inbox entry and approves it through the confirmation dialog. */
async function approveFromInbox(page: Page, entry: RegExp, kindWord: string): Promise<void> {
  await page.getByRole('link', { name: entry }).first().click();
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `批准这项${kindWord}？` });
  await dialog.getByText('此操作不能撤销', { exact: false }).waitFor();
  await dialog.getByLabel('意见').fill('同意。');
  await dialog.getByRole('button', { name: '批准', exact: true }).click();
  await page.getByText('已办结，不再修改。').waitFor();
}

test('a county and the league gov-admin: the overdue report to submit, returned with an opinion, then to accept', async () => {
  // Last year's report was due on 31 March (config/deadlines.json): not submitted, it is overdue (Art. 7).
  const report = await api('county-gov-admin', 'POST', 'annual-reports', { year: new Date().getUTCFullYear() - 1 });
  const county = await signedIn(browser, 'county-gov-admin', '待办');
  await inboxGroup(county, '已逾期').getByRole('link', { name: /待提交/ }).filter({ hasText: '锡林浩特市' }).first().waitFor();
  await screenshot(county, 'desk-inbox-gov-admin');
  await api('county-gov-admin', 'POST', `annual-reports/${String(report.id)}/transition`, { action: 'submit' });
  const league = await signedIn(browser, 'league-gov-admin', '待办');
  await inboxGroup(league, '待办理').getByRole('link', { name: /待接收/ }).filter({ hasText: '锡林浩特市' }).first().waitFor();
  await screenshot(league, 'desk-inbox-league');
  // Returned with an opinion: the county sees why, on the entry itself.
  await api('league-gov-admin', 'POST', `annual-reports/${String(report.id)}/transition`, { action: 'return', opinion: '请补充执法人员培训情况（浏览器测试）' });
  const again = await signedIn(browser, 'county-gov-admin', '待办');
  await again.getByRole('link', { name: /被退回/ }).filter({ hasText: '意见：请补充执法人员培训情况（浏览器测试）' }).first().waitFor();
});

test('a county clerk: the request refused with the reviewer\'s opinion is under 被退回', async () => {
  const created = await api('county-dept-editor', 'POST', 'power-adjustments', { kind: 'add', reason: '新设行政检查事项（退回测试）', proposedName: '浏览器退回测试事项' });
  const submitted = await api('county-dept-editor', 'PUT', `power-adjustments/${String(created.id)}`, { state: 'submitted', updatedAt: created.updatedAt });
  await api('county-justice-reviewer', 'PUT', `power-adjustments/${String(submitted.id)}`, { state: 'rejected', opinion: '依据不足，请补充法律依据。', updatedAt: submitted.updatedAt });
  const clerk = await signedIn(browser, 'county-dept-editor', '待办');
  const returned = inboxGroup(clerk, '被退回').getByRole('link', { name: /新增：浏览器退回测试事项/ });
  await returned.filter({ hasText: '意见：依据不足，请补充法律依据。' }).waitFor();
  await screenshot(clerk, 'desk-inbox-editor');
});

test('下放 → 承接 to the end: the league clerk fills in the form, the league reviewer and the county reviewer decide from their inboxes', async () => {
  const clerk = await signedIn(browser, 'league-dept-editor', '待办');
  await clerk.goto(consoleUrl('/power-adjustments/create'));
  await clerk.getByRole('combobox', { name: '调整类型' }).click();
  await clerk.getByRole('option', { name: '下放', exact: true }).click();
  // The request form holds what the department asks for: no state, opinion or approver to fill in.
  expect(await clerk.getByLabel(/^办理状态/).count()).toBe(0);
  expect(await clerk.getByLabel(/^审批意见/).count()).toBe(0);
  const power = clerk.getByRole('combobox', { name: '调整事项' });
  await power.click();
  await power.pressSequentially('对生产、销售不符合', { delay: 30 });
  await clerk.getByRole('option', { name: POWER_NAME }).click();
  const target = clerk.getByRole('combobox', { name: '下放或承接部门' });
  await target.click();
  // A name no department has: the picker says so in Chinese (issue 14, point 4).
  await target.pressSequentially('没有这个部门', { delay: 30 });
  await clerk.getByText('无匹配项', { exact: true }).waitFor();
  await target.fill('');
  await target.pressSequentially('锡林浩特市市场', { delay: 30 });
  await clerk.getByRole('option', { name: COUNTY_DEPT }).click();
  await clerk.getByLabel(/^调整原因/).fill('按照放管服改革要求下放旗县实施（浏览器测试）');
  await clerk.getByRole('button', { name: '保存' }).click();
  await clerk.waitForURL(/\/power-adjustments\/[^/]+\/show$/);
  // The draft waits in the clerk's own inbox until it is submitted; submitted from there.
  await clerk.goto(consoleUrl('/'));
  const draft = inboxGroup(clerk, '待办理').getByRole('link', { name: new RegExp(`下放：${POWER_NAME}`) }).first();
  await draft.click();
  await clerk.getByRole('button', { name: '提交审批' }).click();
  const submit = clerk.getByRole('dialog', { name: '提交职权调整申请？' });
  await submit.getByRole('button', { name: '提交审批' }).click();
  await clerk.getByText('已提交，等待本级司法行政部门审批。').waitFor();

  const leagueReviewer = await signedIn(browser, 'league-justice-reviewer', '待办');
  await inboxGroup(leagueReviewer, '待办理').getByRole('link', { name: new RegExp(`待审批.*下放：${POWER_NAME}`) }).first().waitFor();
  await screenshot(leagueReviewer, 'desk-inbox-reviewer');
  await approveFromInbox(leagueReviewer, new RegExp(`下放：${POWER_NAME}`), '下放');

  const countyReviewer = await signedIn(browser, 'county-justice-reviewer', '待办');
  await approveFromInbox(countyReviewer, new RegExp(`承接：${POWER_NAME}`), '承接');

  // The county department now holds the power, as 承接; the league's is 下放.
  const held = await apiList(await apiToken('county-dept-editor'), 'powers', { status: 'undertaken' });
  expect(held.rows.map((r) => r.name)).toContain(POWER_NAME);
  const countyClerk = await signedIn(browser, 'county-dept-editor', '待办');
  const undertaken = held.rows.find((r) => r.name === POWER_NAME);
  await countyClerk.goto(consoleUrl(`/powers/${String(undertaken?.id)}/show`));
  await countyClerk.getByText(POWER_NAME).first().waitFor();
  await countyClerk.getByText('承接', { exact: true }).first().waitFor();
  const delegated = await apiList(await apiToken('league-dept-editor'), 'powers', { status: 'delegated' });
  expect(delegated.rows.map((r) => r.name)).toContain(POWER_NAME);
});
