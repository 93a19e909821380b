// Items 4–7 of Art. 24 pre-scored from counted facts, against figures worked out by hand.
import { compositeScore, prescoreItems, rankByScore, ratingPoints, sumPrescoreFacts, type PrescoreFacts } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src';

const WEIGHTS = new Map(loadConfig().assessment.items.map((i) => [i.item, i.weight]));
const NONE: PrescoreFacts = { tasksDue: 0, tasksOnTime: 0, activePowers: 0, powersDecomposed: 0, postsWithPowers: 0, postsStaffed: 0, filings: 0, filingsReviewedInTime: 0, filingsFiledInTime: 0, enforcementRecords: 0, enforcementRecordsComplete: 0 };

describe('第二十四条 pre-scoring of items 4–7', () => {
  test('第二十四条: 12 tasks, 10 on time → 10 × 10/12 = 8.33 of 10, with the figures', () => {
    const [item4] = prescoreItems({ ...NONE, tasksDue: 12, tasksOnTime: 10 }, WEIGHTS);
    expect(item4).toMatchObject({ item: 4, autoScore: 8.33 });
    expect(item4.summary).toBe('调整任务 12 项，按期完成 10 项 → 8.33/10');
    expect(item4.figures).toEqual([{ key: 'tasksDue', label: '到期调整任务', value: 12 }, { key: 'tasksOnTime', label: '按期完成', value: 10 }]);
  });
  test('第二十四条: 40 powers, 30 decomposed → 7.5 of 10; 8 posts, 6 staffed → 7.5 of 10', () => {
    const items = prescoreItems({ ...NONE, activePowers: 40, powersDecomposed: 30, postsWithPowers: 8, postsStaffed: 6 }, WEIGHTS);
    expect(items.map((i) => i.autoScore)).toEqual([10, 7.5, 7.5, 15]);
  });
  test('第二十四条: 4 filings, 3 reviewed before the decision, 2 filed on time → 15 × 5/8 = 9.38 of 15', () => {
    const item7 = prescoreItems({ ...NONE, filings: 4, filingsReviewedInTime: 3, filingsFiledInTime: 2 }, WEIGHTS)[3];
    expect(item7.autoScore).toBe(9.38);
    expect(item7.ratio).toBe(0.625);
  });
  test('第十四条、第二十四条: 执法全过程记录 8 of 10 complete, no filings → item 7 is 15 × 0.8 = 12, with the counts', () => {
    const item7 = prescoreItems({ ...NONE, enforcementRecords: 10, enforcementRecordsComplete: 8 }, WEIGHTS)[3];
    expect({ autoScore: item7.autoScore, ratio: item7.ratio }).toEqual({ autoScore: 12, ratio: 0.8 });
    expect(item7.summary).toBe('考核期内无重大行政处罚决定；执法全过程记录 10 件，记录完整 8 件（80%） → 12/15');
    expect(item7.figures.map((f) => [f.key, f.value])).toContainEqual(['enforcementRecordsComplete', 8]);
  });
  test('第十四条、第二十四条: with filings too, item 7 is the mean of the two shares (5/8 and 1/2 → 15 × 0.5625 = 8.44)', () => {
    const item7 = prescoreItems({ ...NONE, filings: 4, filingsReviewedInTime: 3, filingsFiledInTime: 2, enforcementRecords: 4, enforcementRecordsComplete: 2 }, WEIGHTS)[3];
    expect({ autoScore: item7.autoScore, ratio: item7.ratio }).toEqual({ autoScore: 8.44, ratio: 0.5625 });
  });
  test('第十四条: the records feed the item config names (here 6), not item 7', () => {
    const items = prescoreItems({ ...NONE, enforcementRecords: 2, enforcementRecordsComplete: 1 }, WEIGHTS, 6);
    expect(items.map((i) => i.autoScore)).toEqual([10, 10, 5, 15]);
  });
  test('第二十四条: nothing to count scores in full and says so', () => {
    const items = prescoreItems(NONE, WEIGHTS);
    expect(items.map((i) => i.autoScore)).toEqual([10, 10, 10, 15]);
    expect(items.every((i) => i.ratio === null)).toBe(true);
    expect(items[0].summary).toContain('无到期的调整任务');
  });
  test('第二十四条: a government’s facts are its departments’ added up', () => {
    expect(sumPrescoreFacts([{ ...NONE, tasksDue: 2, tasksOnTime: 1 }, { ...NONE, tasksDue: 3, tasksOnTime: 3, filings: 1 }])).toEqual({ ...NONE, tasksDue: 5, tasksOnTime: 4, filings: 1 });
  });
});

describe('第二十二条、第二十五条 combined result and ranking', () => {
  const weights = { self: 10, mutual: 10, internal: 60, external: 20 };
  test('第二十五条: parts combine by the plan’s weights; missing parts are left out and the rest rescaled', () => {
    expect(compositeScore({ self: 90, mutual: 80, internal: 85, external: 70 }, weights)).toBe(82);
    // (90×10 + 85×60) / 70 = 85.71
    expect(compositeScore({ self: 90, mutual: null, internal: 85, external: null }, weights)).toBe(85.71);
    expect(compositeScore({ self: null, mutual: null, internal: null, external: null }, weights)).toBeNull();
  });
  test('第二十五条: a 4.2 average on a five-point form is 84 points', () => {
    expect(ratingPoints(4.2, 5)).toBe(84);
  });
  test('第二十二条: competition ranking, ties share a place', () => {
    expect(rankByScore([{ score: 80, n: 'a' }, { score: 91, n: 'b' }, { score: 80, n: 'c' }, { score: 70, n: 'd' }]).map((r) => [r.n, r.rank])).toEqual([['b', 1], ['a', 2], ['c', 2], ['d', 4]]);
  });
});
