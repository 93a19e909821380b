// Body-parser failures happen before a route runs; on /console-api they still answer in the
// console's error shape ({ message, code, errors }) instead of Strapi's generic one. Under /api
// (sign-in, the public rating form, the closed writes) they keep Strapi's shape but get the same
// stable code and a Chinese message (issue 13: a body with a __proto__ key is refused by the parser).
interface Ctx {
  path: string;
  status: number;
  body: unknown;
}

const statusOf = (error: unknown): number => {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : 500;
};

/** The parser's refusal under /api, in Strapi's error shape with a code. */
async function apiBodyErrors(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  try {
    await next();
  } catch (error) {
    // Only the parser's own failure: a route's 400 (ctx.badRequest) keeps its own answer.
    if (!(error instanceof SyntaxError)) throw error;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: '请求内容不是有效的 JSON。', details: { code: 'INVALID_BODY' } } };
  }
}

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.path.startsWith('/api/')) return apiBodyErrors(ctx, next);
  if (!ctx.path.startsWith('/console-api/')) return next();
  try {
    await next();
  } catch (error) {
    if (error instanceof SyntaxError || statusOf(error) === 400) {
      ctx.status = 400;
      ctx.body = { message: '请求内容不是有效的 JSON。', code: 'INVALID_BODY', errors: {} };
    } else if (statusOf(error) === 413) {
      ctx.status = 413;
      ctx.body = { message: '请求内容过大。', code: 'PAYLOAD_TOO_LARGE', errors: {} };
    } else if (statusOf(error) === 415) {
      ctx.status = 415;
      ctx.body = { message: '请求内容类型不受支持，请使用 application/json。', code: 'UNSUPPORTED_MEDIA_TYPE', errors: {} };
    } else {
      throw error;
    }
  }
};
