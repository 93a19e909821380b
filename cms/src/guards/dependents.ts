// Deletion that keeps the record (issue 13): an organisation, post, officer, power, legal basis or
// accountability case that anything still refers to is never hard-deleted. Strapi 5 keeps relations
// in link tables whose rows cascade away with either end, so a delete would silently orphan the
// officers, powers, list versions and accounts of a department, and the subject of an open case.
// The refusal runs in the document-service middleware, so every path (console API, the admin's
// content manager, internal services) gets it, inside the delete's transaction after the row lock.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isRow } from '../util/row';

/** The types whose deletion is refused while anything depends on them (DECISIONS: refuse, not archive). */
export const DELETE_PROTECTED = new Set([
  'api::government.government',
  'api::department.department',
  'api::agency.agency',
  'api::post.post',
  'api::officer.officer',
  'api::power.power',
  'api::legal-basis.legal-basis',
  'api::accountability-case.accountability-case',
]);

const SKIPPED_FIELDS = new Set(['localizations', 'createdBy', 'updatedBy']);

const LABELS: Record<string, string> = { 'plugin::users-permissions.user': '用户账号' };

export interface Dependent {
  uid: string;
  label: string;
  field: string;
  count: number;
}

interface Attribute {
  type?: string;
  target?: string;
  mappedBy?: string;
}

interface ModelShape {
  info?: { displayName?: string };
  attributes?: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
}

/** Every owning relation (content type or component) that points at `uid`. */
function referencesTo(strapi: Core.Strapi, uid: string): { uid: string; label: string; field: string; draftOnly: boolean }[] {
  const models: [string, ModelShape][] = [
    ...Object.entries(strapi.contentTypes as unknown as Record<string, ModelShape>),
    ...Object.entries(strapi.components as unknown as Record<string, ModelShape>),
  ];
  const out: { uid: string; label: string; field: string; draftOnly: boolean }[] = [];
  for (const [modelUid, model] of models) {
    for (const [field, attr] of Object.entries(model.attributes ?? {})) {
      // The inverse side (mappedBy) is the same link seen from the other end: counted once, from its owner.
      if (attr.type !== 'relation' || attr.target !== uid || attr.mappedBy) continue;
      // Strapi's own bookkeeping relations (a document's locales) are no dependents.
      if (SKIPPED_FIELDS.has(field)) continue;
      out.push({ uid: modelUid, label: LABELS[modelUid] ?? model.info?.displayName ?? modelUid, field, draftOnly: model.options?.draftAndPublish === true });
    }
  }
  return out;
}

/** Records that refer to the document, by type and field; published snapshots that cite it count too. */
export async function dependentsOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<Dependent[]> {
  const found: Dependent[] = [];
  for (const ref of referencesTo(strapi, uid)) {
    // A draft-and-publish document has a draft row and a published row: count the draft only.
    const where = { [ref.field]: { documentId }, ...(ref.draftOnly ? { publishedAt: null } : {}) };
    const n = Number(await strapi.db.query(ref.uid).count({ where }));
    if (n > 0) found.push({ uid: ref.uid, label: ref.label, field: ref.field, count: n });
  }
  const snapshotField = uid === 'api::department.department' ? 'departmentId' : uid === 'api::power.power' ? 'powerId' : null;
  if (snapshotField) {
    const n = Number(await strapi.db.query('api::published-item.published-item').count({ where: { [snapshotField]: documentId, current: true } }));
    if (n > 0) found.push({ uid: 'api::published-item.published-item', label: '已公布事项', field: snapshotField, count: n });
  }
  return found;
}

export function dependentsMessage(typeLabel: string, dependents: Dependent[]): string {
  const byLabel = new Map<string, number>();
  for (const d of dependents) byLabel.set(d.label, (byLabel.get(d.label) ?? 0) + d.count);
  const list = [...byLabel].map(([label, n]) => `${label} ${n} 条`).join('、');
  return `该${typeLabel}仍被以下记录引用，不能删除：${list}。请先转移或处理这些记录；已公布和已引用的记录须保留以备查。`;
}

/** 409 on the console API (ConflictError); the content manager shows the same message. */
export class HasDependents extends errors.ApplicationError {
  constructor(message: string, dependents: Dependent[]) {
    super(message, { code: 'HAS_DEPENDENTS', field: 'id', errors: { id: [message] }, items: dependents });
    (this as { name: string }).name = 'ConflictError';
  }
}

/** Throws HasDependents when anything refers to the document about to be deleted. */
export async function refuseDeleteWithDependents(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  if (!DELETE_PROTECTED.has(uid) || !documentId) return;
  const dependents = await dependentsOf(strapi, uid, documentId);
  if (dependents.length === 0) return;
  const model: unknown = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  const info = isRow(model) && isRow(model.info) ? model.info : null;
  const label = info && typeof info.displayName === 'string' ? info.displayName : '记录';
  throw new HasDependents(dependentsMessage(label, dependents), dependents);
}
