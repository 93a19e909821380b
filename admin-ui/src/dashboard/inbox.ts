// The inbox of GET /console-api/inbox, parsed: what the user must do now (see cms/src/console/inbox.ts).
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { isObject } from '../providers/types';

export interface InboxItem {
  kind: string;
  resource: string;
  id: string;
  title: string;
  organisation: string | null;
  step: string;
  due: string | null;
  overdue: boolean;
  /** Why an overdue item is overdue: a key of app.desk.inbox.reason (cms/src/console/inbox-overdue.ts). */
  reason: string | null;
  opinion: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function parseInbox(body: unknown): InboxItem[] {
  const data = isObject(body) && Array.isArray(body.data) ? body.data : [];
  return data.filter(isObject).flatMap((r) => {
    const id = str(r.id);
    const resource = str(r.resource);
    if (!id || !resource) return [];
    return [{ kind: str(r.kind) ?? '', resource, id, title: str(r.title) ?? '', organisation: str(r.organisation), step: str(r.step) ?? '', due: str(r.due), overdue: r.overdue === true, reason: str(r.reason), opinion: str(r.opinion) }];
  });
}

export type LoadInbox = () => Promise<InboxItem[]>;

export const loadInbox: LoadInbox = async () => parseInbox((await httpClient(`${API_URL}/inbox`)).json);

/** The three groups the clerk reads first: overdue, returned with a reason, the rest to do. */
export function groupInbox(items: InboxItem[]): { overdue: InboxItem[]; returned: InboxItem[]; todo: InboxItem[] } {
  return {
    overdue: items.filter((i) => i.overdue),
    returned: items.filter((i) => !i.overdue && i.step === 'returned'),
    todo: items.filter((i) => !i.overdue && i.step !== 'returned'),
  };
}
