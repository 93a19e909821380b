// Optimistic concurrency for console saves: the body carries the updatedAt it read; inside the
// save's transaction the row is locked and compared, so two saves of one version cannot both pass.
import type { Knex } from 'knex';
import { lockDocumentRows } from '../store/row-locks';
import { ConsoleError } from './errors';

/** The version a save claims to have read; a save without one is refused. */
export function claimedVersion(updatedAt: unknown): number {
  const version = typeof updatedAt === 'string' ? Date.parse(updatedAt) : NaN;
  if (Number.isNaN(version)) throw new ConsoleError(400, 'VERSION_REQUIRED', '保存时须附带读取时的版本（updatedAt）。', { updatedAt: ['缺少版本信息'] });
  return version;
}

/** Locks the document's rows (store/row-locks.ts) and returns the version stored: NaN when there is no row. */
export async function lockedVersion(trx: unknown, table: string, documentId: string): Promise<number> {
  const rows = (await lockDocumentRows(trx as Knex.Transaction, table, documentId, true)) ?? [];
  return rows[0]?.updatedAt ?? NaN;
}

/** 409 STALE_VERSION, with the current record for the console's "reload" dialog. */
export const staleVersion = (current: unknown, message: string): ConsoleError => new ConsoleError(409, 'STALE_VERSION', message, {}, { current });

/**
 * Locks the document's rows (the middleware's own lock in the same transaction is then skipped,
 * store/row-locks.ts) and throws 409 STALE_VERSION (with the current record) when it moved on.
 * `current` is asked for only then: a save that is not stale never reads the record for it.
 */
export async function lockVersion(trx: unknown, table: string, documentId: string, version: number, current: () => unknown | Promise<unknown>, message: string): Promise<void> {
  if ((await lockedVersion(trx, table, documentId)) !== version) throw staleVersion(await current(), message);
}
