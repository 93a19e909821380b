// Rows of a content type (or component) written as Strapi's query engine writes them with
// createMany, in one INSERT … SELECT FROM unnest(…) per 5,000 rows instead of a multi-row VALUES
// with one bound parameter per cell (issue 17: 5,000 officers are 95,000 parameters, which
// PostgreSQL parses and plans at about twice the cost of 19 arrays). What createMany does is done
// here in the same order and by the same code: the lifecycles (`beforeCreateMany`: the timestamps,
// the sealing of personal information, Art. 21; `afterCreateMany`), then each scalar attribute's
// default when absent and its field's `toDB` (Strapi's own field classes), then the attribute's
// column; a to-one relation kept in a column of the table (createdBy, updatedBy) as processData
// sets it. A type with a polymorphic relation column (none in this schema) goes through createMany.
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { chunksOf } from '../../util/chunks';
import type { Row } from '../../util/row';

interface DbField {
  toDB(value: unknown): unknown;
}

interface DbAttribute {
  type: string;
  columnName?: string;
  default?: unknown;
  joinColumn?: { name: string };
  morphColumn?: unknown;
  owner?: boolean;
}

/** The id a to-one foreign-key value names, as the query engine's toId reads it (a number, a string, or `{ id }`). */
function idOf(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'id' in value) return value.id;
  return value;
}

interface DbMeta {
  tableName: string;
  attributes: Record<string, DbAttribute>;
}

// Strapi's own list (@strapi/database utils/types SCALAR_TYPES): what processData converts.
const SCALAR_TYPES = ['increments', 'password', 'email', 'string', 'uid', 'richtext', 'text', 'json', 'enumeration', 'integer', 'biginteger', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'boolean', 'blocks'];

/** Strapi's field of an attribute type (the one createMany's processData uses). */
function fieldOf(type: string): DbField {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fields: unknown = require('@strapi/database/dist/fields/index.js');
  const create = typeof fields === 'object' && fields !== null && 'createField' in fields ? fields.createField : undefined;
  if (typeof create !== 'function') throw new Error('bulk import: @strapi/database no longer exports createField');
  const field: unknown = create({ type });
  if (typeof field !== 'object' || field === null || !('toDB' in field) || typeof field.toDB !== 'function') throw new Error(`bulk import: no field for ${type}`);
  return field as DbField;
}

/** A row as processData and toRow make it: defaults, toDB, column names. */
function toColumns(meta: DbMeta, data: Row, fields: Map<string, DbField>): Row {
  const out: Row = {};
  for (const [key, attr] of Object.entries(meta.attributes)) {
    // A to-one relation held in a column of this table (createdBy, updatedBy): set only when the data names it.
    if (attr.type === 'relation' && attr.owner === true && attr.joinColumn) {
      const named = data[key] !== undefined ? data[key] : data[attr.joinColumn.name];
      if (named !== undefined) out[attr.joinColumn.name] = named === null ? null : idOf(named);
      continue;
    }
    if (!SCALAR_TYPES.includes(attr.type)) continue;
    let value = data[key];
    if (value === undefined) {
      if (attr.default === undefined) continue;
      value = typeof attr.default === 'function' ? (attr.default as () => unknown)() : attr.default;
      out[attr.columnName ?? key] = value;
      continue;
    }
    const field = fields.get(attr.type) ?? fieldOf(attr.type);
    fields.set(attr.type, field);
    out[attr.columnName ?? key] = value === null ? null : field.toDB(value);
  }
  return out;
}

const columnTypes = new Map<string, Map<string, string>>();

/** The table's column types (udt names), read once per table. */
async function typesOf(trx: Knex.Transaction, table: string): Promise<Map<string, string>> {
  const known = columnTypes.get(table);
  if (known) return known;
  const result = await trx.raw<{ rows: { column_name: string; udt_name: string }[] }>(
    'SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()',
    [table],
  );
  const types = new Map(result.rows.map((r) => [r.column_name, r.udt_name]));
  columnTypes.set(table, types);
  return types;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const JSON_TYPES = ['json', 'jsonb'];

/** Plain rows (column names, database values) into a table, one unnest statement per column set and 5,000 rows. */
export async function insertColumns(trx: Knex.Transaction, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const types = await typesOf(trx, table);
  // Rows that leave a column out get its default (as knex writes DEFAULT), so rows are grouped by their columns.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row).filter((k) => row[k] !== undefined).sort().join('\u0000');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const [key, group] of groups) {
    const columns = key.split('\u0000');
    const casts = columns.map((c) => {
      const type = types.get(c);
      if (!type) throw new Error(`bulk import: ${table} has no column ${c}`);
      return type;
    });
    for (const chunk of chunksOf(group, 5000)) {
      const arrays = columns.map((c, i) => chunk.map((r) => {
        const v = r[c];
        // A json column's value is its text (Strapi's json field gives a string already).
        return JSON_TYPES.includes(casts[i]) && v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
      }));
      const select = columns.map((c, i) => (JSON_TYPES.includes(casts[i]) ? `u.${quote(c)}::${casts[i]}` : `u.${quote(c)}`)).join(', ');
      const unnest = casts.map((t) => `?::${JSON_TYPES.includes(t) ? 'text' : t}[]`).join(', ');
      await trx.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS u(${columns.map(quote).join(', ')})`, arrays);
    }
  }
}

/** createMany of `uid` with the ids given in the data; the same lifecycles, conversions and columns. */
export async function insertEntities(strapi: Core.Strapi, trx: Knex.Transaction, uid: string, data: Row[]): Promise<void> {
  if (data.length === 0) return;
  const meta = strapi.db.metadata.get(uid) as unknown as DbMeta;
  if (Object.values(meta.attributes).some((a) => a.owner === true && a.morphColumn !== undefined)) {
    await strapi.db.query(uid as UID.Schema).createMany({ data });
    return;
  }
  // Rows without an id take theirs from the table's sequence now, as the insert would.
  const missing = data.filter((d) => d.id === undefined || d.id === null);
  if (missing.length > 0) {
    const result = await trx.raw<{ rows: { id: number }[] }>(`SELECT nextval(pg_get_serial_sequence(?, 'id'))::int AS id FROM generate_series(1, ?)`, [meta.tableName, missing.length]);
    missing.forEach((d, i) => (d.id = Number(result.rows[i].id)));
  }
  const params: { data: Row[] } = { data };
  const states = await strapi.db.lifecycles.run('beforeCreateMany', uid, { params });
  const fields = new Map<string, DbField>();
  await insertColumns(trx, meta.tableName, params.data.map((d) => toColumns(meta, d, fields)));
  const ids = params.data.map((d) => d.id);
  await strapi.db.lifecycles.run('afterCreateMany', uid, { params, result: { count: data.length, ids } }, states);
}
