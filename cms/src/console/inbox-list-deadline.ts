// When a returned list or a list waiting for review becomes overdue (issue 14). The regulation sets
// no number of days: Art. 13 asks that lists be adjusted 及时 and Art. 10, 11 leave the review to the
// government's departments, so the days are the office's own limits in config/deadlines.json
// (returnedListDays, listReviewDays), counted from the day the version entered its present state.
import type { ListHistoryEntry } from '@nmg/config';

/** The states in which a list waits for a review step (the head's forwarding, the legal review). */
export const REVIEW_STATES: readonly string[] = ['submitted', 'legal-review'];

export type ListLateReason = 'returnedListLate' | 'listReviewLate';

export interface ListDeadline {
  /** The last day (UTC calendar date) on which the step is still in time. */
  due: string;
  overdue: boolean;
  reason: ListLateReason;
}

export interface ListDeadlineDays {
  returnedListDays: number;
  listReviewDays: number;
}

interface ListTiming {
  state: string;
  history: readonly ListHistoryEntry[];
  updatedAt: string;
}

const DAY_MS = 86400000;

/** The day the version entered its present state: its last transition into it, else its last update. */
export function enteredStateOn(list: ListTiming): string | null {
  const entry = [...list.history].reverse().find((h) => h.to === list.state && typeof h.at === 'string');
  const at = Date.parse(entry?.at ?? list.updatedAt);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}

/**
 * The deadline of a version's present step, or null when the step has none. Late from the day after
 * `due`: a list returned 15 days ago under a 15-day limit is still in time today.
 */
export function listDeadline(list: ListTiming, days: ListDeadlineDays, today: string): ListDeadline | null {
  const reason: ListLateReason | null = list.state === 'returned' ? 'returnedListLate' : REVIEW_STATES.includes(list.state) ? 'listReviewLate' : null;
  if (reason === null) return null;
  const since = enteredStateOn(list);
  if (since === null) return null;
  const limit = reason === 'returnedListLate' ? days.returnedListDays : days.listReviewDays;
  const due = new Date(Date.parse(`${since}T00:00:00Z`) + limit * DAY_MS).toISOString().slice(0, 10);
  return { due, overdue: due < today, reason };
}
