import { enumKeyChain, enumsZh } from './texts';

describe('enumKeyChain: the resource key first, then the catalogue fallback by field name', () => {
  it.each([
    ['powers.type', 'penalty', ['enums.powers.type.penalty', 'enums.type.penalty']],
    ['powers.bases.kind', 'setting', ['enums.powers.bases.kind.setting', 'enums.kind.setting']],
    ['powers.decomposition.role', 'legal-review', ['enums.powers.decomposition.role.legal-review', 'enums.role.legal-review']],
    ['legal-bases.status', 'repealed', ['enums.legal-bases.status.repealed', 'enums.status.repealed']],
  ] as const)('%s.%s', (name, value, keys) => {
    expect(enumKeyChain(name, value)).toEqual(keys);
  });

  it('has Chinese names for the eleven power types and the four decomposition roles', () => {
    expect(Object.keys(enumsZh['powers.type'])).toHaveLength(11);
    expect(enumsZh['powers.type'].penalty).toBe('行政处罚');
    expect(enumsZh['powers.decomposition.role']).toEqual({ handle: '承办', review: '审核', approve: '批准', 'legal-review': '法制审核' });
  });
});
