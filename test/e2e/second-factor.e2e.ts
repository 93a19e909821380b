// The second factor as staff meet it (RFC 6238): set it up from the user menu's 两步验证 page by
// scanning the QR code (here: reading the key it shows), keep the recovery codes, and from then on
// sign in with the password and then the 6-digit code; a wrong code is refused in Chinese.
import type { Browser, Page } from 'playwright-core';
import { apiToken, baseUrl, consoleUrl, launch, newPage, SCREENSHOTS } from './browser';
import { totp } from '../helpers/totp';
import { join } from 'path';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PASSWORD = 'Grassland#2026';
const NEW_PASSWORD = 'Steppe#Code2026';

async function passwordStep(page: Page, username: string, password: string): Promise<void> {
  await page.goto(consoleUrl('/login'));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

test('enrol from the console with the QR code and key, keep the recovery codes, then sign in with the code', async () => {
  const admin = await apiToken('county-gov-admin');
  const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
  const departments = await fetch(`${baseUrl()}/console-api/departments?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ q: '锡林浩特市市场监督管理局' }))}`, { headers });
  const [department] = (await departments.json()) as { id: string }[];
  const created = await fetch(`${baseUrl()}/console-api/users`, { method: 'POST', headers, body: JSON.stringify({ username: 'e2e-two-step', email: 'e2e-two-step@demo.nmg.local', password: PASSWORD, role: 'dept-editor', department: department?.id }) });
  expect(created.status).toBe(201);

  const page = await newPage(browser);
  await passwordStep(page, 'e2e-two-step', PASSWORD);
  // A password set by the administrator is changed first (the sessions test covers that screen).
  await page.getByRole('heading', { name: '请先修改密码' }).waitFor();
  await page.locator('input[name="currentPassword"]').fill(PASSWORD);
  await page.locator('input[name="password"]').fill(NEW_PASSWORD);
  await page.locator('input[name="passwordAgain"]').fill(NEW_PASSWORD);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '修改密码' }).click()]);
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();

  await page.getByRole('button', { name: '个人信息' }).click();
  await page.getByRole('menuitem', { name: '两步验证' }).click();
  await page.getByTestId('second-factor-secret').waitFor();
  // The QR code is a real, decoded image (a data: URL the console's CSP allows).
  const qrWidth = await page.getByAltText('两步验证二维码').evaluate((img) => (img as HTMLImageElement).naturalWidth);
  expect(qrWidth).toBeGreaterThan(100);
  const secret = String(await page.getByTestId('second-factor-secret').getAttribute('data-secret'));
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.screenshot({ path: join(SCREENSHOTS, 'second-factor-enrol.png') });
  await page.locator('input[name="code"]').fill('000000');
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByText('动态验证码不正确').waitFor();
  await page.locator('input[name="code"]').fill(totp(secret));
  await page.getByRole('button', { name: '完成设置' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await codes.first().waitFor();
  expect(await codes.count()).toBe(10);
  await page.getByRole('button', { name: '我已妥善保存恢复码，继续' }).click();

  // Signing in again: the password alone opens nothing; the code does.
  await page.getByRole('button', { name: '个人信息' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  await passwordStep(page, 'e2e-two-step', NEW_PASSWORD);
  await page.getByText('该账号已开启两步验证').waitFor();
  expect(await page.evaluate(() => window.localStorage.getItem('nmg.console.token'))).toBeNull();
  await page.screenshot({ path: join(SCREENSHOTS, 'second-factor-sign-in.png') });
  await page.locator('input[name="code"]').fill('123456');
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByText('动态验证码不正确').waitFor();
  // The next time step's code: the enrolment used this step's, and a code is accepted once.
  await page.locator('input[name="code"]').fill(totp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();
  await page.context().close();
});
