// Art. 24: an assessment scores all nine items within their weights; the total and grade are computed here, not trusted from the client.
import { fail, ok, type RuleResult } from './result';

export interface ItemWeight { item: number; weight: number }
export interface Grade { key: string; name: string; min: number }
export interface ScoreFacts { item: number; score: number }

export function assertAssessmentComplete(scores: ScoreFacts[], items: readonly ItemWeight[]): RuleResult {
  for (const [index, s] of scores.entries()) {
    const item = items.find((i) => i.item === s.item);
    if (!item) return fail('ASSESSMENT_COMPLETE', `scores.${index}.item`, `考核项目${s.item}不是第二十四条规定的项目。`);
    if (scores.filter((o) => o.item === s.item).length > 1) return fail('ASSESSMENT_COMPLETE', `scores.${index}.item`, `考核项目${s.item}重复评分。`);
    if (!Number.isFinite(s.score) || s.score < 0 || s.score > item.weight) return fail('ASSESSMENT_COMPLETE', `scores.${index}.score`, `考核项目${s.item}得分须在0至${item.weight}分之间。`);
  }
  const missing = items.filter((i) => !scores.some((s) => s.item === i.item)).map((i) => i.item);
  if (missing.length > 0) return fail('ASSESSMENT_COMPLETE', 'scores', `评议考核须对第二十四条规定的九项内容全部评分，尚缺第${missing.join('、')}项。`);
  return ok;
}

/** Sum of item scores, rounded to two decimals so that 0.1 + 0.2 style noise never reaches the record. */
export function assessmentTotal(scores: ScoreFacts[]): number {
  return Math.round(scores.reduce((sum, s) => sum + s.score, 0) * 100) / 100;
}

export function assessmentGrade(total: number, grades: readonly Grade[]): string {
  const sorted = [...grades].sort((a, b) => b.min - a.min);
  return (sorted.find((g) => total >= g.min) ?? sorted[sorted.length - 1]).name;
}
