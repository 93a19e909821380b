// Exporting a list: 导出 Excel and 导出 CSV give every row of the list (not just the page on
// screen), with Chinese headers; the CSV carries a UTF-8 BOM so Excel opens it in Chinese.
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiList, apiToken, consoleUrl, launch, newPage, openList, signIn } from './browser';

let browser: Browser;
let page: Page;
let expected: { total: number; names: string[] };

const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  browser = await launch();
  const officers = await apiList(await apiToken('county-dept-editor'), 'officers');
  expected = { total: officers.total, names: officers.rows.map((row) => String(row.name)) };
  // Fewer rows than one page of 5 would not show that the export goes beyond the page on screen.
  expect(expected.total).toBeGreaterThan(5);
  page = await newPage(browser);
  await signIn(page, 'county-dept-editor');
  await openList(page, '行政执法人员', 'officers');
  // Five rows per page: the export must still hold all of them.
  await page.goto(consoleUrl('/officers?page=1&perPage=5'));
  await page.getByText(`1-5 / 共 ${expected.total} 条`).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const cellText = (value: ExcelJS.CellValue): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

test('导出 Excel holds every row of the list under Chinese headers', async () => {
  const { name, bytes } = await download('导出 Excel');
  expect(name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like Buffer of its own; hand it the bytes as such.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
  const [headers, ...data] = rows;
  expect(headers.some((h) => CJK.test(h))).toBe(true);
  expect(data).toHaveLength(expected.total);
  for (const officer of expected.names) expect(data.some((cells) => cells.includes(officer))).toBe(true);
});

test('导出 CSV is UTF-8 with a BOM, Chinese headers and every row', async () => {
  const { name, bytes } = await download('导出 CSV');
  expect(name).toMatch(/\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  // No multi-line cells among the demo officers, so one line per record.
  const lines = text.split('\r\n').filter((line) => line !== '');
  expect(CJK.test(lines[0])).toBe(true);
  expect(lines).toHaveLength(expected.total + 1);
  for (const officer of expected.names) expect(text).toContain(officer);
});
