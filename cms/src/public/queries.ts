// The public API's reads of published lists and items: published snapshots only (lists in state
// published, or superseded and reached by their id). Never powers or officers: personal
// information cannot reach the public (PII_PROTECTED, Art. 21).
import type { Core } from '@strapi/strapi';
import type { PublicItemSummary, PublicListMeta } from '@nmg/config';
import { numOf, strOf, type Row } from '../util/row';
import { LIST_COLUMNS, listMetaOf, PUBLIC_STATES } from './list-meta';
import type { ItemPageParams } from './params';
import { likeLiteral } from '../util/like';
import { sqlRows } from './sql';

export interface PublicList {
  meta: PublicListMeta;
  department: { id: string; name: string };
}

/** A list version the public may read, or null (unknown, draft, under review, approved, withdrawn). */
export async function publicList(strapi: Core.Strapi, documentId: string): Promise<PublicList | null> {
  const rows = await sqlRows(
    strapi,
    'list',
    `SELECT ${LIST_COLUMNS}, d.document_id AS department_id, d.name AS department_name
     FROM responsibility_lists l
     LEFT JOIN responsibility_lists_department_lnk rl ON rl.responsibility_list_id = l.id
     LEFT JOIN departments d ON d.id = rl.department_id
     WHERE l.document_id = $1 AND l.state IN ${PUBLIC_STATES}
     LIMIT 1`,
    [documentId],
  );
  if (!rows.length) return null;
  return { meta: listMetaOf(rows[0]), department: { id: strOf(rows[0], 'department_id') ?? '', name: strOf(rows[0], 'department_name') ?? '' } };
}

export interface ItemPage {
  items: PublicItemSummary[];
  /** Items matching the filters; null without filters (then it is the list's item count). */
  total: number | null;
}

/**
 * One page of a list's items in list order; q matches a name substring or a code prefix. `total` is
 * null when unfiltered: the caller has the list's own item count, and counting a long list on every
 * page would cost more than reading the page.
 */
export async function publicItemPage(strapi: Core.Strapi, listId: string, params: ItemPageParams): Promise<ItemPage> {
  // One prepared statement per combination of filters, each with its own placeholders.
  const values: (string | number)[] = [listId];
  let where = 'WHERE list_id = $1';
  let variant = 'list';
  if (params.type) {
    values.push(params.type);
    where += ` AND type = $${values.length}`;
    variant += '_type';
  }
  if (params.q) {
    const literal = likeLiteral(params.q);
    values.push(`%${literal}%`, `${literal}%`);
    where += ` AND (name ILIKE $${values.length - 1} ESCAPE '\\' OR code ILIKE $${values.length} ESCAPE '\\')`;
    variant += '_q';
  }
  const filtered = variant !== 'list';
  const paging = [params.pageSize, (params.page - 1) * params.pageSize];
  // Filtered: the window count comes with the page; a page past the end has no rows to carry it.
  const rows = await sqlRows(
    strapi,
    `items_${variant}`,
    `SELECT document_id, code, name, sub_item, type, status${filtered ? ', count(*) OVER ()::int AS total' : ''}
     FROM published_items ${where} ORDER BY position LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    [...values, ...paging],
  );
  let total: number | null = null;
  if (filtered) {
    total = rows.length
      ? (numOf(rows[0], 'total') ?? 0)
      : (numOf((await sqlRows(strapi, `count_${variant}`, `SELECT count(*)::int AS total FROM published_items ${where}`, values))[0], 'total') ?? 0);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: strOf(r, 'document_id') ?? '',
      code: strOf(r, 'code') ?? '',
      name: strOf(r, 'name') ?? '',
      subItem: strOf(r, 'sub_item'),
      type: strOf(r, 'type') ?? '',
      status: strOf(r, 'status') ?? '',
    })),
  };
}

export interface PublishedItemRow extends PublicList {
  id: string;
  /** The frozen ListItem as stored (JSON text: Strapi's PostgreSQL dialect does not parse jsonb). */
  detail: unknown;
}

function itemRowOf(row: Row): PublishedItemRow {
  return { id: strOf(row, 'document_id') ?? '', detail: row.detail, meta: listMetaOf(row), department: { id: strOf(row, 'department_id') ?? '', name: strOf(row, 'department_name') ?? '' } };
}

/**
 * A published item (if the public may read its list) followed by up to `following` items after it
 * in list order: readers open the items of the page they are on, so those are read in the same
 * query and cached ahead. Empty when the item is unknown or its list is not public.
 */
export async function publishedItemsFrom(strapi: Core.Strapi, documentId: string, following: number): Promise<PublishedItemRow[]> {
  const rows = await sqlRows(
    strapi,
    'items_from',
    `SELECT i.document_id, i.detail, ${LIST_COLUMNS}, d.document_id AS department_id, d.name AS department_name
     FROM published_items t
     JOIN responsibility_lists l ON l.document_id = t.list_id AND l.state IN ${PUBLIC_STATES}
     JOIN published_items i ON i.list_id = t.list_id AND i.position >= t.position AND i.position <= t.position + $2
     LEFT JOIN departments d ON d.document_id = i.department_id
     WHERE t.document_id = $1
     ORDER BY i.position`,
    [documentId, following],
  );
  const items = rows.map(itemRowOf);
  // The requested item first (positions are unique per list, but the order must not depend on it).
  return [...items.filter((i) => i.id === documentId), ...items.filter((i) => i.id !== documentId)];
}

/** Every item's frozen content, in list order (exports). */
export async function publishedDetails(strapi: Core.Strapi, listId: string): Promise<unknown[]> {
  const rows = await sqlRows(strapi, 'details', 'SELECT detail FROM published_items WHERE list_id = $1 ORDER BY position', [listId]);
  return rows.map((r) => r.detail);
}
