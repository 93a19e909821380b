// The preamble of the console's routes on one document beyond CRUD (an assessment's sheet, an
// annual report's view): the user needs the read permission, the scoped document-service read
// decides whether the document is visible at all, and only then is the route's own view loaded
// (unscoped, with what it needs populated). Anything else is a 404 that does not tell "missing"
// from "not yours".
import type { Core, UID } from '@strapi/strapi';
import { isRow } from '../util/row';
import { requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';

export async function visibleDocument<T>(strapi: Core.Strapi, user: ConsoleUser, uid: string, id: string, load: () => Promise<T | null>, notFound: string): Promise<T> {
  requirePermission(user, uid, 'findOne');
  const seen: unknown = await strapi.documents(uid as UID.ContentType).findOne({ documentId: id, fields: ['documentId'] });
  const loaded = isRow(seen) ? await load() : null;
  if (loaded === null) throw new ConsoleError(404, 'NOT_FOUND', notFound);
  return loaded;
}
