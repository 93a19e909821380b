// The inbox of GET /console-api/inbox, parsed into the shape the server writes (config/src/dashboard.ts):
// what the user must do now. An item of a kind this console cannot open is left out.
import { INBOX_KINDS, type InboxItem, type InboxKind, type InboxMore } from '../../../config/src/dashboard';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { isObject } from '../providers/types';
import { parseFigure } from './types';

export type { InboxItem, InboxMore };

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const kindOf = (v: unknown): InboxKind | undefined => INBOX_KINDS.find((k) => k === v);

/** Items as the server writes them (the inbox, and the dashboard's late lists); malformed ones are left out. */
export function parseInboxItems(value: unknown): InboxItem[] {
  const data = Array.isArray(value) ? value : [];
  return data.filter(isObject).flatMap((r) => {
    const id = str(r.id);
    const resource = str(r.resource);
    const kind = kindOf(r.kind);
    if (!id || !resource || !kind) return [];
    return [{ kind, resource, id, title: str(r.title) ?? '', organisation: str(r.organisation), step: str(r.step) ?? '', due: str(r.due), overdue: r.overdue === true, reason: str(r.reason), opinion: str(r.opinion) }];
  });
}

export const parseInbox = (body: unknown): InboxItem[] => parseInboxItems(isObject(body) ? body.data : null);

/** The overdue kinds with more records than the inbox lists; malformed entries are left out. */
export function parseInboxMore(body: unknown): InboxMore[] {
  const data = isObject(body) && Array.isArray(body.more) ? body.more : [];
  return data.filter(isObject).flatMap((r) => {
    const kind = kindOf(r.kind);
    const reason = str(r.reason);
    // The list of all of them reads like a dashboard figure (resource and filter).
    const figure = parseFigure({ key: reason, count: r.total, resource: r.resource, filter: r.filter });
    if (!kind || !reason || !figure || typeof r.shown !== 'number' || figure.count <= r.shown) return [];
    return [{ kind, reason, total: figure.count, shown: r.shown, resource: figure.resource, filter: figure.filter }];
  });
}

export interface InboxData {
  items: InboxItem[];
  more: InboxMore[];
}

export type LoadInbox = () => Promise<InboxData>;

export const loadInbox: LoadInbox = async () => {
  const body: unknown = (await httpClient(`${API_URL}/inbox`)).json;
  return { items: parseInbox(body), more: parseInboxMore(body) };
};

/** The three groups the clerk reads first: overdue, returned with a reason, the rest to do. */
export function groupInbox(items: InboxItem[]): { overdue: InboxItem[]; returned: InboxItem[]; todo: InboxItem[] } {
  return {
    overdue: items.filter((i) => i.overdue),
    returned: items.filter((i) => !i.overdue && i.step === 'returned'),
    todo: items.filter((i) => !i.overdue && i.step !== 'returned'),
  };
}
