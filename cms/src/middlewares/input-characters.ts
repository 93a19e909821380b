// Input at the edge (issue 13): a NUL byte or text that is not valid UTF-8 never reaches a route.
// PostgreSQL refuses U+0000 in text and a lone surrogate cannot be stored as UTF-8, so such input
// used to surface as a 500 deep inside a query. Checked here once for every surface (/console-api,
// /api incl. sign-in, /api/public, the import endpoint, /admin): the raw path and query string, then
// the parsed body (this middleware runs after strapi::body). Multipart file parts are left alone.
interface Ctx {
  path: string;
  url: string;
  querystring: string;
  status: number;
  body: unknown;
  request: { body?: unknown };
}

export const INVALID_CHARACTERS = 'INVALID_CHARACTERS';

const NUL_MESSAGE = '请求中含有空字符（NUL），无法保存，请删除后重试。';
const UTF8_MESSAGE = '请求中含有无效的字符编码（须为 UTF-8），请检查后重试。';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface CharacterProblem {
  field: string;
  message: string;
}

/** A decoded string's problem, if any. */
export function textProblem(text: string, field: string): CharacterProblem | undefined {
  if (text.includes('\u0000')) return { field, message: NUL_MESSAGE };
  if (LONE_SURROGATE.test(text)) return { field, message: UTF8_MESSAGE };
  return undefined;
}

/** A percent-encoded URL part: decodeURIComponent throws on invalid UTF-8 (incl. encoded surrogates). */
export function encodedProblem(encoded: string, field: string): CharacterProblem | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return { field, message: UTF8_MESSAGE };
  }
  return textProblem(decoded, field);
}

function queryProblem(querystring: string): CharacterProblem | undefined {
  for (const pair of querystring.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    } catch {
      return { field: 'query', message: UTF8_MESSAGE };
    }
    // filter[name][$eq] → query.filter (the field named by the top-level parameter).
    const name = key.split('[')[0] ?? key;
    const field = `query.${textProblem(name, 'x') ? '' : name}`.replace(/\.$/, '');
    const keyProblem = textProblem(key, field);
    if (keyProblem) return keyProblem;
    if (eq >= 0) {
      const problem = encodedProblem(pair.slice(eq + 1), field);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Strings and keys of a parsed JSON (or form) body, depth-first; field like body.data.name. */
export function bodyProblem(value: unknown, field: string, depth = 0): CharacterProblem | undefined {
  if (depth > 64) return undefined;
  if (typeof value === 'string') return textProblem(value, field);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const problem = bodyProblem(value[i], `${field}.${i}`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key, field);
      if (keyProblem) return keyProblem;
      const problem = bodyProblem(item, `${field}.${key}`, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

function pathProblem(url: string): CharacterProblem | undefined {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  if (rawPath.includes('\u0000')) return { field: 'path', message: NUL_MESSAGE };
  return encodedProblem(rawPath.replace(/\+/g, '%2B'), 'path');
}

function respond(ctx: Ctx, problem: CharacterProblem): void {
  ctx.status = 400;
  ctx.body = ctx.path.startsWith('/console-api/')
    ? { message: problem.message, code: INVALID_CHARACTERS, errors: { [problem.field]: [problem.message] } }
    : {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: problem.message,
          code: INVALID_CHARACTERS,
          details: { code: INVALID_CHARACTERS, errors: [{ path: problem.field.split('.'), message: problem.message }] },
        },
      };
}

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  const q = ctx.url.indexOf('?');
  const problem =
    pathProblem(ctx.url) ?? (q < 0 ? undefined : queryProblem(ctx.url.slice(q + 1))) ?? bodyProblem(ctx.request.body, 'body');
  if (problem) {
    respond(ctx, problem);
    return;
  }
  await next();
};
