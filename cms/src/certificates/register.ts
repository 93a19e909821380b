// What the server adds to an officer entered by a user (form, import, Strapi's /api), Art. 19:
// the certificate's history starts with a register entry (the history is the server's record, so
// whatever the client sent there is dropped), and a certificate entered with its officer counts as
// verified on its issue date, so the next review (年审, config/certificates.json) falls due from
// there, as for one issued here. Shared by the rule adapter and the bulk import.
import type { Actor } from '../scope/actor';
import type { Row } from '../util/row';
import { historyEntry } from './history';

/** Strips the client's history; on create, adds the register entry and the review date. Mutates `data`. */
export function applyOfficerWriteDefaults(data: Row, actor: Actor, action: string, now: Date): void {
  delete data.certificateHistory;
  if (action !== 'create') return;
  const status = typeof data.status === 'string' ? data.status : 'valid';
  data.certificateHistory = [historyEntry(actor, 'register', 'none', status, null, now, { certificateNumber: typeof data.certificateNumber === 'string' ? data.certificateNumber : null })];
}

/** On create, the review date defaults to the issue date. Mutates `data`. */
export function applyOfficerReviewDefault(data: Row): void {
  if (data.certificateReviewedAt === undefined && typeof data.certificateIssuedAt === 'string') data.certificateReviewedAt = data.certificateIssuedAt;
}
