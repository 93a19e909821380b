// An assessment from plan to published result in the browser (Art. 22–26): the league's government
// administrator opens the assessment made under the year's plan, lets the system pre-score items
// 4–7, scores the other items, overrides one pre-score with a written reason, completes, approves
// and publishes it; then anyone, signed out, finds the result ranked on the public page and rates
// the department through the public form.
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, baseUrl, consoleUrl, launch, newPage, screenshot, signIn } from './browser';

const ADMIN = 'league-gov-admin';
const TARGET = '锡林郭勒盟市场监督管理局';
const YEAR = new Date().getFullYear() - 1;
const stamp = Date.now().toString(36).toUpperCase();

let browser: Browser;
let assessmentId = '';
let departmentId = '';

async function post(token: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/console-api/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

beforeAll(async () => {
  browser = await launch();
  const token = await apiToken(ADMIN);
  const governments = await apiList(token, 'governments', { name: '锡林郭勒盟' });
  const departments = await apiList(token, 'departments', { name: TARGET });
  const government = String(governments.rows[0]?.id);
  departmentId = String(departments.rows[0]?.id);
  // The plan and the record are set up through the API (the console's generic forms are tested
  // elsewhere); the scoring, the workflow and the publication happen in the browser.
  const plan = await post(token, 'assessment-plans', { title: `锡林郭勒盟${YEAR}年度评议考核方案（浏览器测试${stamp}）`, year: YEAR, government, kind: 'annual', periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31`, weightSelf: 10, weightMutual: 10, weightInternal: 60, weightExternal: 20, state: 'active' });
  const assessment = await post(token, 'assessments', { year: YEAR, kind: 'annual', method: 'internal', assessorGovernment: government, targetDepartment: departmentId, plan: plan.id });
  assessmentId = String(assessment.id);
});

afterAll(async () => {
  await browser?.close();
});

/** Scores one item through its dialog; `reason` fills the override's written reason. */
async function scoreItem(page: Page, item: number, score: string, reason?: string): Promise<void> {
  await page.getByRole('button', { name: `为第 ${item} 项评分` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^得分/ }).fill(score);
  await dialog.getByRole('textbox', { name: '发现的问题' }).fill(`第${item}项：抽查案卷符合要求`);
  if (reason) await dialog.getByRole('textbox', { name: '调整理由' }).fill(reason);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function step(page: Page, button: string, state: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  // 审定 and 公开 ask for a confirmation naming the consequence (issue 14 point 5).
  if (button === '审定' || button === '公开') await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('assessment-state').filter({ hasText: new RegExp(`^${state}$`) }).waitFor();
}

test('the league administrator scores the assessment, with the system’s pre-scores, and publishes it', async () => {
  const page = await newPage(browser);
  await signIn(page, ADMIN);
  await page.getByRole('menuitem', { name: '评议考核', exact: true }).click();
  await page.waitForURL(/\/console\/assessments/);
  await page.goto(consoleUrl(`/assessments/${assessmentId}/show`));
  await page.getByTestId('assessment-state').filter({ hasText: '草稿' }).waitFor();
  await page.getByText('行政执法主体资格是否合法').waitFor();

  await page.getByRole('button', { name: '按系统数据预评分（第4–7项）' }).click();
  // The figures behind each computed score are shown beside it.
  await page.getByTestId('assessment-item-4').getByText(/调整任务|无到期的调整任务/).waitFor();
  await page.getByTestId('assessment-item-5').getByText(/有效职权 \d+ 项/).waitFor();

  // Overriding a computed score without a reason is refused by the server (第二十四条).
  await page.getByRole('button', { name: '为第 6 项评分' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^得分/ }).fill('4');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.getByText(/第二十四条/).first().waitFor();
  await dialog.getByRole('textbox', { name: '调整理由' }).fill('抽查发现两个岗位的人员证件已过期，酌情扣分。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('assessment-item-6').getByText('已调整').waitFor();

  for (const [item, score] of [[1, '9'], [2, '14'], [3, '13'], [8, '9'], [9, '4']] as const) await scoreItem(page, item, score);
  await page.mouse.move(0, 0);
  await screenshot(page, 'assessment-sheet');

  await step(page, '完成评分', '已评分');
  await step(page, '审定', '已审定');
  await step(page, '公开', '已公开');
  expect(await page.getByRole('button', { name: '为第 1 项评分' }).count()).toBe(0);
  await page.context().close();
});

test('signed out, the public page shows the result ranked within the tier and takes a rating', async () => {
  const page = await newPage(browser);
  await page.goto(consoleUrl('/public'));
  await page.getByRole('link', { name: '评议考核结果' }).click();
  await page.waitForURL(/\/console\/public\/assessments/);
  await page.goto(consoleUrl(`/public/assessments?year=${YEAR}&tier=league`));
  await page.getByRole('heading', { name: '评议考核结果公开' }).waitFor();
  const row = page.getByTestId('public-result').filter({ hasText: TARGET });
  await row.waitFor();
  expect(await row.locator('td').first().innerText()).toMatch(/^\d+$/);
  await page.mouse.move(0, 0);
  await screenshot(page, 'assessment-results');

  // The department's public page carries the rating form (Art. 25, external evaluation).
  await page.goto(consoleUrl(`/public/departments/${departmentId}`));
  await page.getByRole('heading', { name: '评议该部门' }).waitFor();
  await page.locator('label[for^="public-rating"]').nth(3).click();
  const question = await page.getByTestId('rating-answer').evaluate((input) => input.closest('.MuiFormControl-root')?.querySelector('label')?.textContent ?? '');
  const [a, b] = (/(\d+) \+ (\d+)/.exec(question) ?? []).slice(1).map(Number);
  await page.getByTestId('rating-answer').fill(String(a + b));
  // The server refuses a form sent within seconds of loading (a script's pace).
  await page.waitForTimeout(3500);
  await page.getByRole('button', { name: '提交评议' }).click();
  await page.getByText('感谢您的评议，已记录。').waitFor();
  await page.context().close();
});
