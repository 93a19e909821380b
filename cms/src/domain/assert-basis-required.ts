// Art. 4, 9: a power is exercised only on a legal basis; it cites at least one basis in force, with its article.
import type { CitationFacts } from './facts';
import { fail, ok, type RuleResult } from './result';

export const IN_FORCE = 'in-force';
/**
 * A law amended (已修改) is still in force, in its amended text: a power citing it stays savable,
 * and the amendment is handled as Art. 10 and 13 ask, by marking its powers for adjustment and
 * opening an adjustment task (DYNAMIC_ADJUSTMENT). Only a repealed law, or one not yet in effect,
 * no longer founds a power (Art. 4, 9).
 */
export const USABLE_BASIS_STATUSES: readonly string[] = [IN_FORCE, 'amended'];
const usable = (status: string | null | undefined): boolean => status !== null && status !== undefined && USABLE_BASIS_STATUSES.includes(status);

export function assertBasisRequired(bases: CitationFacts[], field = 'bases'): RuleResult {
  if (bases.length === 0) return fail('BASIS_REQUIRED', field, '行政执法职权必须列明至少一项现行有效的法律依据。');
  for (const [index, basis] of bases.entries()) {
    if (!basis.legalBasisId) return fail('BASIS_REQUIRED', `${field}.${index}.legalBasis`, `第${index + 1}项依据未选择法律法规。`);
    if (!basis.articles || basis.articles.trim() === '') {
      return fail('BASIS_REQUIRED', `${field}.${index}.articles`, `第${index + 1}项依据《${basis.legalBasisTitle ?? ''}》未写明具体条款。`);
    }
  }
  if (!bases.some((b) => usable(b.legalBasisStatus))) {
    const index = bases.findIndex((b) => !usable(b.legalBasisStatus));
    return fail('BASIS_REQUIRED', `${field}.${index}.legalBasis`, `所引依据《${bases[index].legalBasisTitle ?? ''}》已不是现行有效的依据，至少需引用一项现行有效的依据。`);
  }
  return ok;
}
