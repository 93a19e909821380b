// Art. 12: every post that holds powers has officers and a defined responsibility.
import type { PostFacts } from './facts';
import { fail, ok, type RuleResult, type ViolationDetail } from './result';

export function assertResponsibilityAssigned(postsWithPowers: PostFacts[]): RuleResult {
  const details: ViolationDetail[] = [];
  for (const post of postsWithPowers) {
    if (post.officerIds.length === 0) details.push({ item: post.name, field: 'officers', message: `执法岗位“${post.name}”没有配备行政执法人员` });
    if (!post.responsibilities || post.responsibilities.trim() === '') {
      details.push({ item: post.name, field: 'responsibilities', message: `执法岗位“${post.name}”未确定具体执法责任` });
    }
  }
  if (details.length === 0) return ok;
  return fail('RESPONSIBILITY_ASSIGNED', details[0].field, `行政执法责任须确定到执法岗位的行政执法人员：${details[0].message}等${details.length}处问题。`, details);
}
