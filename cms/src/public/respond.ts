// Sends a public response from the cache: ETag and Cache-Control on every answer, 304 with an
// empty body when the client already holds the same bytes (If-None-Match).
import { cachedResponse, primeResponse, type CachedResponse } from './cache';
import { cacheKey } from './cache-key';
import { errorBody, PublicError } from './errors';
import { etagOf, matchesIfNoneMatch } from './etag';

export const PUBLIC_PREFIX = '/api/public';

/** Published snapshots change rarely and only by a new publication; a CDN may keep them a minute. */
export const CACHE_CONTROL = 'public, max-age=60';
const JSON_TYPE = 'application/json; charset=utf-8';

export interface PublicContext {
  path: string;
  querystring: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  get(name: string): string;
  set(name: string, value: string): void;
}

/**
 * What a handler answers: JSON to serialise (with, optionally, the JSON answers of other paths read
 * in the same query, cached ahead), or a file to download.
 */
export type PublicResult =
  | { json: unknown; ahead?: { path: string; json: unknown }[] }
  | { file: Buffer; type: string; disposition: string };

/** The request as a handler sees it: only the URL's parts, since responses are cached by URL. */
export interface PublicRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
}

export type PublicHandler = (request: PublicRequest) => Promise<PublicResult>;

function jsonResponse(status: number, value: unknown): CachedResponse {
  const body = JSON.stringify(value);
  return { status, type: JSON_TYPE, body, etag: etagOf(body), headers: {} };
}

async function compute(handler: PublicHandler, request: PublicRequest, generation: number): Promise<CachedResponse> {
  try {
    const result = await handler(request);
    if ('json' in result) {
      for (const other of result.ahead ?? []) primeResponse(`${PUBLIC_PREFIX}${other.path}`, jsonResponse(200, other.json), generation);
      return jsonResponse(200, result.json);
    }
    return { status: 200, type: result.type, body: result.file, etag: etagOf(result.file), headers: { 'Content-Disposition': result.disposition } };
  } catch (error) {
    // Refusals depend on the URL alone, so they are cached and validated like successful answers.
    if (error instanceof PublicError) return jsonResponse(error.status, errorBody(error));
    throw error;
  }
}

export const publicRoute = (handler: PublicHandler) => async (ctx: PublicContext): Promise<void> => {
  const request = { params: { ...ctx.params }, query: { ...ctx.query } };
  sendResponse(ctx, await cachedResponse(cacheKey(ctx.path, ctx.querystring), (generation) => compute(handler, request, generation)));
};

/** Writes a (cached) response, or 304 when the client holds it already. */
export function sendResponse(ctx: Pick<PublicContext, 'status' | 'body' | 'type' | 'get' | 'set'>, response: CachedResponse): void {
  ctx.set('ETag', response.etag);
  ctx.set('Cache-Control', CACHE_CONTROL);
  // RFC 9110 §13.2.1: preconditions apply to successful answers only.
  if (response.status === 200 && matchesIfNoneMatch(ctx.get('If-None-Match') || undefined, response.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
  ctx.status = response.status;
  ctx.type = response.type;
  ctx.body = response.body;
}
