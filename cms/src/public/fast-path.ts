// Cache hits of the public API answered in front of Strapi's global middleware chain (logger,
// security, cors, session, body, favicon, router …): replaying a cached answer costs a fraction of
// passing through the chain (one item detail, measured on 2 shared cores: about 1,400 requests/s
// through the chain, over 5,000 in front of it), and published snapshots are what the public reads most.
// Only what is safe to replay is answered here: GET or HEAD of /api/public/* WITHOUT an Origin
// header (browsers' cross-origin requests carry one and keep going through strapi::cors, so its
// configuration applies unchanged) with a fresh cached answer. The headers the chain adds to public
// answers (security headers, X-Powered-By) are recorded from the latest full pass and replayed, and
// the access log line is written as strapi::logger writes it.
import type { Core } from '@strapi/strapi';
import { peekResponse } from './cache';
import { cacheKey } from './cache-key';
import { PUBLIC_PREFIX, sendResponse } from './respond';

/** Headers that belong to one response or one request, never replayed from another. */
const OWN_HEADERS = new Set(['date', 'content-length', 'content-type', 'etag', 'cache-control', 'content-disposition', 'connection', 'keep-alive', 'transfer-encoding', 'vary', 'set-cookie']);
const replayable = (name: string): boolean => !OWN_HEADERS.has(name) && !name.startsWith('access-control-');

interface FastContext {
  method: string;
  path: string;
  url: string;
  querystring: string;
  status: number;
  body: unknown;
  type: string;
  response: { headers: Record<string, unknown> };
  get(name: string): string;
  set(name: string, value: string): void;
}

type Middleware = (ctx: FastContext, next: () => Promise<void>) => Promise<void>;

export function registerFastPath(strapi: Core.Strapi): void {
  let chainHeaders: [string, string][] | null = null;
  const fastPath: Middleware = async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(`${PUBLIC_PREFIX}/`) || ctx.get('Origin')) return next();
    const headers = chainHeaders;
    const hit = headers ? peekResponse(cacheKey(ctx.path, ctx.querystring)) : null;
    if (!hit || !headers) {
      await next();
      chainHeaders = Object.entries(ctx.response.headers).filter(([name]) => replayable(name)).map(([name, value]) => [name, String(value)]);
      return;
    }
    const start = Date.now();
    for (const [name, value] of headers) ctx.set(name, value);
    // As strapi::cors marks every answer: the same URL is answered differently to other origins.
    ctx.set('Vary', 'Origin');
    sendResponse(ctx, hit);
    strapi.log.http(`${ctx.method} ${ctx.url} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
  // First in the chain: Koa composes the middleware list when the server takes its first request.
  (strapi.server.app.middleware as unknown as Middleware[]).unshift(fastPath);
}
