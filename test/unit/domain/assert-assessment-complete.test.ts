import {
  ARTICLE,
  assertAssessmentComplete,
  assessmentGrade,
  assessmentTotal,
  type Grade,
  type ItemWeight,
  type ScoreFacts,
} from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

/** The nine items of Art. 24 with their weights, as in config/assessment.json. */
const ITEMS: readonly ItemWeight[] = [
  { item: 1, weight: 10 },
  { item: 2, weight: 15 },
  { item: 3, weight: 15 },
  { item: 4, weight: 10 },
  { item: 5, weight: 10 },
  { item: 6, weight: 10 },
  { item: 7, weight: 15 },
  { item: 8, weight: 10 },
  { item: 9, weight: 5 },
];
const GRADES: readonly Grade[] = [
  { key: 'excellent', name: '优秀', min: 90 },
  { key: 'good', name: '良好', min: 80 },
  { key: 'pass', name: '合格', min: 60 },
  { key: 'fail', name: '不合格', min: 0 },
];

/** Full marks on every item, with per-item overrides (score) and removals (null). */
const scores = (o: Record<number, number | null> = {}): ScoreFacts[] =>
  ITEMS.flatMap(({ item, weight }) => {
    const s = item in o ? o[item] : weight;
    return s === null ? [] : [{ item, score: s }];
  });
const s = (item: number, score: number): ScoreFacts => ({ item, score });

describe('ASSESSMENT_COMPLETE (Art. 24)', () => {
  test('the rule cites 第二十四条', () => {
    expect(ARTICLE.ASSESSMENT_COMPLETE).toBe('第二十四条');
  });

  test.each<{ title: string; sc: ScoreFacts[] }>([
    { title: '第二十四条 (Art. 24): full marks on all nine items are accepted', sc: scores() },
    { title: '第二十四条 (Art. 24): zero on every item is accepted', sc: scores({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 }) },
    { title: '第二十四条 (Art. 24): decimal scores within the weights are accepted', sc: scores({ 2: 12.5, 7: 14.75, 9: 0.5 }) },
    { title: '第二十四条 (Art. 24): scores in any order are accepted', sc: [...scores()].reverse() },
  ])('$title', ({ sc }) => {
    expectOk(assertAssessmentComplete(sc, ITEMS));
  });

  test.each<{ title: string; sc: ScoreFacts[]; expectField: string; says: string }>([
    { title: '第二十四条 (Art. 24): a score for an item outside the nine is refused', sc: [...scores(), s(10, 5)], expectField: 'scores.9.item', says: '考核项目10不是第二十四条规定的项目' },
    { title: '第二十四条 (Art. 24): item 0 is not an Art. 24 item', sc: [s(0, 1), ...scores()], expectField: 'scores.0.item', says: '考核项目0不是' },
    { title: '第二十四条 (Art. 24): an item scored twice is refused at its first occurrence', sc: [...scores(), s(3, 1)], expectField: 'scores.2.item', says: '考核项目3重复评分' },
    { title: '第二十四条 (Art. 24): a negative score is refused', sc: scores({ 4: -1 }), expectField: 'scores.3.score', says: '考核项目4得分须在0至10分之间' },
    { title: '第二十四条 (Art. 24): a score above the item weight is refused', sc: scores({ 9: 5.5 }), expectField: 'scores.8.score', says: '考核项目9得分须在0至5分之间' },
    { title: '第二十四条 (Art. 24): a score above a 15-point weight is refused', sc: scores({ 2: 16 }), expectField: 'scores.1.score', says: '得分须在0至15分之间' },
    { title: '第二十四条 (Art. 24): missing items are refused and listed', sc: scores({ 3: null, 7: null }), expectField: 'scores', says: '九项内容全部评分，尚缺第3、7项' },
    { title: '第二十四条 (Art. 24): an assessment with no scores is refused', sc: [], expectField: 'scores', says: '尚缺第1、2、3、4、5、6、7、8、9项' },
    { title: '第二十四条 (Art. 24): a bad score is reported before missing items', sc: [s(1, 11)], expectField: 'scores.0.score', says: '得分须在0至10分之间' },
    { title: '第二十四条 (Art. 24): a NaN score is refused', sc: scores({ 5: NaN }), expectField: 'scores.4.score', says: '考核项目5得分须在0至10分之间' },
    { title: '第二十四条 (Art. 24): a NaN score on the first item is refused at its index', sc: scores({ 1: NaN }), expectField: 'scores.0.score', says: '考核项目1得分须在0至10分之间' },
    { title: '第二十四条 (Art. 24): a NaN score is reported before missing items', sc: [s(7, NaN)], expectField: 'scores.0.score', says: '得分须在0至15分之间' },
  ])('$title', ({ sc, expectField, says }) => {
    expect(expectFailure(assertAssessmentComplete(sc, ITEMS), 'ASSESSMENT_COMPLETE', expectField).message).toContain(says);
  });
});

describe('assessmentTotal (Art. 24)', () => {
  test.each<{ title: string; sc: ScoreFacts[]; total: number }>([
    { title: '第二十四条 (Art. 24): no scores total 0', sc: [], total: 0 },
    { title: '第二十四条 (Art. 24): full marks total 100', sc: scores(), total: 100 },
    { title: '第二十四条 (Art. 24): 0.1 + 0.2 totals exactly 0.3', sc: [s(1, 0.1), s(2, 0.2)], total: 0.3 },
    { title: '第二十四条 (Art. 24): decimal scores are summed without float noise', sc: [s(1, 8.5), s(2, 12.25), s(3, 14.75), s(4, 0.7), s(5, 0.1)], total: 36.3 },
    { title: '第二十四条 (Art. 24): the total is rounded to two decimals', sc: [s(1, 1.111), s(2, 2.222)], total: 3.33 },
    { title: '第二十四条 (Art. 24): a third decimal of 5 rounds up', sc: [s(1, 10.125)], total: 10.13 },
    { title: '第二十四条 (Art. 24): thirds add up to a whole after rounding', sc: [s(1, 0.333), s(2, 0.333), s(3, 0.334)], total: 1 },
  ])('$title', ({ sc, total }) => {
    expect(assessmentTotal(sc)).toBe(total);
  });
});

describe('assessmentGrade (Art. 24)', () => {
  test.each<{ title: string; total: number; grade: string }>([
    { title: '第二十四条 (Art. 24): 100 is 优秀', total: 100, grade: '优秀' },
    { title: '第二十四条 (Art. 24): exactly 90 is 优秀', total: 90, grade: '优秀' },
    { title: '第二十四条 (Art. 24): 89.99 is 良好', total: 89.99, grade: '良好' },
    { title: '第二十四条 (Art. 24): exactly 80 is 良好', total: 80, grade: '良好' },
    { title: '第二十四条 (Art. 24): 79.99 is 合格', total: 79.99, grade: '合格' },
    { title: '第二十四条 (Art. 24): exactly 60 is 合格', total: 60, grade: '合格' },
    { title: '第二十四条 (Art. 24): 59.99 is 不合格', total: 59.99, grade: '不合格' },
    { title: '第二十四条 (Art. 24): 0 is 不合格', total: 0, grade: '不合格' },
    { title: '第二十四条 (Art. 24): a total below every minimum falls to the lowest grade', total: -5, grade: '不合格' },
  ])('$title', ({ total, grade }) => {
    expect(assessmentGrade(total, GRADES)).toBe(grade);
  });

  test('第二十四条 (Art. 24): grades given in any order give the same result and are not reordered', () => {
    const shuffled: Grade[] = [GRADES[2], GRADES[0], GRADES[3], GRADES[1]];
    const before = shuffled.map((g) => g.key);
    expect([95, 85, 65, 10].map((t) => assessmentGrade(t, shuffled))).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(shuffled.map((g) => g.key)).toEqual(before);
  });

  test('第二十四条 (Art. 24): the grade follows the computed total', () => {
    expect(assessmentGrade(assessmentTotal(scores({ 2: 5, 3: 5 })), GRADES)).toBe('良好');
    expect(assessmentGrade(assessmentTotal(scores({ 1: 9.95, 9: 0 })), GRADES)).toBe('优秀');
  });
});
