// Name searches by the bigram index on every document-service path (console API `name_q` and `q`,
// Strapi's /api filters): a document-service middleware rewrites the filters the caller sent
// (cms/src/search/bigram-filters.ts). It is registered after the scope middleware
// (cms/src/guards/middleware.ts), whose filter it leaves as it is: the rewrite only swaps one
// condition of the caller's for an equivalent one, so every reader keeps exactly their scope.
import type { Core } from '@strapi/strapi';
import { READ_ACTIONS } from '../scope/read-scope';
import { likeLiteral } from '../util/like';
import { rowsOf, type Row } from '../util/row';
import { bigramServes, withBigramSearch } from './bigram-filters';
import { cachedCommonBigrams, tooCommon, type ElementStats } from './common-bigrams';

export interface BigramField {
  uid: string;
  attribute: string;
  table: string;
  column: string;
  /** The index (cms/src/database/indexes.ts) without which the rewrite would only add work. */
  index: string;
  /** The trigram index of the same column, which serves terms of three characters and more. */
  trigramIndex: string;
}

export const BIGRAM_FIELDS: readonly BigramField[] = [
  { uid: 'api::power.power', attribute: 'name', table: 'powers', column: 'name', index: 'powers_name_bigrams_idx', trigramIndex: 'powers_name_lower_trgm_idx' },
];


/** PostgreSQL names an expression index's column after the function it calls. */
const EXPRESSION_COLUMN = 'nmg_bigrams';

/** The most common bigrams of the index expression and their shares, as ANALYZE left them; null before any. */
async function readStats(strapi: Core.Strapi, field: BigramField): Promise<ElementStats | null> {
  try {
    const result = await strapi.db.connection.raw(
      'SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = ? AND attname = ?',
      [field.index, EXPRESSION_COLUMN],
    );
    const [row] = rowsOf((result as { rows?: unknown }).rows);
    const elems: unknown = row?.elems;
    const freqs: unknown = row?.freqs;
    if (!Array.isArray(elems) || !Array.isArray(freqs)) return null;
    return { elems: (elems as unknown[]).map(String), freqs: (freqs as unknown[]).map(Number) };
  } catch (error) {
    strapi.log.warn(`statistics of ${field.index} not read (name searches use the index whatever the term): ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * The ids whose name contains the term, as Strapi's $containsi tests it (`LOWER(CAST(col AS
 * VARCHAR)) LIKE LOWER('%…%')`, backslash escapes), behind the bigram condition the index serves.
 * The LIKE stays even for a two-character term, whose bigram IS the substring: for a reader
 * scoped to a department PostgreSQL starts from the department's powers and tests each row,
 * the cheap LIKE first, so nmg_bigrams() runs only on the matches (without the LIKE: 12 against
 * 3 ms for a department of 1,311 powers, 2.3 ms before the rewrite). A knex query: Strapi's query layer takes one as the
 * value of $in, and the document service's validation and deep copy of the filters pass it
 * through unchanged (test/api/name-search.test.ts).
 */
function idsContaining(strapi: Core.Strapi, field: BigramField, term: string): unknown {
  return strapi.db.connection.raw(
    'SELECT id FROM ?? WHERE nmg_bigrams(??) @> nmg_bigrams(?::text) AND LOWER(CAST(?? AS VARCHAR)) LIKE LOWER(?)',
    [field.table, field.column, term, field.column, `%${likeLiteral(term)}%`],
  );
}

type Rewrite = (uid: string, filters: unknown) => unknown;

/** The rewrite of each server, for reads that do not pass the document service (cms/src/console/list-read.ts). */
const rewrites = new WeakMap<Core.Strapi, Rewrite>();

/** `filters` with name searches served by the bigram index where it pays; unchanged before registration. */
export const withNameSearch = (strapi: Core.Strapi, uid: string, filters: unknown): unknown => rewrites.get(strapi)?.(uid, filters) ?? filters;

/** Registers the rewrite for the fields whose index exists (`indexes`: those the start-up pass ensured). */
export function registerBigramSearch(strapi: Core.Strapi, indexes: readonly string[]): void {
  const fields = BIGRAM_FIELDS.filter((f) => indexes.includes(f.index));
  if (fields.length === 0) return;
  const commonOf = new Map(fields.map((f) => [f.index, cachedCommonBigrams(() => readStats(strapi, f))]));
  const rewrite: Rewrite = (uid, filters) => {
    const own = fields.filter((f) => f.uid === uid);
    if (own.length === 0 || filters === undefined) return filters;
    const subqueries = new Map(own.map((f) => {
      const trigrams = indexes.includes(f.trigramIndex);
      const common = commonOf.get(f.index)?.() ?? new Set<string>();
      return [f.attribute, (term: string) => (bigramServes(term, trigrams) && !tooCommon(term, common) ? idsContaining(strapi, f, term) : null)];
    }));
    return withBigramSearch(filters, subqueries);
  };
  rewrites.set(strapi, rewrite);
  strapi.documents.use(async (context, next) => {
    const call = context as unknown as { uid: string; action: string; params?: Row };
    if (READ_ACTIONS.includes(call.action) && call.params?.filters !== undefined) call.params.filters = rewrite(call.uid, call.params.filters);
    return next();
  });
}
