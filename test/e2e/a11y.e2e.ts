// Accessibility (issue 14; GB/T 37668-2019 follows WCAG 2.1 AA): axe-core scans the public page and
// the console's main screens and finds no serious or critical violation; and a clerk signs in and
// opens a power with the keyboard alone, seeing where the focus is.
import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import { consoleUrl, launch, PASSWORD } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  // The console's CSP forbids inline scripts (docs/SECURITY.md); the scanner is the test's, not the page's.
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(20000);
  return context.newPage();
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => String(n.target[0])) }));
  });
  return (violations as Violation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.goto(consoleUrl('/login'));
  await page.locator('input[name="username"]').waitFor();
  // From the top of the page: Tab to the user name, type, Tab to the password, type, Enter.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'username')); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30000 });
}

test('the public page has no serious or critical violation', async () => {
  const page = await freshPage();
  await page.goto(consoleUrl('/public'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await seriousViolations(page)).toEqual([]);
});

test('sign-in, the inbox, the power list and a power form have no serious or critical violation', async () => {
  const page = await freshPage();
  await page.goto(consoleUrl('/login'));
  await page.locator('input[name="username"]').waitFor();
  const found: string[] = (await seriousViolations(page)).map((v) => `login: ${v}`);
  await signInByKeyboard(page, 'county-dept-editor');
  await page.getByRole('heading', { name: '待办' }).waitFor();
  found.push(...(await seriousViolations(page)).map((v) => `inbox: ${v}`));
  await page.goto(consoleUrl('/powers'));
  await page.locator('.RaList-main').first().waitFor();
  found.push(...(await seriousViolations(page)).map((v) => `powers: ${v}`));
  await page.locator('#main-content a[href*="/powers/"]').first().click();
  await page.locator('form').first().waitFor();
  found.push(...(await seriousViolations(page)).map((v) => `power form: ${v}`));
  // Once known and now fixed: the figure links' names contain their visible text, react-admin's row
  // checkbox is labelled on its <input>, and loading indicators are named 正在加载.
  expect(found).toEqual([]);
});

test('keyboard only: sign in and open a power, the focus always visible', async () => {
  const page = await freshPage();
  await signInByKeyboard(page, 'county-dept-editor');
  await page.getByRole('menuitem', { name: '权责事项' }).waitFor();
  // Tab until the menu entry 权责事项 has the focus, then Enter.
  const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
  for (let i = 0; i < 40 && (await focusedText()) !== '权责事项'; i += 1) await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('权责事项');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/console\/powers(\?.*)?$/);
  await page.locator('.RaList-main').first().waitFor();
  // On through the list's controls to the first record's link, then Enter opens it.
  const onRecord = () => page.evaluate(() => /\/powers\/[^/?]+(\/show)?$/.test((document.activeElement as HTMLAnchorElement | null)?.getAttribute?.('href') ?? ''));
  for (let i = 0; i < 80 && !(await onRecord()); i += 1) await page.keyboard.press('Tab');
  expect(await onRecord()).toBe(true);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/console\/powers\/[^/]+(\/show)?$/);
  await page.locator('#main-content form, #main-content .RaShow-main').first().waitFor();
});

/** The focused element draws an outline or a focus ring (MUI's Mui-focusVisible) the eye can see. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outlined || element.matches(':focus-visible.Mui-focusVisible, .Mui-focusVisible') || element.classList.contains('Mui-focusVisible');
  });
}
