// Mounts the public API (/api/public/*, no login) on the server's root router: these routes serve
// published snapshots only and answer from raw SQL and an in-process cache (see respond.ts); cache
// hits, and misses of plain URLs of the hottest routes, are answered ahead of the middleware chain
// (see fast-path.ts).
import type { Core } from '@strapi/strapi';
import { publicHandlers } from './handlers';
import { certificateRoute } from './certificates';
import { clarificationHandlers } from './clarifications';
import { legalEducationHandlers } from './legal-education';
import { registerFastPath } from './fast-path';
import { PUBLIC_PREFIX, publicRoute, type PublicHandler } from './respond';
import { assessmentResultHandlers } from './assessment-handlers';
import { ratingHandlers, type RatingContext } from './ratings';

export async function registerPublicRoutes(strapi: Core.Strapi): Promise<void> {
  const h = publicHandlers(strapi);
  const get = (path: string, handler: PublicHandler) => ({ method: 'GET', path: `${PUBLIC_PREFIX}${path}`, handler: publicRoute(handler), config: { auth: false as const } });
  strapi.server.routes([
    get('/governments', h.governments),
    get('/governments/:code/departments', h.departmentsOf),
    get('/departments/:id', h.department),
    get('/lists/:id/items', h.items),
    get('/lists/:id/export', h.exportList),
    get('/items/:id', h.item),
    get('/openapi.json', h.openapi),
    // Certificate verification (Art. 19): not from the publication cache, limited per address.
    { method: 'GET', path: `${PUBLIC_PREFIX}/certificates/:number`, handler: certificateRoute(strapi), config: { auth: false as const } },
    // Assessment results (Art. 22, 26) and the public rating form (Art. 25): before the catch-all.
    ...assessmentRoutes(strapi, get),
    get('/clarifications', clarificationHandlers(strapi).list),
    get('/clarifications/:id', clarificationHandlers(strapi).one),
    // 普法 (Art. 18): published 普法责任清单 and 以案释法 cases.
    get('/legal-education-lists', legalEducationHandlers(strapi).lists),
    get('/case-interpretations', legalEducationHandlers(strapi).cases),
    // Anything else under the prefix answers in the public API's error shape, in Chinese.
    get('/(.*)', h.unknown),
  ] as never);
  // A list's page and an item are what readers open most: their misses are computed ahead of the chain too.
  registerFastPath(strapi, [
    { pattern: /^\/api\/public\/lists\/([^/]+)\/items$/, handler: h.items },
    { pattern: /^\/api\/public\/items\/([^/]+)$/, handler: h.item },
  ]);
}

function assessmentRoutes(strapi: Core.Strapi, get: (path: string, handler: PublicHandler) => unknown): unknown[] {
  const a = assessmentResultHandlers(strapi);
  const r = ratingHandlers(strapi);
  // Ratings are never cached: a plain handler, not publicRoute.
  const raw = (method: string, path: string, handler: (ctx: RatingContext) => Promise<void>) => ({ method, path: `${PUBLIC_PREFIX}${path}`, handler, config: { auth: false as const } });
  return [
    get('/assessments', a.results),
    get('/assessments/export', a.exportResults),
    raw('GET', '/ratings/challenge', r.challenge),
    raw('POST', '/ratings', r.create),
  ];
}
