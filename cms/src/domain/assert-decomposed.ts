// Art. 11: every active power is broken down to an agency and a post of its own department; no post is left without powers.
import { isActivePower, type PowerFacts } from './facts';

/** What Art. 11 reads of a power. */
export type DecomposedPowerFacts = Pick<PowerFacts, 'code' | 'name' | 'status' | 'decomposition'>;
import { fail, ok, type RuleResult, type ViolationDetail } from './result';

export interface DepartmentPostFacts {
  id: string;
  name: string;
}

export function assertDecomposed(departmentId: string, powers: readonly DecomposedPowerFacts[], posts: DepartmentPostFacts[]): RuleResult {
  const details: ViolationDetail[] = [];
  const postsWithPowers = new Set<string>();
  for (const power of powers.filter((p) => isActivePower(p.status))) {
    const complete = power.decomposition.filter((d) => d.agencyId && d.postId);
    if (complete.length === 0) {
      details.push({ item: power.code, field: 'decomposition', message: `事项“${power.name}”未分解到执法机构和执法岗位` });
      continue;
    }
    for (const d of complete) {
      if (d.agencyDepartmentId !== departmentId) {
        details.push({ item: power.code, field: 'decomposition.agency', message: `事项“${power.name}”分解到了其他部门的执法机构` });
      } else if (d.postAgencyId !== d.agencyId) {
        details.push({ item: power.code, field: 'decomposition.post', message: `事项“${power.name}”的岗位不属于所选执法机构` });
      }
      if (d.postId) postsWithPowers.add(d.postId);
    }
  }
  for (const post of posts) {
    if (!postsWithPowers.has(post.id)) details.push({ item: post.name, field: 'posts', message: `执法岗位“${post.name}”没有分配任何职权` });
  }
  if (details.length === 0) return ok;
  return fail('DECOMPOSED', details[0].field, `行政执法职权须分解到具体执法机构和执法岗位：${details[0].message}等${details.length}处问题。`, details);
}
