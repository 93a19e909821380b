// Pickers (issue 14, point 7): a county user is offered the organisations of its own subtree only,
// searchable by name, its own department chosen already on a new record; records are named by their
// names (a power by its name, not SC-JC-001).
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, consoleUrl, launch, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


async function optionsFor(page: Page, label: string, query: string): Promise<string[]> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  // Clear the preselected value first, as a clerk choosing another would.
  await input.fill('');
  await input.pressSequentially(query, { delay: 30 });
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option').first().waitFor();
  // The options settle once the search has answered.
  await page.waitForTimeout(800);
  return listbox.getByRole('option').allTextContents();
}

test('a county clerk: the department picker starts on its own department and offers only its county', async () => {
  const page = await signedIn(browser, 'county-dept-editor');
  await page.goto(consoleUrl('/agencies/create'));
  const department = page.getByRole('combobox', { name: '所属部门' });
  await department.waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === '锡林浩特市市场监督管理局'));
  expect(await department.inputValue()).toBe('锡林浩特市市场监督管理局');

  // The region holds departments in every league and county; the clerk is offered its county's.
  const everywhere = await apiList(await apiToken('county-dept-editor'), 'departments', { q: '局' });
  expect(everywhere.total).toBeGreaterThan(2);
  const offered = await optionsFor(page, '所属部门', '局');
  expect(offered.length).toBeGreaterThan(0);
  expect(offered.length).toBeGreaterThan(1);
  expect(offered.every((name) => name.startsWith('锡林浩特市'))).toBe(true);
  expect(offered.some((name) => /二连浩特市|锡林郭勒盟/.test(name))).toBe(false);
});

test('a county gov-admin: the government picker of a new department offers only its county and below', async () => {
  const page = await signedIn(browser, 'county-gov-admin');
  await page.goto(consoleUrl('/departments/create'));
  const offered = await optionsFor(page, '所属政府', '市');
  expect(offered).toContain('锡林浩特市');
  expect(offered).not.toContain('二连浩特市');
  expect(offered).not.toContain('锡林郭勒盟');
});

test('a power is named by its name, never its code', async () => {
  const page = await signedIn(browser, 'county-dept-editor');
  const token = await apiToken('county-dept-editor');
  const { rows } = await apiList(token, 'powers', { code: 'SC-JC-001' });
  const power = rows[0];
  expect(power).toBeDefined();
  await page.goto(consoleUrl(`/powers/${String(power.id)}/show`));
  await page.getByText(String(power.name)).first().waitFor();
  expect(await page.title()).not.toContain('SC-JC-001');
  const heading = await page.locator('header').first().textContent();
  expect(heading ?? '').not.toContain('SC-JC-001');
});
