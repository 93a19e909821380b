// Art. 4, 9, 10, 11: the preview shows every failing rule of a row, each under its column.
import { parseImportReport, reportProblems } from './importClient';
import { mergeProblems } from './useImportRun';
import type { ColumnMapping } from './headerMapping';
import type { RowProblem } from './types';

const mapping = [
  { column: 0, header: '项目名称', target: 'name' },
  { column: 1, header: '权力分类', target: 'type' },
  { column: 2, header: '设定依据', target: 'bases' },
] as unknown as ColumnMapping[];

const server = parseImportReport({
  total: 1, passed: 0, failed: 1, committed: false,
  rows: [{ index: 0, ok: false, code: 'VALIDATION', message: 'x', failures: [
    { field: 'type', code: 'TYPE_UNKNOWN', article: '第十条', message: '依据…第十条，职权类型为空' },
    { field: 'bases', code: 'BASIS_REQUIRED', article: '第四条、第九条', message: '依据…第四条、第九条，须列明依据' },
    { field: 'adjustment', code: 'CATALOGUE_ONLY', article: '第十一条', message: '第十一条' },
  ] }],
});

test('a server report with every failure becomes one line per failure, under the column of its field', () => {
  const problems = reportProblems(server, [{ sheetRow: 7, record: {}, ok: false }], mapping);
  expect(problems.map((p) => [p.sheetRow, p.column, p.code])).toEqual([[7, '权力分类', 'TYPE_UNKNOWN'], [7, '设定依据', 'BASIS_REQUIRED'], [7, '', 'CATALOGUE_ONLY']]);
});

test('a cell the console already refused (an unknown type word) is not reported twice; the other failures stay', () => {
  const client: RowProblem[] = [{ sheetRow: 7, column: '权力分类', code: 'INVALID_VALUE', source: 'client', message: '“行政命令”不是有效的权力类型' }];
  const merged = mergeProblems(client, reportProblems(server, [{ sheetRow: 7, record: {}, ok: false }], mapping));
  expect(merged.map((p) => p.code)).toEqual(['INVALID_VALUE', 'BASIS_REQUIRED', 'CATALOGUE_ONLY']);
});
