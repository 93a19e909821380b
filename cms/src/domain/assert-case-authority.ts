// Art. 27: a department that fails the responsibility system is pursued by its supervising body
// (监督管理机关): its own people's government or one above it (Art. 5: governments lead the work in
// their area; Art. 23: a government assesses its own departments). Art. 28: an officer is dealt with
// by the department the officer works in (所在行政执法部门), or by a government above it acting as
// supervisor. Whoever opens a case decides it: the same check holds for every later write by a user,
// so a department never records its own correction or exempts itself.
import { fail, ok, type RuleResult } from './result';

/** The user behind the write: a government's staff (departmentId null) or a department's. */
export interface CaseActor {
  governmentId: string | null;
  /** Code prefix of the actor's government's area (e.g. '1525' for a league). */
  codePrefix: string | null;
  departmentId: string | null;
}

export interface CaseParties {
  subjectKind: string;
  department: { id: string; governmentCode: string | null } | null;
  officer: { id: string; departmentId: string | null } | null;
  supervisingGovernment: { id: string; codePrefix: string } | null;
}

const inArea = (code: string | null, prefix: string | null): boolean => code !== null && prefix !== null && prefix !== '' && code.startsWith(prefix);

export function assertCaseAuthority(actor: CaseActor, parties: CaseParties): RuleResult {
  const { department, officer, supervisingGovernment } = parties;
  if (parties.subjectKind === 'department') {
    if (!supervisingGovernment) return fail('ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment', '对行政执法部门追究责任，须写明作出决定的监督管理机关（人民政府）。');
    if (department && !inArea(department.governmentCode, supervisingGovernment.codePrefix)) {
      return fail('ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment', '监督管理机关须为被追究部门所属的人民政府或其上级人民政府。');
    }
    if (actor.departmentId !== null || actor.governmentId !== supervisingGovernment.id) {
      return fail('ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment', '只有监督管理机关本身可以对行政执法部门立案、办理和决定责任追究。');
    }
    return ok;
  }
  if (officer && department && officer.departmentId !== department.id) {
    return fail('ACCOUNTABILITY_AUTHORITY', 'department', '对行政执法人员的处理由其所在行政执法部门办理，部门须为该人员所在部门。');
  }
  const ownDepartment = actor.departmentId !== null && officer !== null && actor.departmentId === officer.departmentId;
  const supervisor = actor.departmentId === null && department !== null && inArea(department.governmentCode, actor.codePrefix);
  if (!ownDepartment && !supervisor) {
    return fail('ACCOUNTABILITY_AUTHORITY', 'officer', '只有执法人员所在的行政执法部门或其上级人民政府可以对该人员追究责任。');
  }
  if (supervisor && supervisingGovernment && supervisingGovernment.id !== actor.governmentId) {
    return fail('ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment', '由人民政府追究责任的，监督管理机关须为本政府。');
  }
  return ok;
}
