// Cache hits of the public API answered in front of Strapi's global middleware chain (logger,
// security, cors, session, body, favicon, router …): replaying a cached answer costs a fraction of
// passing through the chain (one item detail, measured on 2 shared cores: about 1,400 requests/s
// through the chain, over 5,000 in front of it), and published snapshots are what the public reads most.
// Only what is safe to replay is answered here: GET or HEAD of /api/public/* WITHOUT an Origin
// header (browsers' cross-origin requests carry one and keep going through strapi::cors, so its
// configuration applies unchanged) with a fresh cached answer. The headers the chain adds to public
// answers (security headers, X-Powered-By) are recorded from the latest full pass and replayed, and
// the access log line is written as strapi::logger writes it.
// Misses of the hottest routes (a list's page, an item: FastRoute) are computed here too (issue 17,
// mixload: a miss through the chain ran at 0.36× and 0.51× of plain node+pg), but only for URLs
// made of letters, digits, '-', '_', '=' and '&': nothing that the chain's input checks
// (input-characters, the query parser's nested forms) could refuse or read differently; any other
// URL, and any failure that is not the API's own refusal, goes through the chain as before.
import type { Core } from '@strapi/strapi';
import { peekResponse } from './cache';
import { cacheKey } from './cache-key';
import { PUBLIC_PREFIX, publicRoute, sendResponse, type PublicContext, type PublicHandler } from './respond';

/** A route whose cache misses may be answered ahead of the chain: its path pattern binds `id`. */
export interface FastRoute {
  pattern: RegExp;
  handler: PublicHandler;
}

/** Plain ASCII words only: no percent-escapes, brackets, NUL, spaces or plus signs. */
const PLAIN_PATH = /^[\w/-]+$/;
const PLAIN_QUERY = /^[\w=&-]*$/;

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

interface MissContext extends FastContext {
  params?: Record<string, string>;
  query: Record<string, unknown>;
}

/** The route that may compute this request's miss here, with its `id`; null to go through the chain. */
function fastMiss(routes: FastRoute[], ctx: FastContext): { route: FastRoute; id: string } | null {
  if (!PLAIN_PATH.test(ctx.path) || !PLAIN_QUERY.test(ctx.querystring)) return null;
  for (const route of routes) {
    const match = route.pattern.exec(ctx.path);
    if (match?.[1]) return { route, id: match[1] };
  }
  return null;
}

export function registerFastPath(strapi: Core.Strapi, missRoutes: FastRoute[] = []): void {
  let chainHeaders: [string, string][] | null = null;
  const replay = (ctx: FastContext, headers: [string, string][], start: number): void => {
    for (const [name, value] of headers) ctx.set(name, value);
    // As strapi::cors marks every answer: the same URL is answered differently to other origins.
    ctx.set('Vary', 'Origin');
    strapi.log.http(`${ctx.method} ${ctx.url} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
  const fastPath: Middleware = async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(`${PUBLIC_PREFIX}/`) || ctx.get('Origin')) return next();
    const headers = chainHeaders;
    const start = Date.now();
    const hit = headers ? peekResponse(cacheKey(ctx.path, ctx.querystring)) : null;
    if (hit && headers) {
      sendResponse(ctx, hit);
      replay(ctx, headers, start);
      return;
    }
    const miss = headers ? fastMiss(missRoutes, ctx) : null;
    if (miss && headers) {
      const missCtx = ctx as MissContext;
      missCtx.params = { id: miss.id };
      try {
        await publicRoute(miss.route.handler)(missCtx as unknown as PublicContext);
      } catch {
        // Not the API's own refusal (those are answers): the chain answers it as it always has.
        delete missCtx.params;
        return next();
      }
      replay(ctx, headers, start);
      return;
    }
    await next();
    chainHeaders = Object.entries(ctx.response.headers).filter(([name]) => replayable(name)).map(([name, value]) => [name, String(value)]);
  };
  // First in the chain: Koa composes the middleware list when the server takes its first request.
  (strapi.server.app.middleware as unknown as Middleware[]).unshift(fastPath);
}
