// Sessions and passwords as staff meet them: a new account whose password the administrator set
// must change it before anything else; the app bar counts the session down; signing out ends the
// session on the server; a revoked session lands on the sign-in page with the reason; the audit
// screen shows sign-ins in words.
import type { Browser, Page } from 'playwright-core';
import { apiToken, baseUrl, consoleUrl, launch, newPage, openList, signIn } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const api = async (token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
  const response = await fetch(`${baseUrl()}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
};

const storedToken = (page: Page): Promise<string | null> => page.evaluate(() => window.localStorage.getItem('nmg.console.token'));

async function signInWith(page: Page, username: string, password: string): Promise<void> {
  await page.goto(consoleUrl('/login'));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30000 });
}

test('a password set by the administrator is changed first; sign-out ends the session; a revoked session says why', async () => {
  const admin = await apiToken('county-gov-admin');
  const me = await api(admin, 'GET', '/console-api/me');
  const departments = await fetch(`${baseUrl()}/console-api/departments?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ q: '锡林浩特市市场监督管理局' }))}`, { headers: { authorization: `Bearer ${admin}` } });
  const [department] = (await departments.json()) as { id: string }[];
  expect(me.status).toBe(200);
  const created = await api(admin, 'POST', '/console-api/users', { username: 'e2e-new-editor', email: 'e2e-new-editor@demo.nmg.local', password: 'Grassland#2026', role: 'dept-editor', department: department.id });
  expect(created.status).toBe(201);

  const page = await newPage(browser);
  await signInWith(page, 'e2e-new-editor', 'Grassland#2026');
  await page.getByRole('heading', { name: '请先修改密码' }).waitFor();
  await page.locator('input[name="currentPassword"]').fill('Grassland#2026');
  await page.locator('input[name="password"]').fill('short');
  await page.locator('input[name="passwordAgain"]').fill('short');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('密码至少 10 个字符').waitFor();
  await page.locator('input[name="password"]').fill('Steppe#Wind2026');
  await page.locator('input[name="passwordAgain"]').fill('Steppe#Wind2026');
  // The console reloads with the full profile once the password is changed.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '修改密码' }).click()]);
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();
  expect(await page.getByTestId('session-timer').textContent()).toMatch(/会话剩余 (29|30):\d{2}/);

  // Signing out through the user menu: the token it held is refused by the server from now on.
  const token = await storedToken(page);
  expect(token).not.toBeNull();
  await page.getByRole('button', { name: '个人信息' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  expect((await api(String(token), 'GET', '/console-api/me')).status).toBe(401);

  // A block by the administrator: the next request of the open console lands on the sign-in page with the reason.
  await signInWith(page, 'e2e-new-editor', 'Steppe#Wind2026');
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();
  const user = created.json as Record<string, unknown>;
  const current = await api(admin, 'GET', `/console-api/users/${String(user.id)}`);
  expect((await api(admin, 'PUT', `/console-api/users/${String(user.id)}`, { ...current.json, role: 'viewer' })).status).toBe(200);
  await openList(page, '执法岗位', 'posts').catch(() => undefined);
  await page.waitForURL(/\/login/);
  await page.getByTestId('session-end-reason').getByText('登录已失效').waitFor();
  await page.context().close();
});

test('the audit screen shows sign-ins in words, filtered by action', async () => {
  const page = await newPage(browser);
  await signIn(page, 'league-gov-admin');
  await page.goto(consoleUrl(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ action: 'sign-in' }))}`));
  await page.getByRole('cell', { name: '登录', exact: true }).first().waitFor();
  expect(await page.getByRole('cell', { name: 'sign-in', exact: true }).count()).toBe(0);
  await page.getByRole('button', { name: '导出 Excel' }).waitFor();
  await page.context().close();
});
