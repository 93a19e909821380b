import { assertScoreOverride } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const MIN = 10;

describe('第二十四条 SCORE_OVERRIDE: a pre-scored item departs from the computed score only with a written reason', () => {
  test('第二十四条: the score equals the computed one (to two decimals) → ok', () => {
    expectOk(assertScoreOverride([{ item: 4, score: 8.33, autoScore: 8.333, overrideReason: null }], MIN));
  });
  test('第二十四条: an item that was not pre-scored is free → ok', () => {
    expectOk(assertScoreOverride([{ item: 1, score: 3, autoScore: null, overrideReason: null }], MIN));
  });
  test('第二十四条: a different score with a reason of 10 characters → ok', () => {
    expectOk(assertScoreOverride([{ item: 5, score: 10, autoScore: 7.5, overrideReason: '两项职权已于年底前分解到岗' }], MIN));
  });
  test('第二十四条: a different score without a reason → refused on that score’s reason', () => {
    const v = expectFailure(assertScoreOverride([{ item: 4, score: 10, autoScore: 10, overrideReason: null }, { item: 5, score: 10, autoScore: 7.5, overrideReason: null }], MIN), 'SCORE_OVERRIDE', 'scores.1.overrideReason');
    expect(v.message).toContain('第5项');
  });
  test('第二十四条: a reason that is too short → refused', () => {
    expectFailure(assertScoreOverride([{ item: 6, score: 2, autoScore: 5, overrideReason: '不对' }], MIN), 'SCORE_OVERRIDE', 'scores.0.overrideReason');
  });
});
