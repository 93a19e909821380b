// Powers in bulk, for the batch adjustment of a first compilation (Art. 10, 11, 13): the checks of
// cms/src/guards/rules/power.ts on create, in its order, by the same domain functions, on facts
// read once for all rows: CATALOGUE_ONLY (Art. 11) when asked, then for an active power
// BASIS_REQUIRED (Art. 4, 9), DISCRETION_RANGE (Art. 15) and CERTIFIED_OFFICER on the posts it is
// decomposed to (Art. 19). The department's request is judged without CATALOGUE_ONLY (the request
// is what will authorise the rows); its approval is judged with it, the batch adjustment approved.
import type { Core } from '@strapi/strapi';
import { assertBasisRequired, assertCatalogueOnly, assertCertifiedOfficer, assertDiscretionRange, isActivePower, type AdjustmentFacts, type CitationFacts, type RuleResult } from '../../domain';
import { RuleViolation } from '../../store/errors';
import { loadPosts, today } from '../../store/facts';
import { chunksOf } from '../../util/chunks';
import { numOf, relId, rowsOf, strOf, type Row } from '../../util/row';
import type { BulkAdapter, Candidate } from './types';

const LEGAL_BASIS = 'api::legal-basis.legal-basis';
const ADJUSTMENT = 'api::power-adjustment.power-adjustment';

const idsOf = (rows: readonly Candidate[], pick: (c: Candidate) => unknown[]): string[] =>
  [...new Set(rows.flatMap(pick).filter((v): v is string => typeof v === 'string' && v !== ''))];

const basesOf = (c: Candidate): Row[] => rowsOf(c.data.bases);
const postsOf = (c: Candidate): unknown[] => rowsOf(c.data.decomposition).map((d) => d.post);

async function lawsById(strapi: Core.Strapi, ids: string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const chunk of chunksOf(ids, 5000)) {
    for (const r of rowsOf(await strapi.db.query(LEGAL_BASIS).findMany({ where: { documentId: { $in: chunk } }, select: ['documentId', 'title', 'status'] }))) out.set(String(r.documentId), r);
  }
  return out;
}

async function adjustmentsById(strapi: Core.Strapi, ids: string[]): Promise<Map<string, AdjustmentFacts>> {
  const rows = ids.length === 0 ? [] : rowsOf(await strapi.db.query(ADJUSTMENT).findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'kind', 'state'], populate: { department: { select: ['documentId'] }, power: { select: ['documentId'] } } }));
  return new Map(rows.map((r) => [String(r.documentId), { id: String(r.documentId), kind: strOf(r, 'kind') ?? '', state: strOf(r, 'state') ?? '', departmentId: relId(r, 'department'), powerId: relId(r, 'power') }]));
}

/** Art. 19: every officer on a post the new power is decomposed to holds a valid certificate. */
async function certifiedCheck(strapi: Core.Strapi, rows: readonly Candidate[]): Promise<(c: Candidate) => RuleResult> {
  const postIds = idsOf(rows, postsOf);
  const posts = postIds.length === 0 ? [] : await loadPosts(strapi, { documentId: { $in: postIds } });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const day = today();
  return (c) => {
    for (const id of postsOf(c)) {
      for (const officer of byId.get(String(id))?.officers ?? []) {
        const result = assertCertifiedOfficer(officer, true, day, 'decomposition');
        if (!result.ok) return result;
      }
    }
    return { ok: true };
  };
}

function citations(c: Candidate, laws: Map<string, Row>): CitationFacts[] {
  return basesOf(c).map((b) => {
    const id = typeof b.legalBasis === 'string' ? b.legalBasis : null;
    const law = id ? laws.get(id) : undefined;
    return { legalBasisId: id, legalBasisTitle: strOf(law, 'title'), legalBasisStatus: strOf(law, 'status'), articles: strOf(b, 'articles') };
  });
}

function discretionOf(values: Row) {
  return {
    statutoryMin: numOf(values, 'statutoryMin'),
    statutoryMax: numOf(values, 'statutoryMax'),
    discretion: rowsOf(values.discretion).map((d) => ({ level: numOf(d, 'level') ?? 0, penaltyKind: strOf(d, 'penaltyKind') ?? '', min: numOf(d, 'min'), max: numOf(d, 'max') })),
  };
}

/** The adapter; `catalogue` adds Art. 11's check of each row's approved adjustment. */
export function powerBulk(options: { catalogue: boolean }): BulkAdapter {
  return {
    prepare(_ctx, data) {
      // As powerRules.before for a user: the mark of Art. 10, 13 is the server's to set.
      delete data.pendingAdjustment;
    },

    async check(ctx, rows) {
      const laws = await lawsById(ctx.strapi, idsOf(rows, (c) => basesOf(c).map((b) => b.legalBasis)));
      const adjustments = options.catalogue ? await adjustmentsById(ctx.strapi, idsOf(rows, (c) => [c.data.adjustment])) : new Map<string, AdjustmentFacts>();
      const certified = await certifiedCheck(ctx.strapi, rows);
      const refused = new Map<number, Error>();
      for (const c of rows) {
        const values = c.values ?? c.data;
        const results: (() => RuleResult)[] = [];
        if (options.catalogue) {
          const departmentId = typeof c.data.department === 'string' ? c.data.department : null;
          results.push(() => assertCatalogueOnly({ kind: 'create', departmentId, adjustment: adjustments.get(String(c.data.adjustment)) ?? null }));
        }
        if (isActivePower(strOf(values, 'status') ?? 'valid')) {
          results.push(() => assertBasisRequired(citations(c, laws)), () => assertDiscretionRange(discretionOf(values)), () => certified(c));
        }
        for (const result of results) {
          const r = result();
          if (!r.ok) {
            refused.set(c.index, new RuleViolation(r));
            break;
          }
        }
      }
      return refused;
    },

    async afterWrite() {
      // A power's create derives nothing else (post flags follow officers and posts, not powers).
    },
  };
}

