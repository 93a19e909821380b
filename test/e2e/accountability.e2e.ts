// 第二十七条 in the browser: the county government orders its market regulation department to
// correct; the form refuses the order without a deadline (MEASURE_REQUIREMENTS) under the field;
// with a deadline the case opens, and its page shows the timeline and the 记录整改 step. The deadline
// passes without a correction: the escalation job, run by a second server instance (as another
// instance's cron would), escalates the order, and the page shows it escalated by 系统, with a
// circulated criticism opened as its follow-up. Another county's government cannot open the case.
import type { Browser } from 'playwright-core';
import { startSecondInstance } from '../helpers/instance';
import { apiGetStatus, apiList, apiToken, launch, newPage, openList, screenshot, signIn } from './browser';
// The department the other browser tests work in (server.ts), named here: importing server.ts would load the database launcher.
const E2E_DEPARTMENT = '锡林浩特市市场监督管理局';

const stamp = Date.now().toString(36).toUpperCase();
const FINDING = `浏览器测试：未按期公示权责清单（${stamp}）`;
const day = (offset: number): string => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

test('a correction order from its opening to its escalation by the job', async () => {
  const page = await newPage(browser);
  await signIn(page, 'county-gov-admin');
  await openList(page, '责任追究', 'accountability-cases');
  await page.getByRole('link', { name: '新建' }).click();
  await page.waitForURL(/\/console\/accountability-cases\/create/);

  await page.getByRole('combobox', { name: '追究对象' }).click();
  await page.getByRole('option', { name: '行政执法部门', exact: true }).click();
  const department = page.getByRole('combobox', { name: '行政执法部门', exact: true });
  await department.click();
  await department.fill('市场监督');
  await page.getByRole('option', { name: E2E_DEPARTMENT }).first().click();
  await page.getByLabel('问题事实').fill(FINDING);
  await page.getByRole('combobox', { name: '处理措施' }).click();
  await page.getByRole('option', { name: '责令改正', exact: true }).click();

  // Art. 27: a correction order without a deadline is refused, the message under 整改期限.
  await page.getByRole('button', { name: '保存' }).click();
  const refusal = page.locator('.MuiFormHelperText-root.Mui-error:visible').filter({ hasText: '改正期限' });
  await refusal.first().waitFor();
  expect(await refusal.first().innerText()).toContain('第二十七条');

  await page.getByLabel('整改期限').fill(day(1));
  await page.getByRole('button', { name: '保存' }).click();
  // The new case lands on its page: open, its opening on the timeline, the correction step offered.
  await page.waitForURL(/\/console\/accountability-cases\/[^/]+\/show/, { timeout: 30000 });
  const id = /\/accountability-cases\/([^/?#]+)\/show/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.getByRole('heading', { name: '办理状态：办理中' }).waitFor();
  await page.getByRole('list', { name: '办理记录' }).getByText('立案').first().waitFor();
  await page.getByRole('button', { name: '记录整改' }).waitFor();

  // Another county's government cannot see it.
  expect(await apiGetStatus(await apiToken('county2-gov-admin'), `accountability-cases/${id}`)).toBe(404);

  // Three days later nobody has recorded a correction: another instance's hourly job escalates it.
  const second = await startSecondInstance();
  try {
    const outcome = (await second.run('escalationJob', new Date(Date.now() + 3 * 86400000))) as { ran: boolean; result: { escalated: string[] } };
    expect(outcome.ran).toBe(true);
    expect(outcome.result.escalated).toContain(id);
  } finally {
    await second.close();
  }

  await page.reload();
  await page.getByRole('heading', { name: '办理状态：已升级处理' }).waitFor();
  const timeline = page.getByRole('list', { name: '办理记录' });
  await timeline.getByText('逾期升级').first().waitFor();
  await timeline.getByText('系统（逾期自动升级）').first().waitFor();
  await page.getByText('已由系统自动升级为通报批评').first().waitFor();
  expect(await page.getByRole('button', { name: '记录整改' }).count()).toBe(0);
  await screenshot(page, 'accountability-escalated');

  // The follow-up: one circulated criticism of the same department, linked to the order.
  const followUps = await apiList(await apiToken('county-gov-admin'), 'accountability-cases', { escalatedFrom: id });
  expect(followUps.rows).toHaveLength(1);
  expect(followUps.rows[0]).toMatchObject({ measure: 'circulated-criticism', state: 'open' });
});
