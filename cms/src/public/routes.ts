// Mounts the public API (/api/public/*, no login) on the server's root router: these routes serve
// published snapshots only and answer from raw SQL and an in-process cache (see respond.ts); cache
// hits, and misses of plain URLs of the hottest routes, are answered ahead of the middleware chain
// (see fast-path.ts).
import type { Core } from '@strapi/strapi';
import { publicHandlers } from './handlers';
import { certificateRoute } from './certificates';
import { publishedRoutes } from './published-pages';
import { registerFastPath } from './fast-path';
import { PUBLIC_PREFIX, publicRoute, type PublicHandler } from './respond';
import { assessmentResultHandlers } from './assessment-handlers';
import { ratingHandlers, type RatingContext } from './ratings';

/** A route as strapi.server.routes takes it (Strapi's own type; koa's context fits the handlers' contexts). */
type ServerRoute = Omit<Core.Route, 'info'>;

export async function registerPublicRoutes(strapi: Core.Strapi): Promise<void> {
  const h = publicHandlers(strapi);
  const get = (path: string, handler: PublicHandler): ServerRoute => ({ method: 'GET', path: `${PUBLIC_PREFIX}${path}`, handler: publicRoute(handler), config: { auth: false } });
  strapi.server.routes([
    get('/governments', h.governments),
    get('/governments/:code/departments', h.departmentsOf),
    get('/departments/:id', h.department),
    get('/lists/:id/items', h.items),
    get('/lists/:id/export', h.exportList),
    get('/items/:id', h.item),
    get('/openapi.json', h.openapi),
    // Certificate verification (Art. 19): not from the publication cache, limited per address.
    { method: 'GET', path: `${PUBLIC_PREFIX}/certificates/:number`, handler: certificateRoute(strapi), config: { auth: false } },
    // Assessment results (Art. 22, 26) and the public rating form (Art. 25): before the catch-all.
    ...assessmentRoutes(strapi, get),
    // 普法 (Art. 18): published 普法责任清单 and 以案释法 cases; clarifications (Art. 31).
    ...publishedRoutes(strapi).map(([path, handler]) => get(path, handler)),
    // Anything else under the prefix answers in the public API's error shape, in Chinese.
    get('/(.*)', h.unknown),
  ]);
  // A list's page and an item are what readers open most: their misses are computed ahead of the chain too.
  registerFastPath(strapi, [
    { pattern: /^\/api\/public\/lists\/([^/]+)\/items$/, handler: h.items },
    { pattern: /^\/api\/public\/items\/([^/]+)$/, handler: h.item },
  ]);
}

function assessmentRoutes(strapi: Core.Strapi, get: (path: string, handler: PublicHandler) => ServerRoute): ServerRoute[] {
  const a = assessmentResultHandlers(strapi);
  const r = ratingHandlers(strapi);
  // Ratings are never cached: a plain handler, not publicRoute.
  const raw = (method: Core.HTTPMethod, path: string, handler: (ctx: RatingContext) => Promise<void>): ServerRoute => ({ method, path: `${PUBLIC_PREFIX}${path}`, handler, config: { auth: false } });
  return [
    get('/assessments', a.results),
    get('/assessments/export', a.exportResults),
    raw('GET', '/ratings/challenge', r.challenge),
    raw('POST', '/ratings', r.create),
  ];
}
