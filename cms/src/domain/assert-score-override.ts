// Art. 24: items 4–7 are pre-scored from the system's own data (adjustment tasks, decomposition,
// certified officers and responsibilities, filings and legal reviews); an assessor who departs from
// the computed score says why in writing, so the figure and the judgement stay side by side.
import { fail, ok, type RuleResult } from './result';

export interface ScoreOverrideFacts {
  item: number;
  score: number;
  autoScore: number | null;
  overrideReason: string | null;
}

/** Scores count as equal to two decimals, as they are stored. */
const same = (a: number, b: number): boolean => Math.round(a * 100) === Math.round(b * 100);

export function assertScoreOverride(scores: readonly ScoreOverrideFacts[], minReasonLength: number): RuleResult {
  for (const [index, s] of scores.entries()) {
    if (s.autoScore === null || same(s.score, s.autoScore)) continue;
    if ((s.overrideReason ?? '').trim().length < minReasonLength) {
      return fail('SCORE_OVERRIDE', `scores.${index}.overrideReason`, `第${s.item}项得分（${s.score}）与系统按数据计算的得分（${s.autoScore}）不同，须写明不少于${minReasonLength}个字的调整理由。`);
    }
  }
  return ok;
}
