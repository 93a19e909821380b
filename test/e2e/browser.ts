// Debian's chromium driven by playwright-core (no downloaded browser), one browser per test file,
// and the few steps every browser test shares: signing in, reaching a list, asking the API.
import { mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';

export const PASSWORD = 'Demo@2026!';
export const baseUrl = (): string => String(process.env.NMG_E2E_BASE_URL);
export const consoleUrl = (path = ''): string => `${baseUrl()}/console${path}`;
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN'],
  });
}

/** A fresh context (own storage, so its own session) and page. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  // The CI machine has two cores; react-admin's first render after sign-in can take a few seconds.
  context.setDefaultTimeout(20000);
  return context.newPage();
}

/** Signs in through the console's login form (react-admin's LoginForm: inputs named username/password). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(consoleUrl('/login'));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30000 });
  // The menu is built from the schemas fetched at sign-in: once 工作台 shows, the console is usable.
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();
}

/**
 * A fresh page signed in as `username`, on which an uncaught page error fails the test; with `ready`,
 * once the heading of that name (a string matches exactly) shows.
 */
export async function signedIn(browser: Browser, username: string, ready?: string | RegExp): Promise<Page> {
  const page = await newPage(browser);
  page.on('pageerror', (error) => {
    throw error;
  });
  await signIn(page, username);
  if (ready !== undefined) await page.getByRole('heading', { name: ready, exact: typeof ready === 'string' }).first().waitFor();
  return page;
}

/** Opens a resource's list through the side menu, as a user would. */
export async function openList(page: Page, menuLabel: string, resource: string): Promise<void> {
  await page.getByRole('menuitem', { name: menuLabel, exact: true }).click();
  await page.waitForURL(new RegExp(`/console/${resource}(\\?.*)?$`));
  await page.locator('.RaList-main, .RaList-noResults, .RaEmpty-message').first().waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** A JWT of a demo account, for checking through the API what the browser did (or did not do). */
export async function apiToken(username: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: username, password: PASSWORD }),
  });
  const body = (await response.json()) as { jwt?: unknown };
  if (typeof body.jwt !== 'string') throw new Error(`sign-in of ${username} failed (${response.status})`);
  return body.jwt;
}

export interface ApiList {
  status: number;
  rows: Record<string, unknown>[];
  /** From Content-Range (… 0-24/<total>). */
  total: number;
}

/** GET /console-api/<resource> with all rows (max page 1000) and the Content-Range total. */
export async function apiList(token: string, resource: string, filter: Record<string, unknown> = {}): Promise<ApiList> {
  const query = new URLSearchParams({ range: '[0,999]', filter: JSON.stringify(filter) });
  const response = await fetch(`${baseUrl()}/console-api/${resource}?${query.toString()}`, { headers: { authorization: `Bearer ${token}` } });
  const rows = response.ok ? ((await response.json()) as Record<string, unknown>[]) : [];
  const total = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? NaN);
  return { status: response.status, rows, total };
}

export async function apiGetStatus(token: string, path: string): Promise<number> {
  const response = await fetch(`${baseUrl()}/console-api/${path}`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}
