// Serves the kinds of published-kinds.ts: GET <path> (a page, newest first, ?q= in the title) and,
// where a kind has one, GET <path>/:id. Only published records are ever selected.
import type { Core } from '@strapi/strapi';
import { PublicError, type PublicErrorCode } from './errors';
import { itemPageParams } from './params';
import type { PublicHandler } from './respond';
import { ORGANISATION_POPULATE, PUBLISHED_KINDS, type PublishedKind } from './published-kinds';
import { asRow, rowsOf, type Row } from '../util/row';

const PUBLISHED: Row = { state: 'published' };

function reader(strapi: Core.Strapi, kind: PublishedKind) {
  // The query engine, not the document service: the public is no actor with a scope.
  const query = () => strapi.db.query(kind.uid);
  return { query, populate: { ...ORGANISATION_POPULATE, ...kind.populate } };
}

function pageOf(strapi: Core.Strapi, kind: PublishedKind): PublicHandler {
  const { query, populate } = reader(strapi, kind);
  return async ({ query: params }) => {
    const { page, pageSize, q } = itemPageParams(params);
    const where: Row = { ...PUBLISHED, ...(q ? { title: { $containsi: q } } : {}) };
    const [rows, total] = await Promise.all([
      query().findMany({ where, populate, orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
      query().count({ where }),
    ]);
    return { json: { data: rowsOf(rows).map(kind.shape), meta: { page, pageSize, total: Number(total) } } };
  };
}

function oneOf(strapi: Core.Strapi, kind: PublishedKind, notFound: { code: PublicErrorCode; message: string }): PublicHandler {
  const { query, populate } = reader(strapi, kind);
  return async ({ params }) => {
    const row = asRow(await query().findOne({ where: { ...PUBLISHED, documentId: params.id }, populate }));
    if (!row) throw new PublicError(404, notFound.code, notFound.message);
    return { json: { data: kind.shape(row) } };
  };
}

/** The routes of every published kind, as path → handler (":id" for the single record). */
export function publishedRoutes(strapi: Core.Strapi): [string, PublicHandler][] {
  return PUBLISHED_KINDS.flatMap((kind): [string, PublicHandler][] => [
    [kind.path, pageOf(strapi, kind)],
    ...(kind.one ? [[`${kind.path}/:id`, oneOf(strapi, kind, kind.one.notFound)] as [string, PublicHandler]] : []),
  ]);
}
