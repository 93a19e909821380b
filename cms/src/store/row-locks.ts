// Row locks of a write, taken once per transaction. The console's save locks the document to
// compare versions, then the document-service middleware would lock it again to queue concurrent
// rule checks: the second `SELECT … FOR UPDATE` inside the same transaction is a no-op for
// PostgreSQL but still a round trip, so the transaction remembers what it holds (issue 16).
import type { Knex } from 'knex';
import { rowsOf } from '../util/row';

const held = new WeakMap<object, Set<string>>();

export interface LockedRow {
  id: number;
  updatedAt: number;
}

const time = (stamp: unknown): number => (stamp instanceof Date ? stamp.getTime() : new Date(String(stamp)).getTime());

/**
 * Locks every row of the document (its draft and published rows where the type has drafts) for
 * the rest of `trx`, and returns them oldest first. Read again only when this transaction has not
 * locked the document yet; `force` reads (and locks) regardless, for a caller that needs the rows.
 */
export async function lockDocumentRows(trx: Knex.Transaction, table: string, documentId: string, force = false): Promise<LockedRow[] | null> {
  const key = `${table}/${documentId}`;
  const mine = held.get(trx) ?? new Set<string>();
  if (mine.has(key) && !force) return null;
  const rows: unknown = await trx(table).where({ document_id: documentId }).orderBy('id', 'asc').forUpdate().select('id', 'updated_at');
  mine.add(key);
  held.set(trx, mine);
  return rowsOf(rows).map((r) => ({ id: Number(r.id), updatedAt: time(r.updated_at) }));
}
