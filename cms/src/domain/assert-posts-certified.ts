// Art. 19 at submission: a certificate may lapse while its holder is on a post with powers (expiry,
// suspension, revocation are not refused: they are flagged on the post). A list is not submitted
// until every such post is staffed only by officers holding a valid certificate.
import { certificateValid } from './assert-certified-officer';
import type { OfficerFacts, PostFacts } from './facts';
import { fail, ok, type RuleResult, type ViolationDetail } from './result';

export function assertPostsCertified(postsWithPowers: (PostFacts & { officers: OfficerFacts[] })[], today: string): RuleResult {
  const details: ViolationDetail[] = [];
  for (const post of postsWithPowers) {
    for (const officer of post.officers) {
      if (!certificateValid(officer, today)) details.push({ item: post.name, field: 'officers', message: `执法岗位“${post.name}”的行政执法人员“${officer.name}”没有有效的行政执法证件` });
    }
  }
  if (details.length === 0) return ok;
  return fail('CERTIFIED_OFFICER', 'officers', `只有持有效行政执法证件的人员才能在有执法职权的岗位上执法：${details[0].message}等${details.length}处问题。`, details);
}
