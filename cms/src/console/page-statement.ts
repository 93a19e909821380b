// A console list page in ONE statement: the page's rows, the documentId of each to-one relation
// beside them, and the total, where the query engine sends one statement for the page, one per
// populated relation and one for the count (a department's 25-row page of powers: six statements
// with the user's, two now). Every part is still Strapi's own SQL: the page, the scoped relation
// targets and the count come from its query builder (filters, joins, order, the scope filters
// pushed into the populate), and this module only nests them:
//
//   SELECT nmg_page.*, (SELECT json_build_object('id', r.id, 'documentId', r.document_id)
//                         FROM <link table> l JOIN <target> r ON … WHERE l.<owner> = nmg_page.id
//                         [AND r.id IN (<target's scope>)] LIMIT 1) AS nmg_rel_0, …,
//          (<count>) AS nmg_total
//   FROM (<page>) AS nmg_page ORDER BY <the page's order>
//
// A page whose filters join other tables (a department's scope reaches powers through the link
// table to departments) is read from ONE pass over the match instead: with joins the query builder
// de-duplicates with SELECT DISTINCT over every selected column, which sorts the whole match (692
// wide rows for the bench department) before the limit, and repeats columns that a subquery in FROM
// cannot carry. So the match is a CTE of its ids and sort columns only (Strapi's own DISTINCT query,
// narrow), the page is the 25 rows whose ids come first in it, and the total counts it:
//
//   WITH nmg_match AS (SELECT DISTINCT t0.name, t0.id FROM powers t0 LEFT JOIN … WHERE …)
//   SELECT nmg_page.*, …, (SELECT count(*) FROM nmg_match) AS nmg_total
//   FROM (SELECT … FROM powers t0 WHERE t0.id IN (SELECT id FROM nmg_match ORDER BY name, id LIMIT 25)) AS nmg_page
//
// The joins then run once per request, not three times (the ids for the page, the page's wide rows
// fetched again to sort them, the count): for the bench department 8,357 buffer reads became ~3,100
// (docs/DECISIONS.md). Without joins PostgreSQL keeps only the 25 best rows, as before.
//
// What it does not take (the query engine's populate stays): components, to-many and polymorphic
// relations, relations selecting more than id and documentId, reads inside a transaction.
import type { Core } from '@strapi/strapi';
import { isRow, type Row } from '../util/row';
import { fromDatabase } from './column-values';

/** The part of Strapi's query builder used here (@strapi/database's QueryBuilder). */
interface Builder {
  init(params: Row): Builder;
  count(): Builder;
  getKnexQuery(): KnexQuery;
  shouldUseDistinct(): boolean;
}

/** The part of a knex query builder used here. */
interface KnexQuery {
  as(alias: string): KnexQuery;
  limit(n: number): KnexQuery;
  select(...columns: unknown[]): KnexQuery;
  from(table: unknown): KnexQuery;
  join(table: Row, first: string, second: string): KnexQuery;
  whereRaw(sql: string, bindings: unknown[]): KnexQuery;
  with(alias: string, query: KnexQuery): KnexQuery;
  offset(n: number): KnexQuery;
  whereIn(column: string, values: unknown): KnexQuery;
  orderByRaw(sql: string): KnexQuery;
  count(column: string): KnexQuery;
  then<T>(onFulfilled: (rows: unknown) => T): Promise<T>;
}

interface Knex {
  select(...columns: unknown[]): KnexQuery;
  count(column: string): KnexQuery;
  raw(sql: string, bindings?: unknown[]): unknown;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string; referencedColumn: string };
  inverseJoinColumn: { name: string; referencedColumn: string };
  on?: unknown;
}

interface MetaAttribute {
  type: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTable;
  columnName?: string;
}

interface Meta {
  tableName: string;
  attributes: Record<string, MetaAttribute | undefined>;
  columnToAttribute: Record<string, string | undefined>;
}

interface Database {
  metadata: { get(uid: string): Meta };
  queryBuilder(uid: string): Builder;
  connection: Knex;
  inTransaction(): boolean;
}

const dbOf = (strapi: Core.Strapi): Database => strapi.db as unknown as Database;

/** A populated to-one relation the statement reads: its link table and the target columns it shows. */
interface RelationRead {
  attribute: string;
  target: Meta;
  targetUid: string;
  joinTable: JoinTable;
  /** Target attribute → column, e.g. documentId → document_id. */
  columns: [string, string][];
  where?: unknown;
}

const TO_ONE = ['manyToOne', 'oneToOne'];
const SHOWN = ['id', 'documentId'];

const columnOf = (meta: Meta, attribute: string): string => (attribute === 'id' ? 'id' : meta.attributes[attribute]?.columnName ?? attribute);

/**
 * The relations of a query-engine populate (`{ department: { select: ['id', 'documentId'], where } }`)
 * when every entry is one this statement reads; null when any is not (the query engine then reads the page).
 */
export function relationReads(strapi: Core.Strapi, uid: string, populate: unknown): RelationRead[] | null {
  if (populate === undefined || populate === null) return [];
  if (!isRow(populate)) return null;
  const db = dbOf(strapi);
  const meta = db.metadata.get(uid);
  const reads: RelationRead[] = [];
  for (const [attribute, value] of Object.entries(populate)) {
    const attr = meta.attributes[attribute];
    const joinTable = attr?.joinTable;
    if (!attr || attr.type !== 'relation' || !TO_ONE.includes(attr.relation ?? '') || !attr.target || !joinTable || joinTable.on !== undefined) return null;
    if (!isRow(value) || Object.keys(value).some((k) => k !== 'select' && k !== 'where')) return null;
    const select = Array.isArray(value.select) ? value.select.map(String) : SHOWN;
    if (select.some((field) => !SHOWN.includes(field))) return null;
    const target = db.metadata.get(attr.target);
    reads.push({ attribute, target, targetUid: attr.target, joinTable, columns: select.map((field) => [field, columnOf(target, field)]), where: value.where });
  }
  return reads;
}

export interface PageParams {
  uid: string;
  where: Row;
  orderBy: Record<string, 'asc' | 'desc'>[];
  offset: number;
  limit: number;
  select: string[];
  relations: RelationRead[];
  /** 'exact': count every match; a number: count up to it (the caller reads more as "more than"). */
  total: 'exact' | number;
}

export interface PageResult {
  rows: Row[];
  /** Null when the page came back empty (no row to carry the count). */
  total: number | null;
}

const REL = (i: number): string => `nmg_rel_${i}`;
const TOTAL = 'nmg_total';
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The ids the filter selects, as a subquery (its joins and DISTINCT stay inside it). */
const idsOf = (db: Database, uid: string, where: Row): KnexQuery => db.queryBuilder(uid).init({ where, select: ['id'] }).getKnexQuery();

const MATCH = 'nmg_match';

/** The sort fields of the page (own attributes: pageStatementServes makes sure of it). */
const sortFields = (orderBy: PageParams['orderBy']): string[] => orderBy.flatMap((part) => Object.keys(part));

/**
 * The order of the page, over `alias`'s columns, with the query engine's tie-breaker: it appends
 * `id ASC` to any paginated read whose last key is not id (ensurePaginationOrderStability).
 */
function orderSql(meta: Meta, orderBy: PageParams['orderBy'], alias: string): string {
  const parts = orderBy.flatMap((part) => Object.entries(part).map(([field, dir]) => ({ field, dir })));
  const last = parts[parts.length - 1];
  if (!last || last.field !== 'id') parts.push({ field: 'id', dir: 'asc' });
  return parts.map(({ field, dir }) => `${alias}.${quote(columnOf(meta, field))} ${dir === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
}

/**
 * The page's own statement. Without joins the query builder's page as it is. With joins (which
 * make it de-duplicate), the rows whose ids come first in the match (the CTE the statement carries).
 */
function pageQuery(db: Database, meta: Meta, p: PageParams, joined: boolean): KnexQuery {
  const params = { where: p.where, orderBy: p.orderBy, offset: p.offset, limit: p.limit, select: p.select };
  if (!joined) return db.queryBuilder(p.uid).init(params).getKnexQuery();
  const first = db.connection.select('id').from(MATCH).orderByRaw(orderSql(meta, p.orderBy, MATCH)).limit(p.limit);
  if (p.offset > 0) first.offset(p.offset);
  return db.queryBuilder(p.uid).init({ where: { id: { $in: first } }, select: p.select }).getKnexQuery();
}

/** Whether the filter joins other tables (then the query builder de-duplicates); joins are known once the query is built. */
function joins(db: Database, p: PageParams): boolean {
  const builder = db.queryBuilder(p.uid).init({ where: p.where, select: ['id'] });
  builder.getKnexQuery();
  return builder.shouldUseDistinct();
}

/** The match of a joined filter: distinct ids and sort columns, narrow (Strapi's own DISTINCT query). */
const matchQuery = (db: Database, p: PageParams): KnexQuery =>
  db.queryBuilder(p.uid).init({ where: p.where, select: [...new Set(['id', ...sortFields(p.orderBy)])] }).getKnexQuery();

/** One to-one relation of the page row: an object of the shown fields, or null. */
function relationQuery(db: Database, r: RelationRead, i: number): KnexQuery {
  const link = `nmg_l${i}`;
  const target = `nmg_r${i}`;
  const fields = r.columns.map(([field, column]) => `'${field}', ${target}.${quote(column)}`).join(', ');
  const query = db.connection
    .select(db.connection.raw(`json_build_object(${fields})`))
    .from({ [link]: r.joinTable.name })
    .join({ [target]: r.target.tableName }, `${target}.${r.joinTable.inverseJoinColumn.referencedColumn}`, `${link}.${r.joinTable.inverseJoinColumn.name}`)
    .whereRaw('?? = ??', [`${link}.${r.joinTable.joinColumn.name}`, `nmg_page.${r.joinTable.joinColumn.referencedColumn}`]);
  // The target's scope (scopePopulate) as the query engine would apply it to the populated rows.
  if (isRow(r.where) && Object.keys(r.where).length > 0) query.whereIn(`${target}.id`, idsOf(db, r.targetUid, r.where));
  // A to-one relation has one link row per owner; the order only makes a broken duplicate deterministic.
  return query.orderByRaw(`${quote(link)}.id`).limit(1);
}

/**
 * count(DISTINCT id) as the query engine counts, or the count of at most `cap` ids (stops early).
 * A joined filter counts its match (the CTE the page was taken from), which the page's order has
 * read whole anyway; a cap then only bounds the number.
 */
function totalQuery(db: Database, p: PageParams, joined: boolean): KnexQuery {
  if (joined) {
    const counted = db.connection.count('*').from(MATCH);
    return p.total === 'exact' ? counted : db.connection.select(db.connection.raw('LEAST((?), ?::bigint)', [counted, p.total]));
  }
  if (p.total === 'exact') return db.queryBuilder(p.uid).init({ where: p.where }).count().getKnexQuery();
  // No ORDER BY: the query engine adds `ORDER BY id` to any limit, which made PostgreSQL find every
  // match to sort it (60 ms for a region search at 10% of the region) where the first `cap` do.
  return db.connection.count('*').from(idsOf(db, p.uid, p.where).limit(p.total).as('nmg_capped'));
}

/**
 * Whether the statement can serve this read: never inside a transaction (it runs on a connection of
 * its own), and only when the page selects every field it is sorted by (the outer ORDER BY reads them).
 */
export const pageStatementServes = (strapi: Core.Strapi, orderBy: PageParams['orderBy'], select: readonly string[]): boolean =>
  !dbOf(strapi).inTransaction() && orderBy.every((part) => Object.keys(part).every((field) => select.includes(field)));

export async function readPageStatement(strapi: Core.Strapi, p: PageParams): Promise<PageResult> {
  const db = dbOf(strapi);
  const meta = db.metadata.get(p.uid);
  const joined = joins(db, p);
  const statement = db.connection.select('nmg_page.*');
  if (joined) statement.with(MATCH, matchQuery(db, p));
  p.relations.forEach((r, i) => statement.select(relationQuery(db, r, i).as(REL(i))));
  statement.select(totalQuery(db, p, joined).as(TOTAL)).from(pageQuery(db, meta, p, joined).as('nmg_page'));
  statement.orderByRaw(orderSql(meta, p.orderBy, 'nmg_page'));
  const raw: unknown = await statement;
  const found = Array.isArray(raw) ? raw.filter(isRow) : [];
  const rows = found.map((row) => {
    const out: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const attribute = meta.columnToAttribute[column];
      const attr = attribute ? meta.attributes[attribute] : undefined;
      if (attribute && attr && attr.type !== 'relation') out[attribute] = fromDatabase(attr.type, value);
    }
    p.relations.forEach((r, i) => {
      out[r.attribute] = isRow(row[REL(i)]) ? row[REL(i)] : null;
    });
    return out;
  });
  const total = found.length > 0 ? Number(found[0][TOTAL]) : null;
  return { rows, total };
}

/** How many rows the filter selects, counting no further than `cap`: one statement of its own. */
export async function cappedCount(strapi: Core.Strapi, uid: string, where: Row, cap: number): Promise<number> {
  const db = dbOf(strapi);
  const raw: unknown = await db.connection.count('* as n').from(idsOf(db, uid, where).limit(cap).as('nmg_capped'));
  const [row] = Array.isArray(raw) ? raw.filter(isRow) : [];
  return Number(row?.n ?? 0);
}
