// Art. 25: an assessment made under a plan follows it: the plan's government assesses, in the plan's
// year, by a method the plan weighs (self, mutual, internal, external), while the plan is open.
import { fail, ok, type RuleResult } from './result';

export interface PlanFacts {
  year: number;
  governmentId: string | null;
  state: string;
  weights: Record<'self' | 'mutual' | 'internal' | 'external', number>;
}

export function assertAssessmentPlan(assessment: { year: number; method: string; assessorGovernmentId: string | null; assessorDepartmentGovernmentId: string | null }, plan: PlanFacts | null): RuleResult {
  if (!plan) return ok;
  if (plan.state === 'closed') return fail('ASSESSMENT_PLAN', 'plan', '该评议考核方案已结束，不能再登记评议考核。');
  if (assessment.year !== plan.year) return fail('ASSESSMENT_PLAN', 'year', `评议考核年度须与方案年度（${plan.year}年）一致。`);
  const government = assessment.assessorGovernmentId ?? assessment.assessorDepartmentGovernmentId;
  if (government !== plan.governmentId) return fail('ASSESSMENT_PLAN', 'plan', '只能按本级人民政府制定的评议考核方案登记评议考核。');
  const weight = plan.weights[assessment.method as keyof PlanFacts['weights']];
  if (!(weight > 0)) return fail('ASSESSMENT_PLAN', 'method', '该方案未安排此种考核方式（权重为0）。');
  return ok;
}

/** A plan's weights of the four parts add up to 100 (Art. 25: 自查与互评、内部与外部评议相结合). */
export function assertPlanWeights(weights: PlanFacts['weights']): RuleResult {
  const sum = Math.round((weights.self + weights.mutual + weights.internal + weights.external) * 100) / 100;
  if (sum !== 100) return fail('ASSESSMENT_PLAN', 'weightInternal', `自查、互评、内部评议和外部评议的权重之和须为100，现为${sum}。`);
  return ok;
}
