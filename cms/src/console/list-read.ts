// The console's list page (a 25-row page and its total), read through the query engine rather than
// the document service: the document service opens a transaction per call and rebuilds its params
// through several traversals, half the server's CPU of a department's page (docs/DECISIONS.md).
// What the document service would add is added here from the same sources: the reader's scope
// (scopeReadParams, shared with the document-service middleware), the draft or published version of
// draft-and-publish types, documentId in every selection, and the name search's index rewrite
// (cms/src/search). Types whose reads are themselves
// recorded (sealed interference records, Art. 30) keep the document service and its middleware.
import type { Core, UID } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import { andFilters } from '../scope/filters';
import { hasDraftAndPublish, scopeReadParams, SEALED_READS } from '../scope/read-scope';
import { isRow, type Row } from '../util/row';
import { runtimeSelection } from '../store/document-input';
import { withNameSearch } from '../search/register';
import { totalFromPage, type ListQuery } from './query';
import { cappedCount, pageStatementServes, readPageStatement, relationReads } from './page-statement';

export interface ListPage {
  rows: Row[];
  total: number;
  /** The total was not counted past SEARCH_TOTAL_CAP: `total` is CAP + 1 and means "more than CAP". */
  capped?: boolean;
}

/**
 * A text search over a whole region matches tens of thousands of rows, and counting them all cost
 * more than reading the page, growing with the data (issue 17). Such a count stops past this many.
 */
export const SEARCH_TOTAL_CAP = 1000;

/** Whether `filters` hold a substring search (`$containsi`, the console's `_q` filters) anywhere. */
export function hasTextSearch(filters: unknown): boolean {
  if (Array.isArray(filters)) return filters.some(hasTextSearch);
  if (!isRow(filters)) return false;
  return Object.entries(filters).some(([key, value]) => key === '$containsi' || hasTextSearch(value));
}

/** Counts are capped for text searches by readers whose scope is wider than one department. */
const capsTotal = (actor: Actor, filters: unknown): boolean =>
  actor.kind === 'user' && actor.scope.kind === 'subtree' && hasTextSearch(filters);

/** Document-service populate (`fields`, `filters`) → query-engine populate (`select`, `where`). */
export function toQueryPopulate(populate: unknown): unknown {
  if (!isRow(populate)) return populate;
  const out: Row = {};
  for (const [key, value] of Object.entries(populate)) {
    if (!isRow(value)) {
      out[key] = value;
      continue;
    }
    const { fields, filters, populate: inner, ...rest } = value;
    const options: Row = { ...rest };
    if (Array.isArray(fields)) options.select = [...new Set(['id', 'documentId', ...fields.map(String)])];
    if (filters !== undefined) options.where = filters;
    if (inner !== undefined) options.populate = toQueryPopulate(inner);
    out[key] = options;
  }
  return out;
}

/** The version a status names, as the document service looks it up (draft-and-publish types only). */
export const statusWhere = (draftAndPublish: boolean, status: unknown): Row | null =>
  !draftAndPublish ? null : status === 'published' ? { publishedAt: { $notNull: true } } : { publishedAt: { $null: true } };

export interface ListRead {
  uid: string;
  query: ListQuery;
  fields: string[];
  populate: Row;
  /** `{ status: 'draft' }` for draft-and-publish types, as the console reads them. */
  status: { status?: 'draft' };
}

export async function readListPage(strapi: Core.Strapi, actor: Actor, read: ListRead): Promise<ListPage> {
  const { uid, query: q } = read;
  const params: Row = { filters: q.filters, populate: read.populate, ...read.status };
  if (SEALED_READS.has(uid)) {
    const docs = strapi.documents(uid as UID.ContentType);
    const found: unknown = await docs.findMany({ filters: q.filters, ...runtimeSelection(read.fields, read.populate), ...read.status, sort: q.sort, start: q.start, limit: q.limit });
    const rows = Array.isArray(found) ? found.filter(isRow) : [];
    return { rows, total: totalFromPage(q.start, q.limit, rows.length) ?? Number(await docs.count({ filters: q.filters, ...read.status })) };
  }
  // As the search middleware does for document-service reads (cms/src/search/register.ts).
  params.filters = withNameSearch(strapi, uid, params.filters);
  scopeReadParams(strapi, actor, uid, params);
  const version = statusWhere(hasDraftAndPublish(strapi, uid), params.status);
  const filters = isRow(params.filters) ? params.filters : {};
  const where = version ? andFilters(filters, version) : filters;
  const select = [...new Set(['id', 'documentId', ...read.fields])];
  const populate = toQueryPopulate(params.populate);
  // Is there a row past the cap? Counted only when the page lies within it; past it, exactly.
  const cap = capsTotal(actor, q.filters) && q.start + q.limit <= SEARCH_TOTAL_CAP ? SEARCH_TOTAL_CAP + 1 : null;
  const totalOf = (counted: number): Pick<ListPage, 'total' | 'capped'> => (cap !== null && counted >= cap ? { total: cap, capped: true } : { total: counted });
  const relations = pageStatementServes(strapi, q.sort, select) ? relationReads(strapi, uid, populate) : null;
  let rows: Row[];
  if (relations) {
    // One statement for the page, its relations and its total (page-statement.ts).
    const page = await readPageStatement(strapi, { uid, where, orderBy: q.sort, offset: q.start, limit: q.limit, select, relations, total: cap ?? 'exact' });
    rows = page.rows;
    const known = totalFromPage(q.start, q.limit, rows.length);
    if (known !== null) return { rows, total: known };
    if (page.total !== null) return { rows, ...totalOf(page.total) };
  } else {
    const found: unknown = await strapi.db.query(uid as UID.Schema).findMany({ where, orderBy: q.sort, offset: q.start, limit: q.limit, select, populate });
    rows = Array.isArray(found) ? found.filter(isRow) : [];
    const known = totalFromPage(q.start, q.limit, rows.length);
    if (known !== null) return { rows, total: known };
  }
  if (cap !== null) return { rows, ...totalOf(await cappedCount(strapi, uid, where, cap)) };
  return { rows, total: Number(await strapi.db.query(uid as UID.Schema).count({ where })) };
}
