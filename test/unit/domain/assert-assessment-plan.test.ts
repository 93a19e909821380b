import { assertAssessmentPlan, assertPlanWeights, type PlanFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const plan: PlanFacts = { year: 2025, governmentId: 'league', state: 'active', weights: { self: 10, mutual: 10, internal: 60, external: 20 } };
const a = (o: Partial<Parameters<typeof assertAssessmentPlan>[0]> = {}) => ({ year: 2025, method: 'internal', assessorGovernmentId: 'league', assessorDepartmentGovernmentId: null, ...o });

describe('第二十五条 ASSESSMENT_PLAN: an assessment under a plan follows it', () => {
  test('第二十五条: the plan’s government assesses in the plan’s year by a weighed method → ok', () => {
    expectOk(assertAssessmentPlan(a(), plan));
    expectOk(assertAssessmentPlan(a({ method: 'self', assessorGovernmentId: null, assessorDepartmentGovernmentId: 'league' }), plan));
    expectOk(assertAssessmentPlan(a({ year: 1999 }), null));
  });
  test.each([
    ['another year', a({ year: 2024 }), plan, 'year'],
    ['another government', a({ assessorGovernmentId: 'county' }), plan, 'plan'],
    ['a method the plan gives no weight', a({ method: 'mutual' }), { ...plan, weights: { ...plan.weights, mutual: 0 } }, 'method'],
    ['a closed plan', a(), { ...plan, state: 'closed' }, 'plan'],
  ] as const)('第二十五条: %s → refused', (_t, assessment, p, field) => {
    expectFailure(assertAssessmentPlan(assessment, p), 'ASSESSMENT_PLAN', field);
  });
  test('第二十五条: the four parts weigh 100 in all', () => {
    expectOk(assertPlanWeights(plan.weights));
    expectFailure(assertPlanWeights({ self: 10, mutual: 10, internal: 60, external: 10 }), 'ASSESSMENT_PLAN', 'weightInternal');
  });
});
