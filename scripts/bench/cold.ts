// Cold requests: the public API answers repeated URLs from an in-process cache, which is what the
// throughput targets measure. To show what a cache miss costs as well, the bench marks some runs'
// requests with COLD_HEADER, and a middleware placed in front of the server's own (bench database
// only, before the first request, when Koa composes the chain) bumps the publication generation
// for each of them, so that no cached answer is fresh and every such request runs the handler and
// its SQL. Returns false, and the cold runs are skipped, if the server no longer has that generation.
import type { Core } from '@strapi/strapi';
import { join } from 'path';
import { ROOT } from '../run';

export const COLD_HEADER = 'x-nmg-bench-cold';

interface KoaContext {
  get(name: string): string;
}

type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

export function enableColdRequests(strapi: Core.Strapi): boolean {
  let bump: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    // The local bump (what a notice from another instance does): notePublicationChange would also
    // send a NOTIFY per request, work a real cache miss does not do.
    bump = (require(join(ROOT, 'cms', 'dist', 'src', 'store', 'generation.js')) as { noteRemotePublicationChange?: unknown }).noteRemotePublicationChange;
  } catch {
    return false;
  }
  if (typeof bump !== 'function') return false;
  const invalidate = bump as () => void;
  const cold: Middleware = async (ctx, next) => {
    if (ctx.get(COLD_HEADER)) invalidate();
    await next();
  };
  (strapi.server.app.middleware as unknown as Middleware[]).unshift(cold);
  return true;
}
