/** @jest-environment node */
import { titleKey } from './cells';
import { groupMissingLaws } from './missingLaws';

describe('law title normalisation', () => {
  test.each([
    ['《行政处罚法》', '中华人民共和国行政处罚法'],
    ['中华人民共和国行政处罚法', '行政处罚法'],
    [' 《中华人民共和国 行政处罚法》 ', '行政处罚法'],
    ['《兽药管理条例（2020修订）》', '兽药管理条例(2020修订)'],
  ])('%s = %s', (a, b) => expect(titleKey(a)).toBe(titleKey(b)));
  test('different laws stay different', () => expect(titleKey('《行政许可法》')).not.toBe(titleKey('行政处罚法')));
});

test('each missing law is listed once, with every row citing it', () => {
  expect(groupMissingLaws([
    { sheetRow: 5, title: '《行政处罚法》' },
    { sheetRow: 4, title: '中华人民共和国行政处罚法' },
    { sheetRow: 5, title: '行政处罚法' },
    { sheetRow: 7, title: '《兽药管理条例》' },
    { sheetRow: 8, title: '  ' },
  ])).toEqual([{ title: '行政处罚法', rows: [4, 5] }, { title: '兽药管理条例', rows: [7] }]);
});
