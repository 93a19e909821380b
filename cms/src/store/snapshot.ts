// A flat view of one stored document (scalars, JSON, and documentIds of to-one relations) used for
// before/after comparisons in the audit trail and in rules that look at what a write changed.
import type { Core, UID } from '@strapi/strapi';
import type { ModelLike } from '../util/model';
import { asRow, isRow, rowsOf, type Row } from '../util/row';
import { chunksOf } from '../util/chunks';
import { canonical } from '../util/canonical';
import { BULK_FIELDS, columnFields } from '../util/columns';

export type Snapshot = Record<string, unknown>;

// publishedAt is rewritten by Strapi on every update of a type without drafts: not a change.
// Bulk fields (a batch adjustment's sheet rows, search hashes) are read only where needed; reading
// and comparing them on every write would cost seconds.
const SKIP = new Set(['id', 'createdBy', 'updatedBy', 'localizations', 'locale', 'publishedAt', ...BULK_FIELDS]);

export const modelOf = (strapi: Core.Strapi, uid: string): ModelLike => strapi.getModel(uid as UID.Schema) as unknown as ModelLike;

const toOneRelations = (model: ModelLike): string[] =>
  Object.entries(model.attributes)
    .filter(([key, a]) => a.type === 'relation' && !SKIP.has(key) && (a.relation === 'manyToOne' || a.relation === 'oneToOne') && !a.mappedBy)
    .map(([key]) => key);

/**
 * What a snapshot reads: the scalar columns and the documentIds of the to-one relations. publishedAt
 * is read though not compared, so the row is the whole record a console save answers with when it
 * changes nothing (console/unchanged.ts).
 */
const snapshotQuery = (model: ModelLike) => ({
  select: ['id', ...('publishedAt' in model.attributes ? ['publishedAt'] : []), ...columnFields(model, SKIP)],
  populate: Object.fromEntries(toOneRelations(model).map((k) => [k, { select: ['documentId'] }])),
});

export async function loadSnapshot(strapi: Core.Strapi, uid: string, documentId: string, published?: boolean): Promise<Snapshot | null> {
  return (await loadWriteRow(strapi, uid, documentId, { published }))?.snapshot ?? null;
}

export interface WriteRowOptions {
  /** The published (true) or draft (false) row of a type with drafts; either when left out. */
  published?: boolean;
  /** A scope filter the row must also match (null: none); no row when it does not. */
  filter?: Row | null;
  /** More to populate for a rule that checks the row (merged over the snapshot's own relations). */
  populate?: Row;
}

/**
 * One read of a document for a write: its snapshot (audit, before/after comparisons) and, in the
 * same query, whatever the type's rule needs populated, so the rule does not read the row again
 * (issue 16). With `filter`, a row outside it reads as missing: the scope check is the same query.
 */
/** A document as a write reads it: the row (with what was populated) and its flat snapshot. */
export interface WriteRow {
  row: Row;
  snapshot: Snapshot;
}

export async function loadWriteRow(strapi: Core.Strapi, uid: string, documentId: string, options: WriteRowOptions = {}): Promise<WriteRow | null> {
  const model = modelOf(strapi, uid);
  const own: Row = { documentId };
  if (options.published !== undefined) own.publishedAt = options.published ? { $notNull: true } : { $null: true };
  const where: Row = options.filter ? { $and: [own, options.filter] } : own;
  const query = snapshotQuery(model);
  const populate = { ...query.populate, ...(options.populate ?? {}) };
  const row: unknown = await strapi.db.query(uid as UID.Schema).findOne({ where, select: query.select, populate });
  if (!isRow(row)) return null;
  return { row, snapshot: flatten(row, model) };
}

/** The snapshots of many documents, by documentId, read as loadSnapshot reads one (a query per 1,000). */
export async function loadSnapshots(strapi: Core.Strapi, uid: string, documentIds: readonly string[]): Promise<Map<string, Snapshot>> {
  const model = modelOf(strapi, uid);
  const out = new Map<string, Snapshot>();
  for (const chunk of chunksOf(documentIds, 1000)) {
    const rows: unknown = await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId: { $in: chunk } }, ...snapshotQuery(model) });
    for (const row of rowsOf(rows)) if (!out.has(String(row.documentId))) out.set(String(row.documentId), flatten(row, model));
  }
  return out;
}

export function flatten(row: Row, model: ModelLike): Snapshot {
  const out: Snapshot = {};
  for (const [key, attr] of Object.entries(model.attributes)) {
    if (SKIP.has(key)) continue;
    if (attr.type === 'relation') {
      if (key in row) out[key] = row[key] === null ? null : asRow(row[key])?.documentId ?? null;
    } else if (attr.type === 'password' || /Token$/.test(key) || key === 'passwordHistory') {
      // Secrets never enter the audit trail.
      continue;
    } else if (attr.type !== 'component' && attr.type !== 'dynamiczone' && attr.type !== 'media' && key in row) {
      const value = row[key];
      out[key] = value instanceof Date ? value.toISOString() : value;
    }
  }
  out.documentId = row.documentId;
  return out;
}

/** Fields whose value differs between two snapshots (or is written in `data` for fields not snapshotted). */
export function changedFields(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'updatedAt' && k !== 'createdAt' && canonical(before[k]) !== canonical(after[k]));
}
