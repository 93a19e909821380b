import { bigramServes, characters, withBigramSearch, type IdSubqueries } from '../../../cms/src/search/bigram-filters';

/** Stands in for the knex subquery: records the term it was made for. */
const ids = (term: string) => ({ subqueryFor: term });
const NAME: IdSubqueries = new Map([['name', ids]]);
/** A subquery maker that serves nothing (a term the index does not help). */
const NONE: IdSubqueries = new Map([['name', () => null]]);

describe('withBigramSearch', () => {
  test('the console name_q filter becomes an id subquery for its term', () => {
    expect(withBigramSearch({ name: { $containsi: '草原' } }, NAME)).toEqual({ $and: [{ id: { $in: { subqueryFor: '草原' } } }] });
  });

  test("the scope middleware's filter next to it is kept as it is", () => {
    const scope = { department: { documentId: { $eq: 'dept-1' } } };
    expect(withBigramSearch({ $and: [{ name: { $containsi: '食品' } }, scope] }, NAME)).toEqual({
      $and: [{ $and: [{ id: { $in: { subqueryFor: '食品' } } }] }, scope],
    });
  });

  test('other conditions of the same object stay, an id condition included', () => {
    expect(withBigramSearch({ id: { $in: [1, 2] }, type: { $eq: 'penalty' }, name: { $containsi: 'GB' } }, NAME)).toEqual({
      id: { $in: [1, 2] },
      type: { $eq: 'penalty' },
      $and: [{ id: { $in: { subqueryFor: 'GB' } } }],
    });
  });

  test('an existing $and of the same object is kept and extended', () => {
    expect(withBigramSearch({ $and: [{ status: { $eq: 'valid' } }], name: { $containsi: '药品' } }, NAME)).toEqual({
      $and: [{ status: { $eq: 'valid' } }, { id: { $in: { subqueryFor: '药品' } } }],
    });
  });

  test('inside $or (the console q search over every text field) the name branch is replaced too', () => {
    expect(withBigramSearch({ $or: [{ code: { $containsi: '草原' } }, { name: { $containsi: '草原' } }] }, NAME)).toEqual({
      $or: [{ code: { $containsi: '草原' } }, { $and: [{ id: { $in: { subqueryFor: '草原' } } }] }],
    });
  });

  test.each([
    ['under $not (NOT IN would keep rows with no name)', { $not: { name: { $containsi: '草原' } } }],
    ["a relation's name (another table)", { department: { name: { $containsi: '草原' } } }],
    ['another operator', { name: { $eq: '草原' } }],
    ['$containsi combined with another operator', { name: { $containsi: '草原', $ne: '草原监管' } }],
    ['a number as the term', { name: { $containsi: 12 } }],
    ['a plain value (implicit $eq)', { name: '草原' }],
    ['an attribute without a bigram index', { code: { $containsi: '草原' } }],
    ['a malformed $and (Strapi refuses it itself)', { $and: { name: { $containsi: '草原' } } }],
  ])('leaves %s unchanged', (_label, filters) => {
    expect(withBigramSearch(filters, NAME)).toEqual(filters);
  });

  test('a term the subquery maker does not serve stays a $containsi', () => {
    expect(withBigramSearch({ name: { $containsi: '草' } }, NONE)).toEqual({ name: { $containsi: '草' } });
  });

  test('does not change the filter it was given', () => {
    const filters = { $and: [{ name: { $containsi: '草原' } }] };
    withBigramSearch(filters, NAME);
    expect(filters).toEqual({ $and: [{ name: { $containsi: '草原' } }] });
  });

  test('a key named __proto__ stays an own key, not the prototype', () => {
    const filters = JSON.parse('{"__proto__": {"x": 1}, "name": {"$containsi": "草原"}}') as unknown;
    const out = withBigramSearch(filters, NAME) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', '$and']);
  });
});

describe('bigramServes', () => {
  test.each([
    ['草', true, false],
    ['草', false, false],
    ['草原', true, true],
    ['GB', true, true],
    ['进货查验', true, false],
    ['进货查验', false, true],
    ['', false, false],
  ])('%s with trigram index %s: %s', (term, trigrams, served) => {
    expect(bigramServes(term, trigrams)).toBe(served);
  });

  test('counts characters as PostgreSQL does, not UTF-16 units', () => {
    // U+20000 is one character in two UTF-16 units: one character has no bigram.
    expect('𠀀'.length).toBe(2);
    expect(characters('𠀀')).toBe(1);
    expect(bigramServes('𠀀', true)).toBe(false);
    expect(bigramServes('𠀀草', true)).toBe(true);
  });
});
