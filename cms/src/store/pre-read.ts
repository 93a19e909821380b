// A write whose caller has already read the document (under the row lock, through the writer's
// scope, with the query the document-service middleware would send for its before-state) hands
// that read down, so the middleware does not read the row again (issue 16). It travels in the
// async context of the one call and is taken once: a rule that saves the same document again
// later in the request reads it afresh.
// The middleware hands its one read after the write back up the same way, with the fields the write
// sent, so the caller can answer without reading the row a second time; only when that read is the
// document's final state (the type's rule writes nothing to it afterwards) and the document was
// written once in the call.
import { AsyncLocalStorage } from 'async_hooks';
import type { WriteRow } from './snapshot';

interface PreRead {
  uid: string;
  documentId: string;
  loaded: WriteRow;
  taken: boolean;
  /** Writes of this document seen by the middleware during the call. */
  writes: number;
  after: AfterWrite | null;
}

/** The middleware's read of the document after the write, and the fields the write sent. */
export interface AfterWrite {
  loaded: WriteRow;
  written: readonly string[];
}

const handed = new AsyncLocalStorage<PreRead>();

/**
 * Runs `write` (one document-service write of uid/documentId) with the row its caller read. Answers
 * the middleware's read after the write when it is the document's final state (null otherwise: read it).
 */
export async function withPreRead(uid: string, documentId: string, loaded: WriteRow, write: () => Promise<unknown>): Promise<AfterWrite | null> {
  const pre: PreRead = { uid, documentId, loaded, taken: false, writes: 0, after: null };
  await handed.run(pre, write);
  return pre.writes === 1 ? pre.after : null;
}

/** The row handed down for this document, once; null when none was (or it was taken already). */
export function takePreRead(uid: string, documentId: string): WriteRow | null {
  const pre = handed.getStore();
  if (!pre || pre.taken || pre.uid !== uid || pre.documentId !== documentId) return null;
  pre.taken = true;
  return pre.loaded;
}

/**
 * Called by the middleware once a write of uid/documentId is done: `after` is its read after the
 * write when nothing changed the row since, null when its rule may have (then the caller reads it).
 */
export function handBackAfterWrite(uid: string, documentId: string, after: AfterWrite | null): void {
  const pre = handed.getStore();
  if (!pre || pre.uid !== uid || pre.documentId !== documentId) return;
  pre.writes += 1;
  pre.after = after;
}
