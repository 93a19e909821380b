import { loadConfig } from '@nmg/config';
import { missingLaws, normaliseLawTitle, rowIssues, splitCitations } from '../../../cms/src/domain';

const types = loadConfig().powerTypes;
const libraryKeys = new Set(['中华人民共和国食品安全法', '行政许可法'].map(normaliseLawTitle));
const ctx = { types, libraryKeys, headers: { name: '职权名称', type: '职权类型', basis: '设定依据' } };

test('basis cells split into law and articles: one a line, several 《》 on a line, a bare title', () => {
  expect(splitCitations('《中华人民共和国食品安全法》第三十五条\n《行政许可法》')).toEqual([
    { title: '中华人民共和国食品安全法', articles: '第三十五条' }, { title: '行政许可法', articles: '' },
  ]);
  expect(splitCitations('《城乡规划法》第三十七条\n第三十八条')).toEqual([{ title: '城乡规划法', articles: '第三十七条、第三十八条' }]);
  expect(splitCitations('中华人民共和国道路运输条例第十条')).toEqual([{ title: '中华人民共和国道路运输条例', articles: '第十条' }]);
  expect(splitCitations('')).toEqual([]);
});

test('a row with no basis and a bad type reports both, each with its column and article', () => {
  const issues = rowIssues(7, { name: '责令改正', type: '行政命令' }, ctx);
  expect(issues.map((i) => [i.code, i.column])).toEqual([['TYPE_UNKNOWN', '职权类型'], ['BASIS_REQUIRED', '设定依据']]);
  expect(issues[0].message).toMatch(/第十条.*行政许可/);
  expect(issues[1].message).toMatch(/第四条/);
});

test('a passing row has no issue; a law outside the library and a citation without article are reported', () => {
  expect(rowIssues(4, { name: '食品经营许可', type: '行政许可', basis: '《食品安全法》第三十五条' }, ctx)).toEqual([]);
  expect(rowIssues(5, { name: '许可', type: '行政许可', basis: '《行政许可法》\n《公路法》第六十九条' }, ctx).map((i) => i.code)).toEqual(['BASIS_REQUIRED', 'LAW_NOT_IN_LIBRARY']);
  expect(rowIssues(6, { type: '监督检查', basis: '《食品安全法》第八十七条' }, ctx).map((i) => i.code)).toEqual(['NAME_REQUIRED']);
});

test('missing laws are listed once per law, with every row citing them under any spelling', () => {
  const rows = [
    { line: 4, values: { basis: '《公路法》第六十九条' } },
    { line: 5, values: { basis: '《中华人民共和国公路法》第七十条\n《食品安全法》第一条' } },
    { line: 6, values: { basis: '《土地管理法》第七十七条' } },
  ];
  expect(missingLaws(rows, libraryKeys)).toEqual([
    { title: '公路法', key: '公路法', lines: [4, 5] },
    { title: '土地管理法', key: '土地管理法', lines: [6] },
  ]);
});
