import { loadConfig } from '@nmg/config';
import { powerRowFailures } from '../../../cms/src/domain';

const types = loadConfig().powerTypes.types;
const codes = (data: Record<string, unknown>) => powerRowFailures(data, types).map((f) => `${f.field}:${f.code}:${f.article}`);

test.each([
  ['第十条、第四条: no basis and a bad type, both', { code: 'A', name: 'x', type: '行政命令', adjustment: 'adj' }, ['type:TYPE_UNKNOWN:第十条', 'bases:BASIS_REQUIRED:第四条、第九条']],
  ['第十条: no name, no code, no type', { bases: [{ legalBasis: 'l', articles: '第一条' }], adjustment: 'adj' }, ['name:NAME_REQUIRED:第十条', 'code:CODE_REQUIRED:第十条', 'type:TYPE_UNKNOWN:第十条']],
  ['第九条: a citation without law or article', { code: 'A', name: 'x', type: 'penalty', bases: [{ articles: ' ' }], adjustment: 'adj' }, ['bases.0.legalBasis:BASIS_REQUIRED:第四条、第九条', 'bases.0.articles:BASIS_REQUIRED:第四条、第九条']],
  ['第十一条: a new power without an adjustment', { code: 'A', name: 'x', type: 'penalty', bases: [{ legalBasis: 'l', articles: '第一条' }] }, ['adjustment:CATALOGUE_ONLY:第十一条']],
  ['a complete row passes', { code: 'A', name: 'x', type: 'penalty', bases: [{ legalBasis: 'l', articles: '第一条' }], adjustment: 'adj' }, []],
])('%s', (_title, data, expected) => {
  expect(codes(data)).toEqual(expected);
});

test('an unknown type names the accepted types in Chinese', () => {
  const [f] = powerRowFailures({ code: 'A', name: 'x', type: 'bogus', bases: [{ legalBasis: 'l', articles: '1' }], adjustment: 'a' }, types);
  expect(f.message).toMatch(/第十条.*“bogus”.*行政许可、行政确认/);
});
