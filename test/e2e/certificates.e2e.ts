// Art. 19 in the browser: 二连浩特市's justice reviewer opens an officer of the city's market
// regulation department, suspends the certificate (the dialog insists on a reason) and sees the
// status and history change; then anyone, signed out, checks the number on the public page and
// reads that it is not valid. The certificate is given back at the end, so that the other browser
// tests find every officer certified.
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, baseUrl, consoleUrl, launch, newPage, screenshot, signIn } from './browser';

const REVIEWER = 'county2-justice-reviewer';
const DEPARTMENT = '二连浩特市市场监督管理局';

let browser: Browser;
let page: Page;
let officer: { id: string; name: string; number: string };

async function step(token: string, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${baseUrl()}/console-api/officers/${officer.id}/certificate`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return response.status;
}

beforeAll(async () => {
  const token = await apiToken(REVIEWER);
  const departments = await apiList(token, 'departments', { q: DEPARTMENT });
  const department = departments.rows.find((d) => d.name === DEPARTMENT);
  const { rows } = await apiList(token, 'officers', { status: 'valid', department: String(department?.id) });
  const row = rows[0];
  if (!row) throw new Error(`no certified officer in ${DEPARTMENT}`);
  officer = { id: String(row.id), name: String(row.name), number: String(row.certificateNumber) };
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, REVIEWER);
});

afterAll(async () => {
  const token = await apiToken(REVIEWER);
  if (officer) await step(token, { action: 'reinstate', reason: '浏览器测试结束，发还证件' });
  await browser?.close();
});

test('第十九条 the justice reviewer suspends a certificate with a reason, from the officer’s page', async () => {
  await page.goto(consoleUrl(`/officers/${officer.id}/show`));
  await page.getByText(officer.number, { exact: true }).waitFor();
  await page.getByRole('button', { name: '暂扣', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '暂扣执法证件' });
  await dialog.getByRole('button', { name: '确认暂扣' }).click();
  await dialog.getByText('须写明理由').waitFor();
  await dialog.getByLabel('理由').fill('浏览器测试：涉嫌违法执法，暂扣待查');
  await dialog.getByRole('button', { name: '确认暂扣' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('certificate-status').filter({ hasText: '暂扣' }).waitFor();
  await page.getByRole('cell', { name: '浏览器测试：涉嫌违法执法，暂扣待查' }).waitFor();
  await page.getByRole('button', { name: '发还', exact: true }).waitFor();
  await page.mouse.move(0, 0);
  await screenshot(page, 'certificate');
});

test('第十九条 anyone checks the number on the public page and reads that it is not valid, with nothing personal', async () => {
  const visitor = await newPage(browser);
  await visitor.goto(consoleUrl('/public'));
  await visitor.getByLabel('执法证号').fill(officer.number);
  await visitor.getByRole('button', { name: '核验' }).click();
  const result = visitor.getByTestId('certificate-result');
  await result.getByText('证件无效（暂扣）').waitFor();
  await result.getByText(`持证人：${officer.name}`).waitFor();
  expect(await result.textContent()).not.toMatch(/\d{17}[\dXx]|1394790/);
  await screenshot(visitor, 'certificate-check');
  await visitor.context().close();
});
