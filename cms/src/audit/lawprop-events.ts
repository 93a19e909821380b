// The first compilation's own events in the audit trail (issue 15, Art. 10, 11): a law proposed for
// the legal-basis library, accepted (with the legal basis created) or refused (with the reason), a
// department's header mapping saved, a kept import revalidated. These live in tables of their own
// (store/law-proposal-store.ts, header-mapping-store.ts), not content types, so the document
// service's middleware does not audit them; each handler writes its entry here, in the same table
// as every write (append-only), with who, when and what.
import type { Core } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import { AUDIT_UID, auditRow } from './record';

export const LAWPROP_ACTIONS = ['law-propose', 'law-accept', 'law-refuse', 'header-mapping-save', 'import-revalidate'] as const;
export type LawpropAction = (typeof LAWPROP_ACTIONS)[number];

/** Stored resource names of these records (not content types; the audit screen names them in its catalogue). */
export const LAW_PROPOSAL_RESOURCE = 'nmg::law-proposal';
export const HEADER_MAPPING_RESOURCE = 'nmg::header-mapping';
export const PENDING_IMPORT_RESOURCE = 'nmg::pending-import';

export interface LawpropEvent {
  action: LawpropAction;
  resource: string;
  recordId: string;
  /** What was decided or changed, e.g. { title, legalBasisId }, { opinion }, { mappings }. */
  changes: Record<string, unknown>;
}

export async function recordLawpropEvent(strapi: Core.Strapi, actor: Actor, event: LawpropEvent): Promise<void> {
  const row = auditRow(strapi, actor, { action: event.action, resource: event.resource, recordId: event.recordId, before: null, after: null }, new Date());
  await strapi.db.query(AUDIT_UID).create({ data: { ...row, changes: event.changes } });
}
