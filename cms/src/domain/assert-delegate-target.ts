// Art. 11: 下放 moves a power down the tiers: to a department of a lower government inside the
// delegating government's own area, never sideways or up.
import { fail, ok, type RuleResult } from './result';

export interface GovernmentFacts {
  code: string;
  rank: number;
  /** Digits of the code that identify this government's area (2 for the region, 4 for a league …). */
  prefixLength: number;
}

export function assertDelegateTarget(source: GovernmentFacts | null, target: GovernmentFacts | null): RuleResult {
  if (!target) return fail('DELEGATE_TARGET', 'targetDepartment', '下放职权须指定承接的下级部门。');
  if (!source) return fail('DELEGATE_TARGET', 'department', '下放职权的部门须属于一级政府。');
  const inside = target.code.startsWith(source.code.slice(0, source.prefixLength));
  if (target.rank <= source.rank || !inside) {
    return fail('DELEGATE_TARGET', 'targetDepartment', '职权只能下放给本行政区域内下级人民政府的部门。');
  }
  return ok;
}
