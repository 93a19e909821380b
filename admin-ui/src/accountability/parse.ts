// What the case page reads from the server, checked before use: the case's timeline (the server's
// `history` field) and the measures and exemption criteria of config/accountability.json.
import type { CaseHistoryEntry } from '../../../config/src/contracts';

export type { CaseHistoryEntry };

export interface ExemptionCriterion {
  key: string;
  name: string;
  required: boolean;
}

export interface AccountabilityCriteria {
  criteria: ExemptionCriterion[];
  minReasonLength: number;
}

export interface ChecklistEntry {
  key: string;
  met: boolean;
  note?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function parseHistory(value: unknown): CaseHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((e) => {
    const action = str(e.action);
    const to = str(e.to);
    const at = str(e.at);
    if (!action || !to || !at) return [];
    return [{ action, to, at, from: str(e.from), actor: str(e.actor) ?? '', role: str(e.role), organisation: str(e.organisation), note: str(e.note) }];
  });
}

export function parseCriteria(value: unknown): AccountabilityCriteria | null {
  if (!isObject(value) || !Array.isArray(value.criteria)) return null;
  const criteria = value.criteria.filter(isObject).flatMap((c) => {
    const key = str(c.key);
    const name = str(c.name);
    return key && name ? [{ key, name, required: c.required === true }] : [];
  });
  return { criteria, minReasonLength: typeof value.minReasonLength === 'number' ? value.minReasonLength : 1 };
}

/** The checklist stored on a case, or one unanswered entry per criterion. */
export function checklistFor(stored: unknown, criteria: ExemptionCriterion[]): ChecklistEntry[] {
  const entries = Array.isArray(stored) ? stored.filter(isObject) : [];
  return criteria.map((c) => {
    const found = entries.find((e) => e.key === c.key);
    return { key: c.key, met: found?.met === true, ...(typeof found?.note === 'string' ? { note: found.note } : {}) };
  });
}

/** What the exemption dialog lets the user confirm: every required criterion met, reasons long enough. */
export function exemptionReady(checklist: ChecklistEntry[], criteria: ExemptionCriterion[], reasons: string, minReasonLength: number): boolean {
  const requiredMet = criteria.every((c) => !c.required || checklist.some((e) => e.key === c.key && e.met));
  return requiredMet && reasons.trim().length >= minReasonLength;
}
