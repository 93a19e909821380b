/** @jest-environment node */
// Rows become records in the console's format; what can be judged before sending (an unknown
// type, a law or agency not in the system, a code twice in one file) is reported by row and column.
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { collectReferences, convertRows, type ConvertContext } from './convertRows';
import { mapHeaders } from './headerMapping';
import { chunkByEncodedLength, fetchReferences } from './references';
import { columnForPath, reportProblems, validateInChunks } from './importClient';
import { missingLawsOf } from './missingLaws';
import type { ImportReport, ImportRecord, SheetData } from './types';

const field = (name: string, label: string, type = 'string', extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label, type, required: false, personal: false, ...extra });

const powerFields: FieldSchema[] = [
  field('department', '实施主体', 'relation', { reference: 'departments' }),
  field('code', '事项编码'),
  field('name', '事项名称'),
  field('type', '权力类型', 'enumeration', { enum: ['licensing', 'penalty', 'coercion'] }),
  field('status', '状态', 'enumeration', { enum: ['valid', 'cancelled'] }),
  field('statutoryMax', '罚款上限', 'decimal'),
  field('adjustment', '职权调整', 'relation', { reference: 'power-adjustments' }),
  field('bases', '依据', 'component', { repeatable: true, fields: [field('legalBasis', '法律法规', 'relation', { reference: 'legal-bases' })] }),
  field('decomposition', '职权分解', 'component', { repeatable: true, fields: [field('agency', '执法机构', 'relation', { reference: 'agencies' })] }),
];

const LAWS: RaRecord[] = [
  { id: 'law-food', title: '中华人民共和国食品安全法', status: 'in-force' },
  { id: 'law-food-old', title: '中华人民共和国食品安全法', status: 'repealed' },
  { id: 'law-permit', title: '中华人民共和国行政许可法', status: 'in-force' },
];
const AGENCY_RECORDS: RaRecord[] = [
  { id: 'agency-1', name: '执法一科' },
  { id: 'agency-2', name: '执法二科' },
  { id: 'agency-x', name: '综合科' },
  { id: 'agency-y', name: '综合科' },
];
const ADJUSTMENTS: RaRecord[] = [{ id: 'adj-1', title: '2024年第一批调整' }];

/** A list endpoint that honours `{ field: [values] }` the way the console API does ($in). */
function fakeProvider(): { provider: Pick<DataProvider, 'getList'>; calls: GetListParams[] } {
  const tables: Record<string, RaRecord[]> = { 'legal-bases': LAWS, agencies: AGENCY_RECORDS, 'power-adjustments': ADJUSTMENTS };
  const calls: GetListParams[] = [];
  const getList = (async (resource: string, params: GetListParams) => {
    calls.push(params);
    const [[key, values]] = Object.entries(params.filter as Record<string, string[]>);
    const data = (tables[resource] ?? []).filter((r) => values.includes(String(r[key])));
    return { data, total: data.length };
  }) as DataProvider['getList'];
  return { provider: { getList }, calls };
}

const MAIN_FIELDS: Record<string, string> = { 'legal-bases': 'title', agencies: 'name', 'power-adjustments': 'title', departments: 'name' };

async function convert(headers: string[], rows: string[][], fields = powerFields, resource = 'powers') {
  const sheet: SheetData = { headers, rows, firstDataRow: 2 };
  const base: Omit<ConvertContext, 'resolver'> = {
    resource,
    fields,
    mapping: mapHeaders(headers, resource, fields),
    mainFieldOf: (r) => MAIN_FIELDS[r] ?? 'id',
    enumLabel: (_field, value) => ({ valid: '有效', cancelled: '取消' })[value] ?? value,
  };
  const { provider, calls } = fakeProvider();
  const resolver = await fetchReferences(provider, collectReferences(sheet, base), base.mainFieldOf);
  return { ...convertRows(sheet, { ...base, resolver }), calls, mapping: base.mapping };
}

test('a published list row becomes a power record with components and resolved references', async () => {
  const { rows, problems } = await convert(
    ['序号', '事项编码', '权力名称', '类别', '设定依据', '实施依据', '责任事项', '追责情形', '追责依据', '承办机构', '实施主体', '状态', '罚款上限', '职权调整'],
    [['1', 'CF001', '对生产经营不符合标准食品的处罚', '行政处罚', '《食品安全法》第一百二十四条', '《中华人民共和国行政许可法》第十二条', '立案责任：及时立案\n调查取证责任：收集证据', '1.未依法立案的\n2.超越职权的', '《食品安全法》第一百四十二条', '执法一科、执法二科', '锡林浩特市市场监督管理局', '有效', '100,000', '2024年第一批调整']],
  );
  expect(problems).toEqual([]);
  expect(rows).toEqual([{
    sheetRow: 2,
    ok: true,
    record: {
      code: 'CF001',
      name: '对生产经营不符合标准食品的处罚',
      type: 'penalty',
      // The repealed version shares the title; the one in force is the one cited.
      bases: [
        { kind: 'setting', legalBasis: 'law-food', articles: '第一百二十四条' },
        { kind: 'implementing', legalBasis: 'law-permit', articles: '第十二条' },
      ],
      steps: [{ step: '立案', content: '及时立案' }, { step: '调查取证', content: '收集证据' }],
      accountabilities: [
        { situation: '未依法立案的', basis: '《食品安全法》第一百四十二条' },
        { situation: '超越职权的', basis: '《食品安全法》第一百四十二条' },
      ],
      decomposition: [{ agency: 'agency-1', role: 'handle' }, { agency: 'agency-2', role: 'handle' }],
      status: 'valid',
      statutoryMax: 100000,
      adjustment: 'adj-1',
    },
  }]);
});

test('legacy type names, unknown values and unresolved names are row errors with the column', async () => {
  const { rows, problems } = await convert(
    ['事项名称', '权力类型', '法律依据', '承办科室', '状态'],
    [
      ['查封扣押', '行政强制措施', '《中华人民共和国食品安全法》第一百一十条', '执法一科', '有效'],
      ['某审批', '行政审批', '《不存在的条例》第三条', '综合科', '作废'],
      ['', '', '', '', ''],
      ['无依据', '行政许可', '没有书名号也没有条款', '执法九科', ''],
    ],
  );
  expect(rows.map((r) => [r.sheetRow, r.ok])).toEqual([[2, true], [3, false], [5, false]]);
  expect(rows[0].record.type).toBe('coercion');
  expect(problems.map((p) => [p.sheetRow, p.column, p.code])).toEqual([
    [3, '权力类型', 'INVALID_VALUE'],
    [3, '法律依据', 'REFERENCE_NOT_FOUND'],
    [3, '承办科室', 'REFERENCE_AMBIGUOUS'],
    [3, '状态', 'INVALID_VALUE'],
    [5, '法律依据', 'REFERENCE_NOT_FOUND'],
    [5, '承办科室', 'REFERENCE_NOT_FOUND'],
  ]);
  expect(problems[1].message).toContain('不存在的条例');
  // An agency the department lacks goes to the server by name, to be created with the batch once accepted (issue 15).
  expect(rows[2].record.decomposition).toEqual([{ agency: null, agencyName: '执法九科', role: 'handle' }]);
  expect(problems[5].agencyName).toBe('执法九科');
});

test('a code twice in one file is reported on the second row', async () => {
  const { problems } = await convert(['事项编码', '事项名称'], [['XK001', '甲'], ['XK002', '乙'], ['XK001', '丙']]);
  expect(problems).toEqual([expect.objectContaining({ sheetRow: 4, column: '事项编码', code: 'DUPLICATE_CODE' })]);
  expect(problems[0].message).toContain('第 2 行');
});

test('a basis of accountability without a situation would be lost, so it is reported', async () => {
  const { problems } = await convert(['事项名称', '追责情形', '追责依据'], [['甲', '', '《A法》第一条']]);
  expect(problems.map((p) => p.code)).toEqual(['ORPHAN_BASIS']);
});

test('other resources convert by field type; relations resolve by the referenced mainField', async () => {
  const fields = [
    field('name', '姓名'),
    field('status', '证件状态', 'enumeration', { enum: ['valid', 'cancelled'] }),
    field('certificateExpiresAt', '有效期至', 'date'),
    field('active', '在岗', 'boolean'),
    field('level', '级别', 'integer'),
    field('agencies', '机构', 'relation', { reference: 'agencies', many: true }),
  ];
  const { rows, problems } = await convert(
    ['姓名', '证件状态', '有效期至', '在岗', '级别', '机构'],
    [['张三', '有效', '2030/1/1', '是', '3', '执法一科、执法二科'], ['李四', 'valid', '2030-02-30', '也许', '三', '']],
    fields,
    'officers',
  );
  expect(rows[0].record).toEqual({ name: '张三', status: 'valid', certificateExpiresAt: '2030-01-01', active: true, level: 3, agencies: ['agency-1', 'agency-2'] });
  expect(problems.map((p) => [p.sheetRow, p.column])).toEqual([[3, '有效期至'], [3, '在岗'], [3, '级别']]);
});

test('names are looked up in requests small enough for the server to accept', async () => {
  const titles = Array.from({ length: 300 }, (_, i) => `内蒙古自治区某某管理条例第${i}号`);
  const chunks = chunkByEncodedLength(titles);
  expect(chunks.flat()).toEqual(titles);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(encodeURIComponent(JSON.stringify(chunk)).length).toBeLessThanOrEqual(6000);
});

describe('the server report, by sheet row and column', () => {
  const mapping = mapHeaders(['事项名称', '设定依据', '追责依据', '承办机构'], 'powers', powerFields);

  test.each([
    ['name', '事项名称'],
    ['bases.0.articles', '设定依据'],
    ['accountabilities.1.basis', '追责依据'],
    ['decomposition.0.post', '承办机构'],
    ['code', ''],
  ])('%s → %j', (path, header) => {
    expect(columnForPath(path, mapping)).toBe(header);
  });

  test('rows are validated in chunks of 200 and reported at their spreadsheet row', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => ({ sheetRow: i + 2, record: { name: `事项${i}` }, ok: true }));
    const sizes: number[] = [];
    const progress: number[] = [];
    const post = async (records: ImportRecord[], commit: boolean): Promise<ImportReport> => {
      sizes.push(records.length);
      expect(commit).toBe(false);
      const failing = records.findIndex((r) => r.name === '事项250');
      return {
        total: records.length, passed: records.length - (failing >= 0 ? 1 : 0), failed: failing >= 0 ? 1 : 0, committed: false,
        rows: records.map((_, index) => (index === failing ? { index, ok: false, code: 'BASIS_REQUIRED', message: '缺少依据', errors: { 'bases': ['至少一项'] } } : { index, ok: true })),
      };
    };
    const outcome = await validateInChunks(rows, mapping, post, (done) => progress.push(done));
    expect(sizes).toEqual([200, 200, 50]);
    expect(progress).toEqual([0, 200, 400, 450]);
    expect(outcome.passed).toBe(449);
    expect(outcome.problems).toEqual([{ sheetRow: 252, column: '设定依据', code: 'BASIS_REQUIRED', source: 'server', message: '至少一项', rowMessage: '缺少依据' }]);
  });

  test('a refusal without field errors is one line for the whole row', () => {
    const report: ImportReport = { total: 1, passed: 0, failed: 1, committed: false, rows: [{ index: 0, ok: false, code: 'CATALOGUE_ONLY', message: '须经职权调整' }] };
    expect(reportProblems(report, [{ sheetRow: 7, record: {}, ok: true }], mapping)).toEqual([{ sheetRow: 7, column: '', code: 'CATALOGUE_ONLY', source: 'server', message: '须经职权调整', rowMessage: '须经职权调整' }]);
  });
});

test('第十条: laws the library lacks are listed once per law, with every row citing each', async () => {
  const { problems } = await convert(
    ['事项编码', '事项名称', '类别', '设定依据', '实施依据'],
    [
      ['N1', '甲', '行政处罚', '《兽药管理条例》第五十六条', '《中华人民共和国畜牧法》第十条'],
      ['N2', '乙', '行政处罚', '兽药管理条例 第五十七条', '《食品安全法》第一条'],
      ['N3', '丙', '行政强制措施', '《畜牧法》第二十条', ''],
    ],
  );
  expect(missingLawsOf(problems)).toEqual([{ title: '兽药管理条例', rows: [2, 3] }, { title: '中华人民共和国畜牧法', rows: [2, 4] }]);
  // The per-row lines stay in the report; the law in the library is no problem.
  expect(problems.filter((p) => p.code === 'REFERENCE_NOT_FOUND').map((p) => [p.sheetRow, p.column])).toEqual([[2, '设定依据'], [2, '实施依据'], [3, '设定依据'], [4, '设定依据']]);
});
