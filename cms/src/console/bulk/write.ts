// Writes the rows of one content type (or component), set-based, into the tables the document
// service writes one by one: ids from each table's own sequence, the rows as Strapi's query engine
// writes them (insert-rows.ts: its lifecycles, column names, value conversion, defaults and
// timestamps, in unnest statements), components
// before their owner with their `_cmps` link rows, and relation link rows with the order values
// Strapi gives them (position in this record's list; position in the target's list, after the
// largest stored one).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { modelOf } from '../../store/snapshot';
import type { AttributeLike, ModelLike } from '../../scope/populate';
import { chunksOf } from '../../util/chunks';
import { asRow, isRow, type Row } from '../../util/row';
import { hasInverseOrderColumn, hasOrderColumn, metaOf, type JoinTableLike, type MetaAttribute } from './metadata';
import type { IdMap } from './references';
import { insertColumns, insertEntities } from './insert-rows';
import { ownAttribute } from '../../util/model';

/** One record to write: the validator's values, the input (for relation documentIds), and server-set columns. */
export interface Planned {
  values: Row;
  data: Row;
  extra: Row;
}

interface LinkRows {
  table: JoinTableLike;
  rows: Row[];
}

const NOT_SCALAR = ['relation', 'component', 'dynamiczone', 'media'];

const scalarsOf = (model: ModelLike, values: Row): Row =>
  Object.fromEntries(Object.entries(values).filter(([key]) => {
    const attr = ownAttribute(model, key);
    return attr !== undefined && !NOT_SCALAR.includes(attr.type);
  }));

async function nextIds(trx: Knex.Transaction, table: string, count: number): Promise<number[]> {
  const result = await trx.raw<{ rows: { id: number }[] }>(`SELECT nextval(pg_get_serial_sequence(?, 'id'))::int AS id FROM generate_series(1, ?)`, [table, count]);
  return result.rows.map((r) => Number(r.id));
}

const listOf = (value: unknown, repeatable: boolean): unknown[] => (repeatable ? (Array.isArray(value) ? value : []) : value === null || value === undefined ? [] : [value]);

function joinTableOf(meta: MetaAttribute, key: string): JoinTableLike {
  if (!meta.joinTable) throw new Error(`bulk import: attribute ${key} has no join table`);
  return meta.joinTable;
}

/** The component rows of one component attribute, then their links to the owners. */
async function componentLinks(strapi: Core.Strapi, trx: Knex.Transaction, key: string, attr: AttributeLike, meta: MetaAttribute, owners: number[], planned: readonly Planned[], idMap: IdMap): Promise<LinkRows> {
  const component = attr.component ?? '';
  const items: { owner: number; position: number; item: Planned }[] = [];
  planned.forEach((p, i) => {
    const data = listOf(p.data[key], attr.repeatable === true);
    listOf(p.values[key], attr.repeatable === true).forEach((v, position) => {
      if (isRow(v)) items.push({ owner: owners[i], position, item: { values: v, data: asRow(data[position]) ?? {}, extra: {} } });
    });
  });
  const ids = await insertPlanned(strapi, trx, component, items.map((x) => x.item), idMap);
  const table = joinTableOf(meta, key);
  // As the document service links them: field and component type in the row, order in the list.
  const rows = items.map((x, k) => ({
    [table.joinColumn.name]: x.owner,
    [table.inverseJoinColumn.name]: ids[k],
    ...table.on,
    field: key,
    component_type: component,
    ...(hasOrderColumn(meta) && table.orderColumnName ? { [table.orderColumnName]: x.position + 1 } : {}),
  }));
  return { table, rows };
}

async function largestInverseOrders(trx: Knex.Transaction, table: JoinTableLike, targets: number[]): Promise<Map<number, number>> {
  const column = table.inverseOrderColumnName ?? '';
  const out = new Map<number, number>();
  for (const chunk of chunksOf(targets, 5000)) {
    const rows = (await trx(table.name).select(table.inverseJoinColumn.name).max(column, { as: 'max' }).whereIn(table.inverseJoinColumn.name, chunk).where(table.on ?? {}).groupBy(table.inverseJoinColumn.name)) as Row[];
    for (const r of rows) out.set(Number(r[table.inverseJoinColumn.name]), Number(r.max ?? 0));
  }
  return out;
}

/** The link rows of one relation attribute. */
async function relationLinks(trx: Knex.Transaction, key: string, attr: AttributeLike, meta: MetaAttribute, owners: number[], planned: readonly Planned[], idMap: IdMap): Promise<LinkRows> {
  const table = joinTableOf(meta, key);
  const known = idMap.get(attr.target ?? '') ?? new Map<string, number>();
  const targets = planned.map((p) => {
    const value = p.data[key];
    const documentIds = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    // Strapi links a target once however often it is named (uniqBy id), in the order first named.
    return [...new Set(documentIds)].map((d) => {
      const id = known.get(d);
      if (id === undefined) throw new Error(`bulk import: ${key} ${d} was not resolved`);
      return id;
    });
  });
  const inverse = hasInverseOrderColumn(meta) && table.inverseOrderColumnName ? await largestInverseOrders(trx, table, [...new Set(targets.flat())]) : null;
  const rows: Row[] = [];
  planned.forEach((_p, i) => targets[i].forEach((target, position) => {
    const row: Row = { [table.joinColumn.name]: owners[i], [table.inverseJoinColumn.name]: target, ...table.on };
    if (hasOrderColumn(meta) && table.orderColumnName) row[table.orderColumnName] = position + 1;
    if (inverse && table.inverseOrderColumnName) {
      const next = (inverse.get(target) ?? 0) + 1;
      inverse.set(target, next);
      row[table.inverseOrderColumnName] = next;
    }
    rows.push(row);
  }));
  return { table, rows };
}

/** Inserts the records of `uid` with their components and links; returns their ids, in order. */
export async function insertPlanned(strapi: Core.Strapi, trx: Knex.Transaction, uid: string, planned: readonly Planned[], idMap: IdMap): Promise<number[]> {
  if (planned.length === 0) return [];
  const model = modelOf(strapi, uid);
  const meta = metaOf(strapi, uid);
  const ids = await nextIds(trx, meta.tableName, planned.length);
  const links: LinkRows[] = [];
  // Components first, as the document service creates them before their owner.
  for (const [key, attr] of Object.entries(model.attributes)) {
    if (attr.type === 'component') links.push(await componentLinks(strapi, trx, key, attr, meta.attributes[key], ids, planned, idMap));
  }
  await insertEntities(strapi, trx, uid, planned.map((p, i) => ({ ...scalarsOf(model, p.values), ...p.extra, id: ids[i] })));
  for (const [key, attr] of Object.entries(model.attributes)) {
    // Only relations the rows name (never Strapi's createdBy/updatedBy, which console input cannot set).
    if (attr.type === 'relation' && planned.some((p) => p.data[key] !== undefined && p.data[key] !== null)) links.push(await relationLinks(trx, key, attr, meta.attributes[key], ids, planned, idMap));
  }
  for (const link of links) await insertColumns(trx, link.table.name, link.rows);
  return ids;
}
