// The admin's content manager (super administrators only, README "Integrity") follows the console
// API's concurrency rule: a save of a document carries the updatedAt it loaded (the admin panel
// adds it, cms/src/admin/document-version.ts), and after the guard's row lock a missing version is
// refused (VERSION_REQUIRED) and an older one too (STALE_VERSION), so of 20 concurrent saves of one
// version exactly one passes. Both are 400s there, like the content manager's other refusals
// (Strapi's error middleware answers 400 for every ApplicationError), with the code in details. A save is the edit routes that name the document
// (PUT …/:model/:id, and POST …/:model/:id/actions/publish, which saves the form before publishing);
// other documents that the save changes through the rules are the server's own writes.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asRow, isRow } from '../util/row';
import { withTrx } from '../util/trx';

const EDIT_ROUTE = /^\/content-manager\/collection-types\/([^/]+)\/([^/]+?)(\/actions\/publish)?\/?$/;

interface AdminSave {
  uid: string;
  documentId: string;
  version: number | null;
  request: object;
}

/** The content-manager save that the current request is, if it is one. */
function adminSave(strapi: Core.Strapi): AdminSave | null {
  const ctx = asRow(strapi.requestContext.get());
  const request = asRow(ctx?.request);
  const path = typeof ctx?.path === 'string' ? ctx.path : '';
  const match = EDIT_ROUTE.exec(path);
  if (!ctx || !request || !match) return null;
  const publish = match[3] !== undefined;
  if (ctx.method !== (publish ? 'POST' : 'PUT')) return null;
  const stamp = asRow(request.body)?.updatedAt;
  const version = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
  return { uid: decodeURIComponent(match[1]), documentId: decodeURIComponent(match[2]), version: Number.isNaN(version) ? null : version, request };
}

class AdminVersionRefused extends errors.ApplicationError {
  constructor(code: 'VERSION_REQUIRED' | 'STALE_VERSION', message: string) {
    super(message, { code, field: 'updatedAt', errors: { updatedAt: [message] } });
    (this as { name: string }).name = 'ConflictError';
  }
}

export const versionRequired = (): Error => new AdminVersionRefused('VERSION_REQUIRED', '保存时须附带读取时的版本（updatedAt），请重新加载后再保存。');
export const staleAdminVersion = (): Error => new AdminVersionRefused('STALE_VERSION', '该记录已被他人修改，请重新加载后再保存。');

// One check per request and document: a rule that saves the same document again later in the
// request (a computed score, a certificate's officer) is not the administrator's save.
const checked = new WeakMap<object, Set<string>>();

/** Throws when a content-manager save of this document claims no version or an older one. */
export async function checkAdminVersion(strapi: Core.Strapi, uid: string, table: string | undefined, documentId: string): Promise<void> {
  const save = adminSave(strapi);
  if (!save || save.uid !== uid || save.documentId !== documentId || !table) return;
  const key = `${uid}/${documentId}`;
  const seen = checked.get(save.request) ?? new Set<string>();
  if (seen.has(key)) return;
  seen.add(key);
  checked.set(save.request, seen);
  if (save.version === null) throw versionRequired();
  // The draft row where the type has drafts (the one the content manager edits), else the only row.
  const row: unknown = await withTrx(strapi, (trx) => trx(table).where({ document_id: documentId }).orderByRaw('published_at IS NULL DESC, id ASC').first('updated_at'));
  const stamp = isRow(row) ? row.updated_at : undefined;
  const stored = stamp instanceof Date ? stamp.getTime() : new Date(String(stamp)).getTime();
  if (!Number.isNaN(stored) && stored !== save.version) throw staleAdminVersion();
}
