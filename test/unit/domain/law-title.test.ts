import { assertLawNotDuplicate, findSameLaw, normaliseLawTitle } from '../../../cms/src/domain';

describe('law titles compared as one law (Art. 10)', () => {
  test('《》, the national prefix, spaces and a revision note make no difference', () => {
    const key = normaliseLawTitle('行政许可法');
    for (const t of ['《中华人民共和国行政许可法》', '中华人民共和国行政许可法', '《行政许可法》', ' 行政许可法（2019年修正）', '《中华人民共和国 行政许可法》(2019年修订)']) {
      expect(normaliseLawTitle(t)).toBe(key);
    }
  });
  test('different laws and a trial text stay different', () => {
    expect(normaliseLawTitle('行政处罚法')).not.toBe(normaliseLawTitle('行政许可法'));
    expect(normaliseLawTitle('内蒙古自治区食品安全条例（试行）')).not.toBe(normaliseLawTitle('内蒙古自治区食品安全条例'));
    expect(normaliseLawTitle('中华人民共和国')).toBe('中华人民共和国');
  });
  test('the library entry under another spelling is found; none when absent', () => {
    const library = [{ id: 1, title: '中华人民共和国食品安全法' }, { id: 2, title: '行政许可法' }];
    expect(findSameLaw('《食品安全法》', library)?.id).toBe(1);
    expect(findSameLaw('中华人民共和国行政许可法', library)?.id).toBe(2);
    expect(findSameLaw('《药品管理法》', library)).toBeUndefined();
  });
});

describe('第九条、第十条 LAW_DUPLICATE: a proposed law the library already holds is refused, naming it', () => {
  const library = [{ id: 'doc-food', title: '中华人民共和国食品安全法' }, { id: 'doc-road', title: '《公路法》' }];
  test.each(['食品安全法', '《食品安全法》', '《中华人民共和国食品安全法》', '中华人民共和国 食品安全法（2021年修正）'])('%s is the library\'s 食品安全法', (title) => {
    const result = assertLawNotDuplicate(title, library);
    expect(result).toMatchObject({ ok: false, code: 'LAW_DUPLICATE', field: 'title', existingId: 'doc-food', article: '第九条、第十条' });
    expect(result.ok ? '' : result.message).toContain('已收录《中华人民共和国食品安全法》');
  });
  test('the short name in the library matches the full name proposed', () => {
    expect(assertLawNotDuplicate('中华人民共和国公路法', library)).toMatchObject({ ok: false, existingId: 'doc-road' });
  });
  test('a law not in the library passes', () => {
    expect(assertLawNotDuplicate('《兽药管理条例》', library)).toEqual({ ok: true });
  });
});
