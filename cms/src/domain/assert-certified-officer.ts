// Art. 19: only an officer holding a valid certificate issued by the region government holds a post with enforcement powers.
import type { OfficerFacts } from './facts';
import { fail, ok, type RuleResult } from './result';

/** ISO date (YYYY-MM-DD) comparison is lexical, so no time-zone arithmetic is needed. */
export function certificateValid(officer: OfficerFacts, today: string): boolean {
  return officer.status === 'valid' && !!officer.certificateNumber && !!officer.certificateExpiresAt && officer.certificateExpiresAt >= today;
}

export function assertCertifiedOfficer(officer: OfficerFacts, holdsEnforcementPost: boolean, today: string, field = 'posts'): RuleResult {
  if (!holdsEnforcementPost || certificateValid(officer, today)) return ok;
  let why = '未取得行政执法证件';
  if (officer.certificateNumber && officer.status !== 'valid') why = '执法证件不在有效状态';
  else if (officer.certificateNumber && !officer.certificateExpiresAt) why = '执法证件未登记有效期';
  else if (officer.certificateNumber && officer.certificateExpiresAt && officer.certificateExpiresAt < today) why = `执法证件已于${officer.certificateExpiresAt}过期`;
  return fail('CERTIFIED_OFFICER', field, `行政执法人员“${officer.name}”${why}，不得在有执法职权的岗位上执法。`);
}
