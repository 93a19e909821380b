import { STATS_TTL_MS, bigramsOf, cachedCommonBigrams, commonElements, tooCommon, type ElementStats } from '../../../cms/src/search/common-bigrams';

// pg_stats lists elements in their sort order, their shares in the same order, then min, max and the null share.
const STATS: ElementStats = { elems: ['处罚', '草原', '行政'], freqs: [0.698, 0.069, 0.711, 0.001, 0.711, 0] };

/** Lets the background read's promise chain settle. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('commonElements', () => {
  test('keeps the elements in a fifth of the rows or more, not the trailing min/max/null shares', () => {
    expect([...commonElements(STATS)].sort()).toEqual(['处罚', '行政']);
  });

  test('no statistics yet (never analysed): nothing is common', () => {
    expect(commonElements(null).size).toBe(0);
  });
});

describe('tooCommon', () => {
  const common = new Set(['处罚', '行政', '政处', 'gb']);

  test.each([
    ['处罚', true],
    ['草原', false],
    ['GB', true],
    ['行政处罚', true],
    ['行政许可', false],
    ['草', false],
  ])('%s: %s', (term, expected) => {
    expect(tooCommon(term, common)).toBe(expected);
  });

  test('bigrams as nmg_bigrams() makes them: lowered, by character', () => {
    expect(bigramsOf('GB草原')).toEqual(['gb', 'b草', '草原']);
    expect(bigramsOf('𠀀草')).toEqual(['𠀀草']);
  });
});

describe('cachedCommonBigrams', () => {
  test('answers at once (empty before the first read), then from the read, and reads again only after the TTL', async () => {
    let clock = 0;
    let reads = 0;
    const common = cachedCommonBigrams(async () => {
      reads += 1;
      return STATS;
    }, () => clock);
    expect(common().size).toBe(0);
    await settle();
    expect([...common()].sort()).toEqual(['处罚', '行政']);
    clock += STATS_TTL_MS - 1;
    common();
    await settle();
    expect(reads).toBe(1);
    clock += 1;
    common();
    await settle();
    expect(reads).toBe(2);
  });

  test('a failed read keeps the last answer', async () => {
    let clock = 0;
    let fail = false;
    const common = cachedCommonBigrams(async () => {
      if (fail) throw new Error('connection lost');
      return STATS;
    }, () => clock);
    common();
    await settle();
    fail = true;
    clock += STATS_TTL_MS;
    common();
    await settle();
    expect([...common()].sort()).toEqual(['处罚', '行政']);
  });
});
