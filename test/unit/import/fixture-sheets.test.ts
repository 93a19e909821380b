// The three office sheets in test/fixtures/import read through the header table and the type table.
import ExcelJS from 'exceljs';
import { join } from 'path';
import { loadConfig } from '@nmg/config';
import { dataRows, findHeaderRow, resolveTypeWord } from '../../../cms/src/domain';

const config = loadConfig();

async function sheetRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, '../../fixtures/import', file));
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v)));
  });
  return Array.from(rows, (r) => r ?? []);
}

test('market office: header on row 3 under merged title rows; blank row skipped; 行政命令 refused, 监督检查 and 行政强制措施 mapped', async () => {
  const rows = await sheetRows('market-office.xlsx');
  const header = findHeaderRow(rows, config.importHeaders);
  expect(header?.rowIndex).toBe(2);
  if (!header) return;
  const data = dataRows(rows, header);
  expect(data.map((d) => d.line)).toEqual([4, 6, 7, 8, 9]);
  expect(data[0].values.basis).toBe('《中华人民共和国食品安全法》第三十五条\n《行政许可法》');
  expect(data.map((d) => resolveTypeWord(d.values.type ?? '', config.powerTypes))).toEqual([
    { ok: true, key: 'licensing' }, { ok: true, key: 'penalty' }, { ok: true, key: 'inspection' }, { ok: true, key: 'coercion' },
    expect.objectContaining({ ok: false }),
  ]);
});

test('transport office: its own column names (项目名称, 权力分类, 法定主体, 责任科室 …) all known', async () => {
  const header = findHeaderRow(await sheetRows('transport-office.xlsx'), config.importHeaders);
  expect(header?.rowIndex).toBe(0);
  expect(header?.columns).toEqual({ name: 0, type: 1, code: 2, department: 3, agency: 4, basis: 5, accountability: 6, riskPoints: 7, remarks: 8 });
  expect(header?.unknown).toEqual([]);
});

test('land office: one unknown column, mapped once by hand', async () => {
  const rows = await sheetRows('land-office.xlsx');
  expect(findHeaderRow(rows, config.importHeaders)?.unknown).toEqual([{ column: 5, header: '权责事项说明' }]);
  const mapped = findHeaderRow(rows, config.importHeaders, { 权责事项说明: 'remarks' });
  expect(mapped?.unknown).toEqual([]);
  expect(mapped && dataRows(rows, mapped).map((d) => d.values.remarks ?? null)).toEqual(['依申请核发', null, null]);
});
