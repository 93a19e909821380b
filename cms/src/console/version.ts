// Optimistic concurrency for console saves: the body carries the updatedAt it read; inside the
// save's transaction the row is locked and compared, so two saves of one version cannot both pass.
import { isRow } from '../util/row';
import { ConsoleError } from './errors';

interface Lockable {
  (table: string): { where(c: Record<string, string>): { orderBy(c: string, o: string): { forUpdate(): { first(c: string): Promise<unknown> } } } };
}

/** The version a save claims to have read; a save without one is refused. */
export function claimedVersion(updatedAt: unknown): number {
  const version = typeof updatedAt === 'string' ? Date.parse(updatedAt) : NaN;
  if (Number.isNaN(version)) throw new ConsoleError(400, 'VERSION_REQUIRED', '保存时须附带读取时的版本（updatedAt）。', { updatedAt: ['缺少版本信息'] });
  return version;
}

/** Locks the document's row and throws 409 STALE_VERSION (with the current record) when it moved on. */
export async function lockVersion(trx: unknown, table: string, documentId: string, version: number, current: () => unknown, message: string): Promise<void> {
  const locked: unknown = await (trx as Lockable)(table).where({ document_id: documentId }).orderBy('id', 'asc').forUpdate().first('updated_at');
  const stamp = isRow(locked) ? locked.updated_at : undefined;
  const stored = stamp instanceof Date ? stamp.getTime() : new Date(String(stamp)).getTime();
  if (stored !== version) throw new ConsoleError(409, 'STALE_VERSION', message, {}, { current: current() });
}
