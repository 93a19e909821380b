// The recorded steps of a certificate (officers.certificateHistory), written by the server only.
import type { Actor } from '../scope/actor';
import { actorLabel } from '../scope/actor';
import { isRow, strOf } from '../util/row';
import type { CertificateHistoryEntry } from './types';

export function historyEntry(actor: Actor, action: string, from: string, to: string, reason: string | null, now: Date, extra: Partial<CertificateHistoryEntry> = {}): CertificateHistoryEntry {
  return {
    action,
    from,
    to,
    at: now.toISOString(),
    actor: actorLabel(actor),
    role: actor.kind === 'user' ? actor.role : actor.kind,
    organisation: actor.kind === 'user' ? actor.organisationName : null,
    reason,
    ...extra,
  };
}

/** The stored history, whatever the JSON column holds (entries that do not parse are dropped). */
export function readHistory(value: unknown): CertificateHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRow).flatMap((e) => {
    const action = strOf(e, 'action');
    const at = strOf(e, 'at');
    if (!action || !at) return [];
    return [{
      action, at,
      from: strOf(e, 'from') ?? '', to: strOf(e, 'to') ?? '', actor: strOf(e, 'actor') ?? '',
      role: strOf(e, 'role'), organisation: strOf(e, 'organisation'), reason: strOf(e, 'reason'),
      ...(e.certificateNumber !== undefined ? { certificateNumber: strOf(e, 'certificateNumber') } : {}),
      ...(e.expiresAt !== undefined ? { expiresAt: strOf(e, 'expiresAt') } : {}),
    }];
  });
}
