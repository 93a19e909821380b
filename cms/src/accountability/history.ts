// Each step of an accountability case is recorded on it (who, in which role and organisation, when,
// from which state to which, and a note): the timeline the console shows, written by the server.
import type { CaseHistoryEntry } from '@nmg/config';
import type { Actor } from '../scope/actor';
import { stepAuthor } from '../audit/step-author';

export type { CaseHistoryEntry };

export function caseHistoryEntry(actor: Actor, action: string, from: string | null, to: string, note: string | null, at: Date = new Date()): CaseHistoryEntry {
  const who = stepAuthor(actor);
  return { action, from, to, at: at.toISOString(), ...who, note: note?.trim() ? note.trim() : null };
}

/** The action a state change stands for, as the timeline names it. */
export const ACTION_OF_STATE: Record<string, string> = { open: 'open', corrected: 'correct', escalated: 'escalate', exempted: 'exempt', closed: 'close' };

export const historyOf = (value: unknown): CaseHistoryEntry[] => (Array.isArray(value) ? (value as CaseHistoryEntry[]) : []);
