import { importHeadersFile, loadConfig } from '@nmg/config';
import { dataRows, findHeaderRow } from '../../../cms/src/domain';

const table = loadConfig().importHeaders;

describe('the header table (config/import-headers.json, Art. 10)', () => {
  test('real lists\u2019 column names map to fields', () => {
    const header = findHeaderRow([['项目名称', '权力分类', '事项编码', '实施主体', '责任科室', '实施依据', '问责情形', '廉政风险点']], table);
    expect(header?.columns).toEqual({ name: 0, type: 1, code: 2, department: 3, agency: 4, basis: 5, accountability: 6, riskPoints: 7 });
    expect(header?.unknown).toEqual([]);
  });
  test('a synonym that names two fields is refused by the schema', () => {
    expect(importHeadersFile.safeParse({ fields: { name: ['名称'], type: ['名称'] }, required: ['name'] }).success).toBe(false);
    expect(importHeadersFile.safeParse({ fields: { name: ['名称'] }, required: ['type'] }).success).toBe(false);
  });
});

describe('header-row detection', () => {
  const sheet = [
    ['某某旗市场监督管理局权责清单', null, null, null],
    ['（2024年版）'],
    ['序号', '职权\n名称', '职权 类型', '设定依据', '自定栏目'],
    [1, '食品经营许可', '行政许可', '《食品安全法》第三十五条\n《行政许可法》'],
    [],
    ['', '', '', ''],
    [2, '食品抽检', '监督检查', ''],
  ];
  test('the header on row 3 under merged title rows is found; unknown headers listed', () => {
    const header = findHeaderRow(sheet, table);
    expect(header?.rowIndex).toBe(2);
    expect(header?.columns).toMatchObject({ name: 1, type: 2, basis: 3 });
    expect(header?.unknown).toEqual([{ column: 0, header: '序号' }, { column: 4, header: '自定栏目' }]);
  });
  test('a mapping remembered for the department names an unknown header', () => {
    expect(findHeaderRow(sheet, table, { 自定栏目: 'remarks' })?.columns.remarks).toBe(4);
  });
  test('blank rows skipped, multi-line cells kept line by line, sheet line numbers kept', () => {
    const header = findHeaderRow(sheet, table);
    if (!header) throw new Error('no header');
    expect(dataRows(sheet, header)).toEqual([
      { line: 4, values: { name: '食品经营许可', type: '行政许可', basis: '《食品安全法》第三十五条\n《行政许可法》' } },
      { line: 7, values: { name: '食品抽检', type: '监督检查' } },
    ]);
  });
  test('no row naming the required fields: none found', () => {
    expect(findHeaderRow([['标题'], ['序号', '名称说明']], table)).toBeUndefined();
  });
});
