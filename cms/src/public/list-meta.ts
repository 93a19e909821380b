// A list version as the public sees it (PublicListMeta), read from `l` (responsibility_lists).
import type { PublicListMeta } from '@nmg/config';
import { numOf, strOf, type Row } from '../util/row';

/** States whose items the public may read: the current version, and older versions kept for the record (Art. 13). */
export const PUBLIC_STATES = `('published', 'superseded')`;

/** The columns listMetaOf reads. The item count is frozen at submission; older rows fall back to counting. */
export const LIST_COLUMNS = `l.document_id AS list_id, l.title AS list_title, l.version_number, l.publication_date, l.state AS list_state,
  COALESCE(l.item_count, (SELECT count(*) FROM published_items c WHERE c.list_id = l.document_id))::int AS item_count`;

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : typeof value === 'string' ? new Date(value).toISOString() : null);

export function listMetaOf(row: Row): PublicListMeta {
  return {
    id: strOf(row, 'list_id') ?? '',
    title: strOf(row, 'list_title'),
    versionNumber: numOf(row, 'version_number') ?? 1,
    publicationDate: iso(row.publication_date),
    state: row.list_state === 'superseded' ? 'superseded' : 'published',
    itemCount: numOf(row, 'item_count') ?? 0,
  };
}
