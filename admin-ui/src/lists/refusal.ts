// A refused transition as the screen shows it: the stable code, the server's Chinese message and,
// for the submission checks (LIST_COMPLETE, DECOMPOSED, RESPONSIBILITY_ASSIGNED), every failing
// item with its field.
import { HttpError } from 'react-admin';
import { isObject } from '../providers/types';

export interface RefusedItem {
  /** The item's code (事项编码). */
  item: string;
  field: string;
  message: string;
}

export interface TransitionRefusal {
  status: number | null;
  code: string;
  message: string;
  items: RefusedItem[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function itemsOf(value: unknown): RefusedItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((entry) => ({ item: str(entry.item), field: str(entry.field), message: str(entry.message) }));
}

export function transitionRefusal(error: unknown): TransitionRefusal {
  if (error instanceof HttpError && isObject(error.body)) {
    const body = error.body;
    const items = itemsOf(body.items);
    return {
      status: error.status,
      code: str(body.code) || 'UNKNOWN',
      message: str(body.message) || error.message,
      // The contract names them `items`; a rule's own result calls them `details`.
      items: items.length > 0 ? items : itemsOf(body.details),
    };
  }
  const status = error instanceof HttpError ? error.status : null;
  const message = error instanceof Error ? error.message : '';
  return { status, code: 'UNKNOWN', message, items: [] };
}
