/** @jest-environment node */
// Export of a list: all rows for the filter (paged 1000 at a time), relations by name, Chinese
// headers and values, a CSV Excel opens correctly (BOM, RFC 4180) and an .xlsx that reads back.
import ExcelJS from 'exceljs';
import type { DataProvider, GetListParams, GetManyParams, RaRecord } from 'react-admin';
import type { FieldSchema, ResourceSchema } from '../providers/types';
import { BOM, csvField, toCsv } from './csv';
import { createExporter, type Translate } from './exporter';
import { fetchAllRecords } from './fetchAll';
import { exportFileName } from './table';
import { columnWidths, displayWidth, sheetName } from './xlsx';

const field = (name: string, label: string, type = 'string', extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label, type, required: false, personal: false, ...extra });

describe('csv', () => {
  test('starts with a BOM, ends lines with CRLF, and keeps Chinese as UTF-8', () => {
    const csv = toCsv({ headers: ['事项名称', '权力类型'], rows: [['对违法行为的处罚', '行政处罚']] });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFF事项名称,权力类型\r\n对违法行为的处罚,行政处罚\r\n');
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['他说"可以"', '"他说""可以"""'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['CR\r\nLF', '"CR\r\nLF"'],
    [' 前后空格 ', '" 前后空格 "'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-3', '-3'],
    [42.5, '42.5'],
    [null, ''],
  ])('field %j → %j', (cell, encoded) => {
    expect(csvField(cell)).toBe(encoded);
  });
});

describe('xlsx helpers', () => {
  test('Chinese characters count double for column widths, within bounds', () => {
    expect(displayWidth('事项ab')).toBe(6);
    expect(columnWidths({ headers: ['名称', 'x'], rows: [['一'.repeat(40), 'y']] })).toEqual([60, 8]);
  });
  test('sheet names obey Excel limits', () => {
    expect(sheetName('权责/事项[清单]:2024')).toBe('权责 事项 清单  2024');
    expect(sheetName('长'.repeat(40))).toHaveLength(31);
  });
  test('file names carry the list name and the time', () => {
    expect(exportFileName('权责事项', 'csv', new Date(2024, 0, 31, 9, 5))).toBe('权责事项_20240131-0905.csv');
  });
});

// A list endpoint over an in-memory table, paging and filtering as the console API does.
function fakeProvider(total: number) {
  const powers: RaRecord[] = Array.from({ length: total }, (_, i) => ({
    id: `p${i}`,
    code: `CF${String(i).padStart(4, '0')}`,
    name: i === 0 ? '对"标准",食品\n的处罚' : `事项${i}`,
    type: i % 2 === 0 ? 'penalty' : 'licensing',
    department: `d${i % 450}`,
    statutoryMax: 1000 + i,
    bases: i === 0 ? [{ kind: 'setting', legalBasis: 'law1', articles: '第一百二十四条' }] : [],
    steps: i === 0 ? [{ step: '立案', content: '及时立案' }, { step: '调查取证' }] : [],
    published: i === 0,
  }));
  const tables: Record<string, RaRecord[]> = {
    powers,
    departments: Array.from({ length: 450 }, (_, i) => ({ id: `d${i}`, name: i === 0 ? '锡林浩特市市场监督管理局' : `部门${i}` })),
    'legal-bases': [{ id: 'law1', title: '中华人民共和国食品安全法' }],
  };
  const pages: GetListParams['pagination'][] = [];
  const getManyCalls: { resource: string; ids: string[] }[] = [];
  const getList = (async (resource: string, params: GetListParams) => {
    pages.push(params.pagination);
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    if (perPage > 1000) throw new Error('INVALID_RANGE');
    const filtered = (tables[resource] ?? []).filter((r) => Object.entries(params.filter as Record<string, unknown>).every(([k, v]) => r[k] === v));
    return { data: filtered.slice((page - 1) * perPage, page * perPage), total: filtered.length };
  }) as DataProvider['getList'];
  const getMany = (async (resource: string, params: GetManyParams) => {
    getManyCalls.push({ resource, ids: params.ids.map(String) });
    return { data: (tables[resource] ?? []).filter((r) => params.ids.includes(r.id)) };
  }) as DataProvider['getMany'];
  return { provider: { getList, getMany }, pages, getManyCalls };
}

const powerFields: FieldSchema[] = [
  field('code', '事项编码'),
  field('name', '事项名称'),
  field('type', '权力类型', 'enumeration', { enum: ['licensing', 'penalty'] }),
  field('department', '实施主体', 'relation', { reference: 'departments' }),
  field('statutoryMax', '罚款上限', 'decimal'),
  field('bases', '依据', 'component', {
    repeatable: true,
    fields: [field('kind', '类别', 'enumeration', { enum: ['setting'] }), field('legalBasis', '法律法规', 'relation', { reference: 'legal-bases' }), field('articles', '条款'), field('excerpt', '摘录', 'text')],
  }),
  field('steps', '责任事项', 'component', { repeatable: true, fields: [field('step', '环节'), field('content', '内容', 'text')] }),
  field('published', '已公布', 'boolean'),
];

const schemas: ResourceSchema[] = [
  { name: 'powers', uid: 'api::power.power', label: '权责事项', description: '', mainField: 'name', draftAndPublish: false, actions: ['find'], fields: powerFields },
  { name: 'departments', uid: 'api::department.department', label: '部门', description: '', mainField: 'name', draftAndPublish: false, actions: ['find'], fields: [] },
  { name: 'legal-bases', uid: 'api::legal-basis.legal-basis', label: '执法依据', description: '', mainField: 'title', draftAndPublish: false, actions: ['find'], fields: [] },
];

/** A polyglot-like translator over a few keys, falling back to `_` as react-admin's does. */
const MESSAGES: Record<string, string> = {
  'resources.powers.name': '权责事项',
  'resources.powers.fields.type': '权力类型',
  'enums.powers.type.penalty': '行政处罚',
  'enums.powers.type.licensing': '行政许可',
  'enums.kind.setting': '设定依据',
  'app.export.yes': '是',
  'app.export.no': '否',
};
const translate: Translate = (key, options) => MESSAGES[key] ?? (typeof options?._ === 'string' ? options._ : key);

function setup(total: number) {
  const fake = fakeProvider(total);
  const downloads: { blob: Blob; fileName: string }[] = [];
  const exporter = createExporter('powers', powerFields, { schemas, translate, download: (blob, fileName) => downloads.push({ blob, fileName }) });
  return { ...fake, exporter, downloads };
}

describe('all rows, not just the page', () => {
  test('2,350 rows come back in pages of 1000', async () => {
    const { provider, pages } = fakeProvider(2350);
    const records = await fetchAllRecords(provider, 'powers', { filter: {}, sort: { field: 'id', order: 'ASC' } });
    expect(records).toHaveLength(2350);
    expect(new Set(records.map((r) => r.id)).size).toBe(2350);
    expect(pages).toEqual([{ page: 1, perPage: 1000 }, { page: 2, perPage: 1000 }, { page: 3, perPage: 1000 }]);
  });

  test('the filter of the list applies to every page', async () => {
    const { provider } = fakeProvider(2350);
    const records = await fetchAllRecords(provider, 'powers', { filter: { type: 'penalty' }, sort: { field: 'id', order: 'ASC' } });
    expect(records).toHaveLength(1175);
    expect(records.every((r) => r.type === 'penalty')).toBe(true);
  });

  test('exportAll writes one CSV line per row, relations fetched in small getMany chunks', async () => {
    const { provider, exporter, downloads, getManyCalls } = setup(2350);
    const progress: number[] = [];
    const count = await exporter.exportAll({ dataProvider: provider, filter: {}, sort: { field: 'id', order: 'ASC' }, format: 'csv', translate, onProgress: (n) => progress.push(n) });
    expect(count).toBe(2350);
    expect(progress).toEqual([1000, 2000, 2350]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^权责事项_\d{8}-\d{4}\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await downloads[0].blob.arrayBuffer());
    expect(text.startsWith(BOM)).toBe(true);
    // 1 header + 2350 rows: records end in CRLF, line breaks inside quoted cells are a bare LF.
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(2351);
    expect(text.split('\r\n')[0]).toBe('\uFEFF事项编码,事项名称,权力类型,实施主体,罚款上限,依据,责任事项,已公布');
    expect(text.split('\r\n')[1]).toBe('CF0000,"对""标准"",食品\n的处罚",行政处罚,锡林浩特市市场监督管理局,1000,设定依据：《中华人民共和国食品安全法》第一百二十四条,"立案：及时立案\n调查取证",是');
    expect(getManyCalls.filter((c) => c.resource === 'departments').map((c) => c.ids.length)).toEqual([200, 200, 50]);
  });
});

describe('xlsx round trip', () => {
  test('written with our code, read back with exceljs: bold header, widths, values, numbers as numbers', async () => {
    const { provider, exporter } = setup(3);
    const records = (await provider.getList('powers', { filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } })).data;
    const { blob, fileName } = await exporter.buildFile(records, provider, 'xlsx', translate);
    expect(fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('权责事项');
    expect(sheet.getRow(1).values).toEqual([undefined, '事项编码', '事项名称', '权力类型', '实施主体', '罚款上限', '依据', '责任事项', '已公布']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('B2').value).toBe('对"标准",食品\n的处罚');
    expect(sheet.getCell('C3').value).toBe('行政许可');
    expect(sheet.getCell('E3').value).toBe(1001);
    expect(sheet.getCell('G2').value).toBe('立案：及时立案\n调查取证');
    expect(sheet.getCell('F3').value).toBeNull();
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(displayWidth('对"标准",食品'));
  });

  test('as react-admin\'s exporter prop it exports the rows it is given', async () => {
    const { provider, exporter, downloads } = setup(5);
    const records = (await provider.getList('powers', { filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 5 } })).data;
    await exporter(records, () => Promise.resolve({}), provider as unknown as DataProvider, 'powers');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await downloads[0].blob.arrayBuffer());
    expect(workbook.worksheets[0].rowCount).toBe(6);
  });
});
