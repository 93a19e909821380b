// Art. 31: when an officer who performed duties according to law is falsely reported, slandered or
// insulted, the department clarifies the facts and removes the ill effect. A clarification names an
// officer of its own department; one that answers an accountability case may be published only once
// that case ended without a measure against the officer (exempted or closed); and a published
// clarification stands as published: it is not edited or withdrawn silently.
import { fail, ok, type RuleResult } from './result';

export interface ClarificationFacts {
  action: string;
  stateBefore: string | null;
  stateAfter: string | null;
  departmentId: string | null;
  officerDepartmentId: string | null;
  statement: string | null;
  linkedCase: { subjectKind: string; officerId: string | null; state: string } | null;
  officerId: string | null;
  changedFields: readonly string[];
}

export const CLEARED_CASE_STATES = ['exempted', 'closed'];

export function assertClarification(f: ClarificationFacts): RuleResult {
  if (f.stateBefore === 'published' && (f.action === 'delete' || f.changedFields.length > 0)) {
    return fail('CLARIFICATION_PUBLISHED', 'state', '已公布的澄清说明不能修改或删除。');
  }
  if (f.action === 'delete') return ok;
  if (!f.officerId || f.officerDepartmentId !== f.departmentId) return fail('CLARIFICATION_PUBLISHED', 'officer', '澄清说明由执法人员所在的行政执法部门作出，须指明本部门的执法人员。');
  if (f.linkedCase && (f.linkedCase.subjectKind !== 'officer' || f.linkedCase.officerId !== f.officerId)) {
    return fail('CLARIFICATION_PUBLISHED', 'accountabilityCase', '关联的责任追究案件须是针对该执法人员的案件。');
  }
  if (f.stateAfter === 'published') {
    if (!(f.statement ?? '').trim()) return fail('CLARIFICATION_PUBLISHED', 'statement', '公布澄清说明须写明向社会澄清的事实。');
    if (f.linkedCase && !CLEARED_CASE_STATES.includes(f.linkedCase.state)) {
      return fail('CLARIFICATION_PUBLISHED', 'accountabilityCase', '关联的责任追究案件尚未以免责或办结终结，不能公布澄清说明。');
    }
  }
  return ok;
}
