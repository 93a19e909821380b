/** @jest-environment node */
// Two lists in other offices' layouts (fixtures/): a township's with a title row, a blank row, the
// header on row 3, multi-line cells and older type words; a league bureau's with its own column
// names. The header table (config/import-headers.json) and the type words (config/power-types.json)
// must carry every column and every row.
import { readFileSync } from 'fs';
import { join } from 'path';
import { mapHeaders } from './headerMapping';
import { parseBasisCell } from './cells';
import { readSheet } from './readSheet';
import { powerTypeKey } from './values';

const bytes = (name: string): ArrayBuffer => {
  const buffer = readFileSync(join(__dirname, 'fixtures', name));
  return new Uint8Array(buffer).slice().buffer;
};

const dataRows = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== ''));

test('a township list: title and blank rows above the header on row 3, multi-line cells, older type words', async () => {
  const sheet = await readSheet('sumu-township.csv', bytes('sumu-township.csv'));
  expect(sheet.firstDataRow).toBe(4);
  expect(mapHeaders(sheet.headers, 'powers', []).map((m) => m.target)).toEqual(['code', 'name', 'type', 'bases', 'decomposition.agency', 'accountabilities', 'remarks']);
  const rows = dataRows(sheet.rows);
  expect(rows).toHaveLength(3);
  expect(rows.map((r) => powerTypeKey(r[2]))).toEqual(['coercion', 'other', 'inspection']);
  expect(rows[0][5]).toBe('1.违法实施扣押的；\n2.扣押物品损毁、丢失的');
  // The blank row keeps the Excel numbering of the rows after it.
  expect(sheet.rows.findIndex((r) => r[0] === 'SM-QT-002') + sheet.firstDataRow).toBe(6);
  expect(parseBasisCell(rows[2][3]).map((c) => [c.title, c.articles])).toEqual([['中华人民共和国土地管理法', '第六十七条'], ['土地管理法实施条例', '第四十九条']]);
});

test('a league bureau list in its own column names: every header and type word is known', async () => {
  const sheet = await readSheet('league-ecology.csv', bytes('league-ecology.csv'));
  expect(sheet.firstDataRow).toBe(2);
  expect(mapHeaders(sheet.headers, 'powers', []).map((m) => m.target)).toEqual(['code', 'name', 'type', 'bases', 'decomposition.agency', 'accountabilities', 'remarks']);
  const rows = dataRows(sheet.rows);
  expect(rows.map((r) => powerTypeKey(r[2]))).toEqual(['penalty', 'inspection', 'coercion']);
  expect(rows[0][5].split('\n')).toHaveLength(2);
});
