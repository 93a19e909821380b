// A write whose caller has already read the document (under the row lock, through the writer's
// scope, with the query the document-service middleware would send for its before-state) hands
// that read down, so the middleware does not read the row again (issue 16). It travels in the
// async context of the one call and is taken once: a rule that saves the same document again
// later in the request reads it afresh.
import { AsyncLocalStorage } from 'async_hooks';
import type { WriteRow } from './snapshot';

interface PreRead {
  uid: string;
  documentId: string;
  loaded: WriteRow;
  taken: boolean;
}

const handed = new AsyncLocalStorage<PreRead>();

/** Runs `write` (one document-service write of uid/documentId) with the row its caller read. */
export const withPreRead = <T>(uid: string, documentId: string, loaded: WriteRow, write: () => Promise<T>): Promise<T> =>
  handed.run({ uid, documentId, loaded, taken: false }, write);

/** The row handed down for this document, once; null when none was (or it was taken already). */
export function takePreRead(uid: string, documentId: string): WriteRow | null {
  const pre = handed.getStore();
  if (!pre || pre.taken || pre.uid !== uid || pre.documentId !== documentId) return null;
  pre.taken = true;
  return pre.loaded;
}
