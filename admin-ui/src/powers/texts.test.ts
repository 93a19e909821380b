import { i18nProvider } from '../providers/i18nProvider';
import { enumKeyChain, POWER_ENUMS } from './texts';

describe('enumKeyChain: the resource key first, then the catalogue fallback by field name', () => {
  it.each([
    ['powers.type', 'penalty', ['enums.powers.type.penalty', 'enums.type.penalty']],
    ['powers.bases.kind', 'setting', ['enums.powers.bases.kind.setting', 'enums.kind.setting']],
    ['powers.decomposition.role', 'legal-review', ['enums.powers.decomposition.role.legal-review', 'enums.role.legal-review']],
    ['legal-bases.status', 'repealed', ['enums.legal-bases.status.repealed', 'enums.status.repealed']],
  ] as const)('%s.%s', (name, value, keys) => {
    expect(enumKeyChain(name, value)).toEqual(keys);
  });

  it('offers the eleven power types and the four decomposition roles, named by the catalogue', () => {
    expect(POWER_ENUMS['powers.type']).toHaveLength(11);
    expect(i18nProvider.translate(enumKeyChain('powers.type', 'penalty')[0])).toBe('行政处罚');
    expect(POWER_ENUMS['powers.decomposition.role'].map((role) => i18nProvider.translate(enumKeyChain('powers.decomposition.role', role)[0]))).toEqual(['承办', '审核', '批准', '法制审核']);
  });
});
