// A department editor creates a power in the one power form: the server refuses a repealed law
// (BASIS_REQUIRED, Art. 4 and 9) and the refusal shows under the basis input; corrected, the power
// is saved and its flowchart drawn. Another county's editor then cannot see it (scope isolation).
import type { Browser, Locator, Page } from 'playwright-core';
import { apiGetStatus, apiList, apiToken, consoleUrl, launch, newPage, openList, screenshot, signIn } from './browser';

const stamp = Date.now().toString(36).toUpperCase();
const POWER_CODE = `E2E-XK-${stamp}`;
const POWER_NAME = `浏览器测试：食品小作坊登记许可（${stamp}）`;

let browser: Browser;
let createdId: string | null = null;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Chooses an option of a MUI Autocomplete (react-admin AutocompleteInput) by typing part of it. */
async function chooseOption(page: Page, input: Locator, typed: string, option: RegExp): Promise<void> {
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('a repealed law is refused next to its input; with a law in force the power is created', async () => {
  const page = await newPage(browser);
  await signIn(page, 'county-dept-editor');
  await openList(page, '权责事项', 'powers');
  await page.getByRole('link', { name: '新建' }).click();
  await page.waitForURL(/\/console\/powers\/create/);

  // 基本信息
  await page.getByLabel('事项编码').fill(POWER_CODE);
  await page.getByLabel('权力名称').fill(POWER_NAME);
  await page.getByRole('combobox', { name: '权力类型' }).click();
  await page.getByRole('option', { name: '行政许可', exact: true }).click();
  // Art. 11: the approved 'add' adjustment recorded for this department in server.ts.
  await page.getByRole('combobox', { name: '职权调整' }).click();
  await page.getByRole('option', { name: /新增｜已批准/ }).first().click();

  // 法律依据: cite the repealed 食品卫生法 only.
  await page.getByRole('tab', { name: '法律依据' }).click();
  // TabbedForm keeps every tab mounted and hides the others; role queries see only the visible tab.
  await page.getByRole('button', { name: '添加' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: '法律法规名称' }), '食品卫生', /中华人民共和国食品卫生法/);
  const articles = page.getByRole('combobox', { name: '条款' });
  await articles.click();
  await articles.fill('第四十条');
  await articles.press('Enter');

  await page.getByRole('button', { name: '保存' }).click();
  // Pessimistic: the server's refusal lands under the refused input (bases.0.legalBasis), in this tab.
  const refusal = page.locator('.MuiFormHelperText-root.Mui-error:visible').filter({ hasText: '第四条' });
  await refusal.first().waitFor();
  expect(await refusal.first().innerText()).toContain('食品卫生法');
  expect(page.url()).toMatch(/\/console\/powers\/create/);
  await screenshot(page, 'power-refusal');

  // Correct it: 食品安全法 第三十五条 (in force).
  await chooseOption(page, page.getByRole('combobox', { name: '法律法规名称' }), '食品安全', /^中华人民共和国食品安全法$/);
  await articles.click();
  await articles.press('Backspace'); // drops the 第四十条 chip
  await articles.fill('第三十五条');
  await page.getByRole('option', { name: /第三十五条/ }).first().click();

  // 责任事项 from the licensing template; the flowchart is drawn from them.
  await page.getByRole('tab', { name: '责任事项' }).click();
  await page.getByRole('button', { name: /按权力类型模板填写责任事项/ }).click();
  await page.getByRole('textbox', { name: '责任环节' }).first().waitFor();

  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/console\/powers\/[^/]+\/show/, { timeout: 30000 });
  createdId = /\/powers\/([^/]+)\/show/.exec(page.url())?.[1] ?? null;
  await page.getByText(POWER_NAME).first().waitFor();

  // The record really is on the server, with the basis in force.
  const token = await apiToken('county-dept-editor');
  const { rows } = await apiList(token, 'powers', { code: POWER_CODE });
  expect(rows).toHaveLength(1);
  expect(rows[0].id).toBe(createdId);

  await page.getByRole('tab', { name: '责任事项' }).click();
  const flowchart = page.locator('svg').filter({ hasText: '受理' }).first();
  await flowchart.waitFor();
  await flowchart.scrollIntoViewIfNeeded();
  // Let the 新建成功 notification go, so the picture shows the flowchart alone.
  await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
  await page.mouse.move(0, 0);
  await screenshot(page, 'power-flowchart');
  await page.context().close();
});

test('another county’s editor neither lists nor opens the new power', async () => {
  expect(createdId).not.toBeNull();
  const page = await newPage(browser);
  await signIn(page, 'county2-dept-editor');
  await openList(page, '权责事项', 'powers');
  // Its own powers are listed (so the page has rendered its data), the other county's are not.
  await page.getByRole('cell', { name: '二连浩特市市场监督管理局' }).first().waitFor();
  expect(await page.getByText(POWER_NAME).count()).toBe(0);
  expect(await page.getByText(POWER_CODE).count()).toBe(0);

  await page.goto(consoleUrl(`/powers/${createdId}/show`));
  // The server answers 404 (out of scope is indistinguishable from absent); react-admin notifies
  // 记录不存在 and returns to the list, never rendering the record.
  await page.getByRole('alert').filter({ hasText: /记录不存在|页面不存在/ }).first().waitFor();
  expect(await page.getByText(POWER_NAME).count()).toBe(0);

  const token = await apiToken('county2-dept-editor');
  expect(await apiGetStatus(token, `powers/${createdId}`)).toBe(404);
  await page.context().close();
});
