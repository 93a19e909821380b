// Art. 23: a government assesses its own departments and the next lower governments; a department its agencies and officers.
import { fail, ok, type RuleResult } from './result';

export type Assessor = { kind: 'government'; id: string } | { kind: 'department'; id: string };

export type AssessmentTarget =
  | { kind: 'government'; id: string; parentId: string | null }
  | { kind: 'department'; id: string; governmentId: string | null }
  | { kind: 'agency'; id: string; departmentId: string | null }
  | { kind: 'officer'; id: string; departmentId: string | null };

export function assertAssessorScope(assessors: Assessor[], targets: AssessmentTarget[], method: string): RuleResult {
  if (assessors.length !== 1) return fail('ASSESSOR_SCOPE', 'assessorGovernment', '评议考核须指定且只指定一个考核主体（人民政府或行政执法部门）。');
  if (targets.length !== 1) return fail('ASSESSOR_SCOPE', 'targetDepartment', '评议考核须指定且只指定一个被考核对象。');
  const [assessor] = assessors;
  const [target] = targets;
  if (assessor.kind === 'government') {
    if (target.kind === 'department' && target.governmentId === assessor.id) return ok;
    if (target.kind === 'government' && target.parentId === assessor.id) return ok;
    return fail('ASSESSOR_SCOPE', target.kind === 'government' ? 'targetGovernment' : `target${cap(target.kind)}`, '人民政府只能评议考核所属行政执法部门和下一级人民政府。');
  }
  if ((target.kind === 'agency' || target.kind === 'officer') && target.departmentId === assessor.id) return ok;
  if (target.kind === 'department' && target.id === assessor.id && method === 'self') return ok;
  return fail('ASSESSOR_SCOPE', `target${cap(target.kind)}`, '行政执法部门只能评议考核所属执法机构和行政执法人员（自查除外）。');
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
