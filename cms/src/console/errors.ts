// Errors of the console API: { message, code, errors: { field: [messages] } } with an HTTP status.
// Strapi's own errors (rules, scope, its validation) are mapped to the same shape.
import { errors } from '@strapi/utils';
import { asRow, isRow, rowsOf, strOf } from '../util/row';

export type FieldErrors = Record<string, string[]>;

export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldErrors = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, field?: string): ConsoleError =>
  new ConsoleError(400, code, message, field ? { [field]: [message] } : {});

const STATUS: Record<string, number> = {
  ValidationError: 400,
  YupValidationError: 400,
  PaginationError: 400,
  ForbiddenError: 403,
  PolicyError: 403,
  UnauthorizedError: 401,
  NotFoundError: 404,
  ConflictError: 409,
  PayloadTooLargeError: 413,
  RateLimitError: 429,
  NotImplementedError: 501,
};

/** Strapi's validation speaks English (yup); staff read Chinese. Unknown messages pass unchanged. */
const VALIDATION_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be defined|is a required field/, () => '必填'],
  [/must be at most (\d+) characters/, (m) => `最多 ${m[1]} 个字符`],
  [/must be at least (\d+) characters/, (m) => `至少 ${m[1]} 个字符`],
  [/must be unique/, () => '该值已存在，须唯一'],
  [/must match the following/, () => '格式不正确'],
  [/must be greater than or equal to (\S+)/, (m) => `不得小于 ${m[1]}`],
  [/must be less than or equal to (\S+)/, (m) => `不得大于 ${m[1]}`],
  [/must be one of the following values/, () => '取值不在允许范围内'],
  [/must be a `?(number|integer)`? type|must be an integer/, () => '须为数字'],
  [/not found/i, () => '引用的记录不存在'],
];

export function validationMessageZh(message: string): string {
  for (const [pattern, text] of VALIDATION_ZH) {
    const match = message.match(pattern);
    if (match) return text(match);
  }
  return message;
}

function fieldErrorsOf(details: unknown): FieldErrors {
  const d = asRow(details);
  if (!d) return {};
  const byField = asRow(d.errors);
  if (byField) return Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : [String(v)]]));
  // Strapi's yup validation: errors: [{ path: ['field', 0, 'sub'], message }]
  const out: FieldErrors = {};
  for (const e of rowsOf(d.errors)) {
    const path = Array.isArray(e.path) ? e.path.join('.') : 'id';
    (out[path] ??= []).push(validationMessageZh(strOf(e, 'message') ?? ''));
  }
  return out;
}

export const TEXT_TOO_LONG = 'TEXT_TOO_LONG';
const TOO_LONG = /must be at most (\d+) characters/;

/** Strapi's yup length refusal (schema maxLength, sized from DOMAIN.md) gets a code of its own. */
function tooLong(details: unknown): boolean {
  return rowsOf(asRow(details)?.errors).some((e) => TOO_LONG.test(strOf(e, 'message') ?? ''));
}

export function toConsoleError(error: unknown): ConsoleError | null {
  if (error instanceof ConsoleError) return error;
  if (error instanceof errors.ApplicationError) {
    const details = asRow(error.details);
    const status = STATUS[error.name] ?? 400;
    const code = strOf(details, 'code') ?? (status === 400 && tooLong(details) ? TEXT_TOO_LONG : undefined) ?? (status === 404 ? 'NOT_FOUND' : status === 403 ? 'FORBIDDEN' : 'VALIDATION');
    const extra: Record<string, unknown> = {};
    if (details && isRow(details) && details.article) extra.article = details.article;
    if (details && Array.isArray(details.items)) extra.items = details.items;
    const fieldErrors = fieldErrorsOf(details);
    // Strapi's own validation: say in Chinese which field is wrong; rule messages are already Chinese.
    const first = Object.entries(fieldErrors)[0];
    const message = (code === 'VALIDATION' || code === TEXT_TOO_LONG) && first ? `字段“${first[0]}”${first[1][0]}。` : error.message;
    return new ConsoleError(status, code, message, fieldErrors, extra);
  }
  return null;
}
