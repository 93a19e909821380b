// The one read of a record that a console save makes before it writes (issue 16). Taken under the
// row lock, through the writer's scope and with the query the document-service middleware sends
// for its before-state (scope/write-row.ts), so the middleware takes it over (store/pre-read.ts)
// instead of reading the row again; populated besides with what the save compares with the body
// (components and to-many relations, each relation through the reader's scope as on screen).
import type { Core, UID } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import { readFilter } from '../scope/filters';
import type { AttributeLike, ModelLike, ModelLookup } from '../scope/populate';
import { writeRowScope } from '../scope/write-row';
import { loadWriteRow, type WriteRow } from '../store/snapshot';
import { asRow, isRow, type Row } from '../util/row';
import { CONSOLE_INTERNAL } from './records';

const TO_ONE = ['oneToOne', 'manyToOne'];
const isOwnedRelation = (attr: AttributeLike): attr is AttributeLike & { target: string } =>
  attr.type === 'relation' && !attr.mappedBy && !!attr.target;

/**
 * The query-engine populate of what a console record shows (records.ts consolePopulate), each
 * relation narrowed to what the actor may read. The top level's to-one relations are left to the
 * snapshot's own populate (unscoped: the audit and the rules see what is stored); the save asks
 * which of them the user may read with the relation check (shownAs below).
 */
function editPopulate(model: ModelLike, lookup: ModelLookup, actor: Actor, top: boolean): Row {
  const populate: Row = {};
  for (const [key, attr] of Object.entries(model.attributes)) {
    if (CONSOLE_INTERNAL.has(key)) continue;
    if (isOwnedRelation(attr)) {
      if (top && TO_ONE.includes(attr.relation ?? '')) continue;
      const filter = readFilter(actor, attr.target);
      populate[key] = filter ? { select: ['documentId'], where: filter } : { select: ['documentId'] };
    } else if (attr.type === 'component' && attr.component) {
      const component = lookup(attr.component);
      const inner = component ? editPopulate(component, lookup, actor, false) : {};
      populate[key] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}

export function readForEdit(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, model: ModelLike, lookup: ModelLookup): Promise<WriteRow | null> {
  return loadWriteRow(strapi, uid, documentId, { ...writeRowScope(strapi, actor, uid), populate: editPopulate(model, lookup, actor, true) });
}

/** The documents the row's top-level to-one relations point at, by target type (for the relation check). */
export function storedToOne(row: Row, model: ModelLike): { target: string; ids: string[] }[] {
  return Object.entries(model.attributes).flatMap(([key, attr]) => {
    const id = asRow(row[key])?.documentId;
    return isOwnedRelation(attr) && TO_ONE.includes(attr.relation ?? '') && typeof id === 'string' ? [{ target: attr.target, ids: [id] }] : [];
  });
}

/** The row as the user is shown it: a to-one relation to a record the user may not read is null. */
export function shownAs(row: Row, model: ModelLike, readable: ReadonlyMap<string, ReadonlySet<string>>): Row {
  const shown: Row = { ...row };
  for (const [key, attr] of Object.entries(model.attributes)) {
    const id = asRow(row[key])?.documentId;
    if (!isOwnedRelation(attr) || !TO_ONE.includes(attr.relation ?? '') || typeof id !== 'string') continue;
    if (!readable.get(attr.target)?.has(id)) shown[key] = null;
  }
  return shown;
}

/**
 * Only the named components and to-many relations of the document, populated as readForEdit does
 * (for a save's answer: the fields it wrote, read back as stored and narrowed to what the user may read).
 */
export async function readStructures(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, model: ModelLike, lookup: ModelLookup, keys: readonly string[]): Promise<Row | null> {
  const all = editPopulate(model, lookup, actor, true);
  const populate = Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]]));
  const { published } = writeRowScope(strapi, actor, uid);
  const where: Row = published === undefined ? { documentId } : { documentId, publishedAt: { $null: true } };
  const row: unknown = await strapi.db.query(uid as UID.Schema).findOne({ where, select: ['id'], populate });
  return isRow(row) ? row : null;
}
