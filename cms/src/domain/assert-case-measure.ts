// Art. 27, 28: each measure is taken against the subject the article names, and carries what the
// measure needs to be enforceable: a correction order its deadline (逾期不改正 needs a date), a
// sanction (处分) or a referral for criminal liability its legal basis. Which measure needs what is
// regulation as data (config/accountability.json).
import { fail, ok, type RuleResult } from './result';

export interface MeasureDef {
  key: string;
  name: string;
  subjects: readonly string[];
  requires: readonly ('deadline' | 'basis')[];
}

export interface CaseMeasureFacts {
  subjectKind: string;
  measure: string;
  hasDepartment: boolean;
  hasOfficer: boolean;
  deadline: string | null;
  basis: string | null;
}

const SUBJECT_NAME: Record<string, string> = { department: '行政执法部门', officer: '行政执法人员' };

export function assertCaseMeasure(facts: CaseMeasureFacts, measures: readonly MeasureDef[]): RuleResult {
  if (facts.subjectKind === 'department' && !facts.hasDepartment) return fail('MEASURE_REQUIREMENTS', 'department', '对行政执法部门追究责任，须指明被追究的部门。');
  if (facts.subjectKind === 'officer' && !facts.hasOfficer) return fail('MEASURE_REQUIREMENTS', 'officer', '对行政执法人员追究责任，须指明被追究的人员。');
  const def = measures.find((m) => m.key === facts.measure);
  if (!def) return fail('MEASURE_REQUIREMENTS', 'measure', `“${facts.measure}”不是规定的责任追究措施。`);
  if (!def.subjects.includes(facts.subjectKind)) {
    return fail('MEASURE_REQUIREMENTS', 'measure', `“${def.name}”不适用于${SUBJECT_NAME[facts.subjectKind] ?? facts.subjectKind}。`);
  }
  if (def.requires.includes('deadline') && !facts.deadline) return fail('MEASURE_REQUIREMENTS', 'deadline', `“${def.name}”须规定改正期限。`);
  if (def.requires.includes('basis') && !(facts.basis ?? '').trim()) return fail('MEASURE_REQUIREMENTS', 'basis', `“${def.name}”须写明其法律依据。`);
  return ok;
}
