// Reads through Strapi's /api routes (/api/<plural> and /api/<plural>/<id>) have their query
// checked by api-query-check.ts before Strapi builds SQL from it: a malformed filter, field, sort
// or pagination is a 400 INVALID_QUERY naming the parameter, never a 500 (issue 13). Writes under
// /api are closed (api-writes-closed.ts); sign-in and the public API have checks of their own.
import type { Core } from '@strapi/strapi';
import { apiQueryProblem, type AttributeInfo, type ModelInfo, type QueryProblem } from './api-query-check';

interface Ctx {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
}

export const INVALID_QUERY = 'INVALID_QUERY';
const SKIP = ['public', 'auth', 'connect', 'upload', 'users-permissions', 'i18n'];

interface SchemaLike {
  info?: { pluralName?: string };
  attributes?: Record<string, { type?: string; target?: string; component?: string; private?: boolean }>;
}

function modelInfo(strapi: Core.Strapi): { byPlural: Map<string, string>; models: ModelInfo } {
  const schemas = new Map<string, Record<string, AttributeInfo>>();
  const byPlural = new Map<string, string>();
  const all = { ...(strapi.contentTypes as unknown as Record<string, SchemaLike>), ...(strapi.components as unknown as Record<string, SchemaLike>) };
  for (const [uid, schema] of Object.entries(all)) {
    const attributes: Record<string, AttributeInfo> = Object.create(null) as Record<string, AttributeInfo>;
    for (const [name, a] of Object.entries(schema.attributes ?? {})) {
      // Not readable through /api, so not a filter, field or sort either: private attributes, passwords, the admin's authors.
      if (a.private === true || a.type === 'password' || name === 'createdBy' || name === 'updatedBy') continue;
      attributes[name] = { type: a.type ?? 'string', target: a.target ?? a.component };
    }
    schemas.set(uid, attributes);
    const plural = schema.info?.pluralName;
    if (plural && (uid.startsWith('api::') || uid === 'plugin::users-permissions.user')) byPlural.set(plural, uid);
  }
  return { byPlural, models: (uid) => schemas.get(uid) };
}

const PAGINATION_MESSAGE = '分页参数有误：须写在 pagination 中（pagination[page]、pagination[pageSize] 或 pagination[start]、pagination[limit]），两种方式不能同时使用。';

/**
 * Strapi's own refusals of a query (an unknown populate key, page parameters outside `pagination`)
 * are 400s already, in English and without a code: they get INVALID_QUERY and a Chinese message.
 */
function withCode(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const e = error as { name?: unknown; message?: unknown; details?: unknown };
  if (e.name !== 'ValidationError' && e.name !== 'PaginationError') return error;
  const details = typeof e.details === 'object' && e.details !== null ? (e.details as Record<string, unknown>) : {};
  if (typeof details.code === 'string') return error;
  const key = typeof details.key === 'string' ? details.key : null;
  const param = typeof details.param === 'string' ? details.param : 'query';
  e.details = { ...details, code: INVALID_QUERY };
  e.message = e.name === 'PaginationError' ? PAGINATION_MESSAGE : key ? `查询参数“${param}”中的“${key}”不存在或不可读取。` : `查询参数有误：${String(e.message)}`;
  return error;
}

function respond(ctx: Ctx, problem: QueryProblem): void {
  const message = `查询参数“${problem.field}”有误：${problem.message}。`;
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: { code: INVALID_QUERY, errors: [{ path: [problem.field], message: problem.message }] } } };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let info: ReturnType<typeof modelInfo> | undefined;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith('/api/')) return next();
    const [plural, , extra] = ctx.path.slice('/api/'.length).split('/');
    if (!plural || extra !== undefined || SKIP.includes(plural)) return next();
    info ??= modelInfo(strapi);
    const uid = info.byPlural.get(plural);
    if (!uid) return next();
    const problem = apiQueryProblem(ctx.query, uid, info.models);
    if (problem) {
      respond(ctx, problem);
      return;
    }
    try {
      await next();
    } catch (error) {
      throw withCode(error);
    }
  };
};
