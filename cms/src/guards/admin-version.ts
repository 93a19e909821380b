// The admin's content manager (super administrators only, README "Integrity") sends the whole form
// back on save, with the updatedAt it loaded. Where it does, a save over a newer version is refused
// like a stale console save (STALE_VERSION), after the row lock taken by the guard, so two admin
// tabs cannot overwrite each other. A save without updatedAt (a script) is let through.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asRow, isRow } from '../util/row';
import { withTrx } from '../util/trx';

const ADMIN_PREFIX = '/content-manager/';

function claimedAdminVersion(strapi: Core.Strapi): number | null {
  const ctx = asRow(strapi.requestContext.get());
  const request = asRow(ctx?.request);
  const path = typeof ctx?.path === 'string' ? ctx.path : '';
  if (!path.startsWith(ADMIN_PREFIX) || ctx?.method !== 'PUT') return null;
  const body = asRow(request?.body);
  const stamp = body?.updatedAt;
  const version = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
  return Number.isNaN(version) ? null : version;
}

export class StaleAdminVersion extends errors.ApplicationError {
  constructor() {
    const message = '该记录已被他人修改，请重新加载后再保存。';
    super(message, { code: 'STALE_VERSION', field: 'updatedAt', errors: { updatedAt: [message] } });
    (this as { name: string }).name = 'ConflictError';
  }
}

/** Throws StaleAdminVersion when a content-manager save claims a version older than the stored one. */
export async function checkAdminVersion(strapi: Core.Strapi, table: string | undefined, documentId: string): Promise<void> {
  const claimed = claimedAdminVersion(strapi);
  if (claimed === null || !table || !documentId) return;
  // The draft row where the type has drafts (the one the content manager edits), else the only row.
  const row: unknown = await withTrx(strapi, (trx) => trx(table).where({ document_id: documentId }).orderByRaw('published_at IS NULL DESC, id ASC').first('updated_at'));
  const stamp = isRow(row) ? row.updated_at : undefined;
  const stored = stamp instanceof Date ? stamp.getTime() : new Date(String(stamp)).getTime();
  if (!Number.isNaN(stored) && stored !== claimed) throw new StaleAdminVersion();
}
