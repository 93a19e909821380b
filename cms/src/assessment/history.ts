// Each step of an assessment is recorded on it (Art. 22: 公开、公平、公正): who, in which role and
// organisation, when, from which state to which, and the written opinion of a return.
import type { Actor } from '../scope/actor';

export interface AssessmentHistoryEntry {
  action: string;
  from: string | null;
  to: string;
  at: string;
  actor: string;
  role: string | null;
  organisation: string | null;
  opinion: string | null;
}

export function assessmentHistoryEntry(actor: Actor, action: string, from: string | null, to: string, opinion: string | null, at: Date): AssessmentHistoryEntry {
  const who =
    actor.kind === 'user'
      ? { actor: actor.username, role: actor.role, organisation: actor.organisationName || null }
      : actor.kind === 'admin'
        ? { actor: actor.email, role: 'administrator', organisation: null }
        : { actor: actor.kind, role: null, organisation: null };
  return { action, from, to, at: at.toISOString(), ...who, opinion: opinion?.trim() ? opinion.trim() : null };
}
