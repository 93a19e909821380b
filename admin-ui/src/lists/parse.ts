// Guards for what the workflow endpoints return (config/src/contracts.ts): bodies are read as
// `unknown` and only trusted once checked, so a malformed entry is dropped, not rendered.
import type { ListAction, ListDiff, ListFieldChange, ListHistoryEntry, ListWorkflowView, ReviewQueueEntry } from '../../../config/src/contracts';
import { isObject } from '../providers/types';
import { strOrNull as str, numOrNull as num, idOrNull as id } from '../providers/values';

export type { ListAction, ListDiff, ListFieldChange, ListHistoryEntry, ListWorkflowView, ReviewQueueEntry };

/** The order buttons appear in, the order of the workflow itself. */
export const LIST_ACTIONS: readonly ListAction[] = ['submit', 'forward', 'approve', 'return', 'publish', 'withdraw'];

export const isListAction = (value: unknown): value is ListAction => LIST_ACTIONS.some((a) => a === value);
const actionsOf = (value: unknown): ListAction[] => (Array.isArray(value) ? LIST_ACTIONS.filter((a) => value.includes(a)) : []);

function parseHistoryEntry(value: unknown): ListHistoryEntry | null {
  if (!isObject(value)) return null;
  // 'system': an administrator moved the state outside the configured steps; shown, never dropped.
  const action = value.action === 'supersede' || value.action === 'create' || value.action === 'system' || isListAction(value.action) ? value.action : null;
  const to = str(value.to);
  const at = str(value.at);
  if (!action || !to || !at) return null;
  return {
    action,
    from: str(value.from),
    to,
    at,
    actor: str(value.actor) ?? '',
    role: str(value.role),
    organisation: str(value.organisation),
    opinion: str(value.opinion),
  };
}

export const parseHistory = (value: unknown): ListHistoryEntry[] =>
  Array.isArray(value) ? value.map(parseHistoryEntry).filter((e): e is ListHistoryEntry => e !== null) : [];

export function parseWorkflow(value: unknown): ListWorkflowView | null {
  if (!isObject(value)) return null;
  const listId = id(value.id);
  const state = str(value.state);
  if (!listId || !state) return null;
  const department = isObject(value.department) && id(value.department.id)
    ? { id: id(value.department.id) ?? '', name: str(value.department.name) ?? '', governmentName: str(value.department.governmentName) }
    : null;
  return {
    id: listId,
    title: str(value.title),
    versionNumber: num(value.versionNumber) ?? 0,
    state,
    department,
    publicationDate: str(value.publicationDate),
    actions: actionsOf(value.actions),
    opinionRequired: actionsOf(value.opinionRequired),
    history: parseHistory(value.history),
    itemCount: num(value.itemCount) ?? 0,
    underAdjustment: value.underAdjustment === true,
  };
}

function parseItemRef(value: unknown): { powerId: string; code: string; name: string } | null {
  if (!isObject(value)) return null;
  return { powerId: str(value.powerId) ?? '', code: str(value.code) ?? '', name: str(value.name) ?? '' };
}

function parseFieldChange(value: unknown): ListFieldChange | null {
  if (!isObject(value) || !str(value.field)) return null;
  return { field: str(value.field) ?? '', before: value.before ?? null, after: value.after ?? null };
}

const refs = (value: unknown) => (Array.isArray(value) ? value.map(parseItemRef).filter((r): r is NonNullable<typeof r> => r !== null) : []);

export function parseDiff(value: unknown): ListDiff | null {
  if (!isObject(value)) return null;
  const against = isObject(value.against) && id(value.against.id)
    ? { id: id(value.against.id) ?? '', versionNumber: num(value.against.versionNumber) ?? 0, publicationDate: str(value.against.publicationDate) }
    : null;
  const changed = Array.isArray(value.changed)
    ? value.changed.flatMap((entry) => {
        const ref = parseItemRef(entry);
        if (!ref || !isObject(entry)) return [];
        const fields = Array.isArray(entry.fields) ? entry.fields.map(parseFieldChange).filter((f): f is ListFieldChange => f !== null) : [];
        return [{ ...ref, fields }];
      })
    : [];
  return { against, added: refs(value.added), removed: refs(value.removed), changed, unchanged: num(value.unchanged) ?? 0 };
}

function parseQueueEntry(value: unknown): ReviewQueueEntry | null {
  if (!isObject(value)) return null;
  const listId = id(value.id);
  const state = str(value.state);
  if (!listId || !state || !isObject(value.department)) return null;
  return {
    id: listId,
    title: str(value.title),
    versionNumber: num(value.versionNumber) ?? 0,
    state,
    department: { id: id(value.department.id) ?? '', name: str(value.department.name) ?? '' },
    governmentName: str(value.governmentName),
    actions: actionsOf(value.actions),
    updatedAt: str(value.updatedAt) ?? '',
  };
}

/** GET /console-api/review-queue → { data: ReviewQueueEntry[] } */
export function parseReviewQueue(value: unknown): ReviewQueueEntry[] {
  const data = isObject(value) ? value.data : null;
  return Array.isArray(data) ? data.map(parseQueueEntry).filter((e): e is ReviewQueueEntry => e !== null) : [];
}
