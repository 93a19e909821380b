// The list version a workflow step acts on, with the department and government that own it.
import type { Core } from '@strapi/strapi';
import type { ListHistoryEntry, ListItem, ListSnapshot } from '@nmg/config';
import { asRow, isRow, numOf, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { SNAPSHOT_ITEMS_TABLE, SNAPSHOT_TABLE } from '../store/list-snapshot-store';

export const LIST = 'api::responsibility-list.responsibility-list';

export interface ListContext {
  id: number;
  documentId: string;
  title: string | null;
  versionNumber: number;
  state: string;
  publicationDate: string | null;
  itemCount: number | null;
  department: { id: string; name: string; isJustice: boolean } | null;
  government: { id: string; code: string; name: string } | null;
  history: ListHistoryEntry[];
  updatedAt: string;
}

const historyOf = (value: unknown): ListHistoryEntry[] => (Array.isArray(value) ? (value.filter(isRow) as unknown as ListHistoryEntry[]) : []);

export function listContextOf(row: Row): ListContext {
  const department = asRow(row.department);
  const government = asRow(department?.government);
  const published = row.publicationDate;
  return {
    id: Number(row.id),
    documentId: strOf(row, 'documentId') ?? '',
    title: strOf(row, 'title'),
    versionNumber: numOf(row, 'versionNumber') ?? 1,
    state: strOf(row, 'state') ?? 'draft',
    publicationDate: published instanceof Date ? published.toISOString() : strOf(row, 'publicationDate'),
    itemCount: numOf(row, 'itemCount'),
    department: department ? { id: strOf(department, 'documentId') ?? '', name: strOf(department, 'name') ?? '', isJustice: department.isJustice === true } : null,
    government: government ? { id: strOf(government, 'documentId') ?? '', code: strOf(government, 'code') ?? '', name: strOf(government, 'name') ?? '' } : null,
    history: historyOf(row.history),
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt.toISOString() : String(row.updatedAt ?? ''),
  };
}

const CONTEXT_SELECT = ['id', 'documentId', 'title', 'versionNumber', 'state', 'publicationDate', 'itemCount', 'history', 'updatedAt'];
const CONTEXT_POPULATE = { department: { select: ['documentId', 'name', 'isJustice'], populate: { government: { select: ['documentId', 'code', 'name'] } } } };

/** The list version, read past scope: callers check scope themselves. */
export async function loadListContext(strapi: Core.Strapi, documentId: string): Promise<ListContext | null> {
  const row: unknown = await strapi.db.query(LIST).findOne({ where: { documentId }, select: CONTEXT_SELECT, populate: CONTEXT_POPULATE });
  return isRow(row) ? listContextOf(row) : null;
}

export async function loadListContexts(strapi: Core.Strapi, where: Row): Promise<ListContext[]> {
  const rows: unknown = await strapi.db.query(LIST).findMany({ where, select: CONTEXT_SELECT, populate: CONTEXT_POPULATE, orderBy: [{ updatedAt: 'desc' }] });
  return Array.isArray(rows) ? rows.filter(isRow).map(listContextOf) : [];
}

/** The frozen content of a version, or null when it has none yet (draft, returned before a first submission). */
export async function loadSnapshot(strapi: Core.Strapi, documentId: string): Promise<ListSnapshot | null> {
  // The items as one json array in list order, parsed once.
  const result = await withTrx(strapi, (trx) => trx.raw<{ rows: { taken_at: Date | string; items: string }[] }>(
    `SELECT s.taken_at, (SELECT coalesce(json_agg(f.item ORDER BY f.position), '[]'::json)::text FROM ${SNAPSHOT_ITEMS_TABLE} f WHERE f.list_id = s.list_id) AS items
     FROM ${SNAPSHOT_TABLE} s JOIN responsibility_lists l ON l.id = s.list_id WHERE l.document_id = ?`,
    [documentId],
  ));
  const row = result.rows[0];
  if (!row) return null;
  const items: unknown = JSON.parse(row.items);
  const takenAt = row.taken_at instanceof Date ? row.taken_at.toISOString() : new Date(row.taken_at).toISOString();
  return { takenAt, items: (Array.isArray(items) ? items.filter(isRow) : []) as unknown as ListItem[] };
}
