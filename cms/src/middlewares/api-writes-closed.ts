// One concurrency rule for every path (issue 13): the console API is the one write surface for
// staff, and every one of its saves carries the version it read (409 STALE_VERSION on a stale one,
// console/version.ts). Strapi's generated /api write routes carry no version, so twenty concurrent
// PUTs of one record all "won" and nineteen updates were lost. Nothing needs them (the console
// writes through /console-api, imports through /console-api/import, the public rating form through
// /api/public/ratings), so they are closed here, before the body is parsed, for every role.
// Sign-in (/api/auth/*) and the public API stay open. Reads through /api stay scoped as before.
interface Ctx {
  req: NodeJS.ReadableStream & { complete?: boolean };
  method: string;
  path: string;
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OPEN = ['/api/auth/', '/api/public/', '/api/connect/'];
export const API_WRITE_CLOSED = 'API_WRITE_CLOSED';
const MESSAGE = '数据只能通过执法责任制管理平台（/console-api）修改：每次保存都须附带读取时的版本，以免并发修改相互覆盖。Strapi 的 /api 写入接口已关闭。';

/** True for a write through Strapi's own /api routes that the console API replaces. */
export function isClosedApiWrite(method: string, path: string): boolean {
  if (!WRITES.has(method.toUpperCase())) return false;
  if (path !== '/api' && !path.startsWith('/api/')) return false;
  return !OPEN.some((prefix) => path.startsWith(prefix));
}

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (!isClosedApiWrite(ctx.method, ctx.path)) return next();
  // Read what the body parser left unread (a multipart upload), so the client is not reset mid-send.
  if (!ctx.req.complete) {
    await new Promise<void>((resolve) => {
      ctx.req.on('end', resolve).on('error', () => resolve());
      ctx.req.resume();
    });
  }
  ctx.status = 405;
  ctx.set('Allow', 'GET, HEAD');
  ctx.body = { data: null, error: { status: 405, name: 'MethodNotAllowedError', message: MESSAGE, details: { code: API_WRITE_CLOSED } } };
};
