/** @jest-environment node */
// A county office's list as it is really kept: a merged title row, a 填报单位 line, the header on
// row 3 in the office's own words, blank rows and multi-line cells. The rows must be recognised.
import ExcelJS from 'exceljs';
import type { FieldSchema } from '../providers/types';
import { knownHeaderCount, mapHeaders } from './headerMapping';
import { readSheet, toSheetData } from './readSheet';
import { powerTypeKey } from './values';

const field = (name: string, label: string): FieldSchema => ({ name, label, type: 'string' }) as FieldSchema;

async function messyWorkbook(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['某旗农牧局行政职权和责任清单', '', '', '', '', '', '']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['填报单位：某旗农牧局', '', '', '', '', '', '填报日期：2026年']);
  sheet.addRow(['序号', '权力分类', '项目名称', '法定主体', '责任科室', '设定\n依据', '问责情形']);
  sheet.addRow(['1', '行政强制措施', '查封扣押违法饲料', '某旗农牧局', '执法大队', '《饲料和饲料添加剂管理条例》第三十四条', '1.不履行职责的；\n2.滥用职权的']);
  sheet.addRow([]);
  sheet.addRow(['2', '监督检查', '对兽药经营的检查', '某旗农牧局', '畜牧股', '《兽药管理条例》', '']);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}

test('header on row 3 under a merged title is found; the office column names map; rows keep their Excel numbers', async () => {
  const sheet = await readSheet('清单.xlsx', await messyWorkbook());
  expect(sheet.firstDataRow).toBe(4);
  const mapping = mapHeaders(sheet.headers, 'powers', [field('name', '事项名称')]);
  expect(mapping.map((m) => m.target)).toEqual([null, 'type', 'name', 'department', 'decomposition.agency', 'bases', 'accountabilities']);
  expect(sheet.rows[0][2]).toBe('查封扣押违法饲料');
  expect(sheet.rows[0][6]).toBe('1.不履行职责的；\n2.滥用职权的');
  expect(sheet.rows[1].every((c) => c === '')).toBe(true);
  expect(powerTypeKey(sheet.rows[0][1])).toBe('coercion');
  expect(powerTypeKey(sheet.rows[2][1])).toBe('inspection');
});

describe('header-row detection', () => {
  test('a row with a single known header (a title 事项名称) is not taken for the header', () => {
    expect(knownHeaderCount(['事项名称'])).toBe(1);
    const data = toSheetData([['事项名称'], ['说明：本表由某局填报', '2026'], ['职权编码', '职权名称', '职权类型'], ['X1', '甲', '行政处罚']]);
    expect(data.headers).toEqual(['职权编码', '职权名称', '职权类型']);
    expect(data.firstDataRow).toBe(4);
  });
  test('sheets of other resources fall back to the first row with two texts', () => {
    expect(toSheetData([['标题'], ['机构名称', '说明'], ['一科', 'x']]).headers).toEqual(['机构名称', '说明']);
  });
  test.each([['权力编码', 'code'], ['事项分类', 'type'], ['实施依据', 'bases'], ['责任事项依据', 'bases'], ['追责情形', 'accountabilities'], ['承办科室', 'decomposition.agency'], ['廉政风险点', 'remarks'], ['事项\n名称', 'name']])('%s → %s', (header, target) => {
    expect(mapHeaders([header], 'powers', [])[0].target).toBe(target);
  });
});

test('type words of older lists map through config; an unknown one maps to nothing', () => {
  expect(powerTypeKey('行政强制执行')).toBe('coercion');
  expect(powerTypeKey('其他职权')).toBe('other');
  expect(powerTypeKey('行政指导意见')).toBeNull();
});
