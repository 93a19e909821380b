import { articleOptionsOf, joinArticles, splitArticles } from './articles';

describe('splitArticles: the stored text into picker entries', () => {
  it.each([
    { value: '第十条', expected: ['第十条'] },
    { value: '第十条、第十二条第一款', expected: ['第十条', '第十二条第一款'] },
    { value: '第十条，第十一条,第十二条；第十三条;第十四条\n第十五条', expected: ['第十条', '第十一条', '第十二条', '第十三条', '第十四条', '第十五条'] },
    { value: ' 第十条 第一款 、、 第十条 第一款', expected: ['第十条 第一款'] },
    { value: '', expected: [] },
    { value: null, expected: [] },
    { value: 10, expected: [] },
  ])('$value', ({ value, expected }) => {
    expect(splitArticles(value)).toEqual(expected);
  });
});

describe('joinArticles: picker entries into the stored text, joined by 、', () => {
  it.each([
    { entries: [], expected: '' },
    { entries: ['第十条'], expected: '第十条' },
    { entries: ['第十条', '第十二条'], expected: '第十条、第十二条' },
    { entries: ['第十条', ' 第十条 ', ''], expected: '第十条' },
    { entries: ['第十条', '第十一条，第十二条'], expected: '第十条、第十一条、第十二条' },
  ])('$entries', ({ entries, expected }) => {
    expect(joinArticles(entries)).toBe(expected);
  });

  it('round-trips with splitArticles', () => {
    const text = '第三十条、第三十一条第二款、第三十二条';
    expect(joinArticles(splitArticles(text))).toBe(text);
  });
});

describe('articleOptionsOf: the articles component of a legal-basis record', () => {
  it.each([
    { title: 'no record yet', record: undefined, expected: [] },
    { title: 'no articles stored', record: { id: 'x', title: '食品安全法' }, expected: [] },
    { title: 'articles not an array', record: { articles: '第一条' }, expected: [] },
    {
      title: 'numbers with their text; entries without a number skipped',
      record: { articles: [{ number: ' 第三十五条 ', text: '国家对食品生产经营实行许可制度。' }, { number: '第三十六条' }, { text: '无编号' }, { number: '' }, null] },
      expected: [
        { number: '第三十五条', text: '国家对食品生产经营实行许可制度。' },
        { number: '第三十六条', text: '' },
      ],
    },
  ])('$title', ({ record, expected }) => {
    expect(articleOptionsOf(record)).toEqual(expected);
  });
});
