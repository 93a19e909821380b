// Debian's chromium driven by playwright-core (no downloaded browser), one page per test file.
import { mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';

export const PASSWORD = 'Demo@2026!';
export const baseUrl = (): string => String(process.env.NMG_E2E_BASE_URL);
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN'],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

/** Signs in through the console's login form. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/console/`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(PASSWORD);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.waitForURL(/\/console\/(#\/)?$|\/console\/#?\/?$/, { timeout: 30000 }).catch(() => undefined);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
