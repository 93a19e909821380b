// Each transition of a list version is recorded on it: who, in which role and organisation, when,
// from which state to which, and the written opinion (Art. 13).
import type { ListAction, ListHistoryEntry } from '@nmg/config';
import type { Actor } from '../scope/actor';
import { stepAuthor } from '../audit/step-author';

export function historyEntry(actor: Actor, action: ListHistoryEntry['action'], from: string | null, to: string, opinion: string | null, at: Date): ListHistoryEntry {
  const who = stepAuthor(actor);
  return { action, from, to, at: at.toISOString(), ...who, opinion: opinion?.trim() ? opinion.trim() : null };
}

/** The workflow action that moves a version between two states, per config/workflow.json. */
export function actionFor(transitions: readonly { from: string; to: string; action: string }[], from: string, to: string): ListHistoryEntry['action'] {
  if (to === 'superseded') return 'supersede';
  const action = transitions.find((t) => t.from === from && t.to === to)?.action;
  return action ? (action as ListAction) : 'system';
}
