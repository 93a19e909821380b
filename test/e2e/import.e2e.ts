// Importing a list from .xlsx: the preview validates every row, reports the bad one by its
// spreadsheet row and column, offers no confirmation while a row fails, and writes nothing.
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { apiList, apiToken, launch, newPage, openList, screenshot, signIn } from './browser';

const stamp = Date.now().toString(36).toUpperCase();
const NAME_PREFIX = `浏览器导入测试${stamp}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** 执法机构 in the headers staff use (the Chinese field names); row 3 of the sheet lacks the required name. */
async function agenciesWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('执法机构');
  sheet.addRow(['机构名称', '机构职责']);
  sheet.addRow([`${NAME_PREFIX}食品科`, '负责食品经营许可和日常监督检查。']);
  sheet.addRow(['', '名称漏填的一行：必填项为空，应当被校验拦下。']);
  sheet.addRow([`${NAME_PREFIX}稽查队`, '负责案件查办。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a sheet with a bad row is reported row by row and nothing is written', async () => {
  const token = await apiToken('county-dept-editor');
  const before = await apiList(token, 'agencies');
  expect(before.status).toBe(200);

  const page = await newPage(browser);
  await signIn(page, 'county-dept-editor');
  await openList(page, '执法机构', 'agencies');
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: /导入/ }).waitFor();

  // The picker's <input type=file> is hidden behind a button; hand it the file directly.
  await dialog.locator('input[type="file"]').setInputFiles({
    name: '执法机构导入.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await agenciesWorkbook(),
  });
  await dialog.getByText(/共 3 行数据/).waitFor();
  await dialog.getByRole('button', { name: '校验' }).click();

  const report = dialog.getByLabel('校验报告');
  await report.waitFor();
  const problems = report.locator('tbody tr');
  expect(await problems.count()).toBe(1);
  const cells = await problems.first().locator('td').allInnerTexts();
  // Row number as in Excel (the header is row 1), the column by its header, then rule and message.
  expect(cells[0]).toBe('3');
  expect(cells[1]).toBe('机构名称');
  // Rule: the server's VALIDATION refusal; the message, in Chinese, says what is wrong with that column.
  expect(cells[2]).toContain('校验');
  expect(cells[3]).toBe('必填');
  expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  await dialog.getByText(/未写入任何数据/).first().waitFor();
  await screenshot(page, 'import-report');

  // The dry run wrote nothing: the list is as before and none of the sheet's names exists.
  const after = await apiList(token, 'agencies');
  expect(after.total).toBe(before.total);
  expect(after.rows.filter((row) => String(row.name).startsWith(NAME_PREFIX))).toHaveLength(0);
  await page.context().close();
});
