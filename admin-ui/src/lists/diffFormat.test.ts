// How changed values read: enumerations by name, tables one line per row, blanks dropped.
import { formatItemValue, itemFieldLabelKey } from './diffFormat';

const names: Record<string, string> = {
  'powers.type.penalty': '行政处罚',
  'powers.bases.kind.setting': '设定依据',
  'legal-bases.status.repealed': '已废止',
  'powers.riskPoints.level.high': '高',
  'powers.decomposition.role.handle': '承办',
};
const labels = { enumLabel: (key: string, value: string) => names[`${key}.${value}`] ?? value };

test('plain values as they are; blanks are no value', () => {
  expect(formatItemValue('promisedTimeLimit', '10个工作日', labels)).toEqual(['10个工作日']);
  expect(formatItemValue('statutoryMax', 5000, labels)).toEqual(['5000']);
  expect(formatItemValue('remarks', null, labels)).toEqual([]);
  expect(formatItemValue('remarks', '  ', labels)).toEqual([]);
});

test('enumerations by their names', () => {
  expect(formatItemValue('type', 'penalty', labels)).toEqual(['行政处罚']);
});

test('table fields one line per row', () => {
  expect(formatItemValue('bases', [{ kind: 'setting', legalBasisId: 'lb1', title: '中华人民共和国食品安全法', articles: '第三十五条', basisStatus: 'repealed', excerpt: null }], labels)).toEqual([
    '设定依据：《中华人民共和国食品安全法》第三十五条（已废止）',
  ]);
  expect(formatItemValue('riskPoints', [{ step: '审查', description: '降低条件', level: 'high', measure: '双人审核' }], labels)).toEqual(['审查：降低条件（高） 双人审核']);
  expect(formatItemValue('decomposition', [{ agency: '食品经营监管科', post: '许可审核岗', role: 'handle' }], labels)).toEqual(['食品经营监管科 / 许可审核岗（承办）']);
  expect(formatItemValue('discretion', [{ levelName: '从轻', level: 1, circumstance: '首次违法', penaltyKind: '罚款', min: 0, max: 5000, unit: '元' }], labels)).toEqual(['从轻 首次违法 罚款 0–5000元']);
  expect(formatItemValue('somethingNew', [{ id: 'x', otherId: 'y', note: '甲', extra: 2 }], labels)).toEqual(['甲 / 2']);
});

test('the department of a snapshot item is labelled as the power’s 实施主体', () => {
  expect(itemFieldLabelKey('departmentName')).toBe('resources.powers.fields.department');
  expect(itemFieldLabelKey('promisedTimeLimit')).toBe('resources.powers.fields.promisedTimeLimit');
});
