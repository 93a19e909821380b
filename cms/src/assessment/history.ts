// Each step of an assessment is recorded on it (Art. 22: 公开、公平、公正): who, in which role and
// organisation, when, from which state to which, and the written opinion of a return.
import type { AssessmentHistoryEntry } from '@nmg/config';
import type { Actor } from '../scope/actor';
import { stepAuthor } from '../audit/step-author';

export type { AssessmentHistoryEntry };

export function assessmentHistoryEntry(actor: Actor, action: string, from: string | null, to: string, opinion: string | null, at: Date): AssessmentHistoryEntry {
  const who = stepAuthor(actor);
  return { action, from, to, at: at.toISOString(), ...who, opinion: opinion?.trim() ? opinion.trim() : null };
}
