// The audit trail: who did what to which record, with the fields that changed. Written through the
// query engine inside the write's own transaction, so an audit row exists exactly when the write does.
import type { Core } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import { actorLabel } from '../scope/actor';
import type { Snapshot } from '../store/snapshot';
import { canonical } from '../util/canonical';
import { maskSnapshot, privateFieldsOf } from './personal';

export const AUDIT_UID = 'api::audit-log.audit-log';

export interface AuditEntry {
  action: string;
  resource: string;
  recordId: string;
  before: Snapshot | null;
  after: Snapshot | null;
}

/** Field-by-field difference: { field: { before, after } } for fields that changed. */
export function diff(before: Snapshot | null, after: Snapshot | null): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt' || key === 'documentId') continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (canonical(a) !== canonical(b)) out[key] = { before: b, after: a };
  }
  return out;
}

/** The address of the request in progress (behind a proxy: as `server.proxy` trusts it), or null. */
export function requestAddress(strapi: Core.Strapi): string | null {
  const ctx = strapi.requestContext.get() as { ip?: unknown } | undefined;
  return typeof ctx?.ip === 'string' && ctx.ip !== '' ? ctx.ip.slice(0, 64) : null;
}

/** The audit row of one write, as stored: who, when, what, and the masked field-by-field changes. */
export function auditRow(strapi: Core.Strapi, actor: Actor, entry: AuditEntry, at: Date): Record<string, unknown> {
  // Compared in clear (a change is a change), stored masked (Art. 21).
  const changes = diff(entry.before, entry.after);
  const personal = privateFieldsOf(strapi, entry.resource).filter((key) => key in changes);
  for (const key of personal) {
    const masked = maskSnapshot({ before: changes[key].before, after: changes[key].after }, ['before', 'after']);
    changes[key] = { before: masked?.before ?? null, after: masked?.after ?? null };
  }
  return {
    actor: actorLabel(actor),
    actorId: actor.kind === 'user' || actor.kind === 'admin' ? actor.id : null,
    actorKind: actor.kind,
    organisation: actor.kind === 'user' ? actor.organisationName : null,
    governmentCode: actor.kind === 'user' ? actor.governmentCode : null,
    role: actor.kind === 'user' ? actor.role : actor.kind,
    at,
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId,
    changes,
    address: requestAddress(strapi),
  };
}

export async function recordAudit(strapi: Core.Strapi, actor: Actor, entry: AuditEntry): Promise<void> {
  await strapi.db.query(AUDIT_UID).create({ data: auditRow(strapi, actor, entry, new Date()) });
}
