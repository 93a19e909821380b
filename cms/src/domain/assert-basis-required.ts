// Art. 4, 9: a power is exercised only on a legal basis; it cites at least one basis in force, with its article.
import type { CitationFacts } from './facts';
import { fail, ok, type RuleResult } from './result';

export const IN_FORCE = 'in-force';

export function assertBasisRequired(bases: CitationFacts[], field = 'bases'): RuleResult {
  if (bases.length === 0) return fail('BASIS_REQUIRED', field, '行政执法职权必须列明至少一项现行有效的法律依据。');
  for (const [index, basis] of bases.entries()) {
    if (!basis.legalBasisId) return fail('BASIS_REQUIRED', `${field}.${index}.legalBasis`, `第${index + 1}项依据未选择法律法规。`);
    if (!basis.articles || basis.articles.trim() === '') {
      return fail('BASIS_REQUIRED', `${field}.${index}.articles`, `第${index + 1}项依据《${basis.legalBasisTitle ?? ''}》未写明具体条款。`);
    }
  }
  if (!bases.some((b) => b.legalBasisStatus === IN_FORCE)) {
    const index = bases.findIndex((b) => b.legalBasisStatus !== IN_FORCE);
    return fail('BASIS_REQUIRED', `${field}.${index}.legalBasis`, `所引依据《${bases[index].legalBasisTitle ?? ''}》已不是现行有效的依据，至少需引用一项现行有效的依据。`);
  }
  return ok;
}
