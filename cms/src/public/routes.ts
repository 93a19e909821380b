// Mounts the public API (/api/public/*, no login) on the server's root router: these routes serve
// published snapshots only and answer from raw SQL and an in-process cache (see respond.ts); cache
// hits are answered ahead of the middleware chain (see fast-path.ts).
import type { Core } from '@strapi/strapi';
import { publicHandlers } from './handlers';
import { registerFastPath } from './fast-path';
import { PUBLIC_PREFIX, publicRoute, type PublicHandler } from './respond';

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
    // Anything else under the prefix answers in the public API's error shape, in Chinese.
    get('/(.*)', h.unknown),
  ] as never);
  registerFastPath(strapi);
}
