// An assessment plan (Art. 25) as the rules read it.
import type { PlanFacts } from '../domain';
import { numOf, relId, strOf, type Row } from '../util/row';

export const PLAN_UID = 'api::assessment-plan.assessment-plan';

export function planWeights(plan: Row): PlanFacts['weights'] {
  return {
    self: numOf(plan, 'weightSelf') ?? 0,
    mutual: numOf(plan, 'weightMutual') ?? 0,
    internal: numOf(plan, 'weightInternal') ?? 0,
    external: numOf(plan, 'weightExternal') ?? 0,
  };
}

/** The plan row with its government populated (documentId). */
export function planFacts(plan: Row): PlanFacts {
  return { year: numOf(plan, 'year') ?? 0, governmentId: relId(plan, 'government'), state: strOf(plan, 'state') ?? 'draft', weights: planWeights(plan) };
}
