// Response shapes of the API tests and the assertions on them (not a test file itself: jest only
// picks up *.test.ts).
import type { Response } from 'supertest';
import { ARTICLE, type RuleCode } from '../../cms/src/domain/result';

/** One entry of a rule refusal's `items` (e.g. the power or post that blocks a list submission). */
export interface ErrorItem {
  item: string;
  field: string;
  message: string;
}

/** A /console-api refusal; `current` is the stored record of a 409 STALE_VERSION. */
export interface ConsoleErrorBody<Current = unknown> {
  message: string;
  code: string;
  article?: string;
  errors: Record<string, string[]>;
  items?: ErrorItem[];
  current?: Current;
}

/** A refusal from Strapi's own routes (/api, the admin content manager). */
export interface StrapiErrorBody {
  data: unknown;
  error?: { status: number; name: string; message: string; details?: { code?: string; article?: string; field?: string; errors?: Record<string, string[]> } };
}

/** An agency as /console-api returns it. */
export interface AgencyRecord {
  id: string;
  name: string;
  department: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A 400 rule refusal in the console's shape: stable code and article, the article in the message, the field in `errors`. */
export function expectRuleRefusal(res: Response, code: RuleCode, field: string): ConsoleErrorBody {
  const body = res.body as ConsoleErrorBody;
  expect({ status: res.status, code: body.code, article: body.article }).toEqual({ status: 400, code, article: ARTICLE[code] });
  expect(body.message).toContain(ARTICLE[code]);
  expect(Object.keys(body.errors)).toContain(field);
  return body;
}

/** As expectRuleRefusal, and the field's own messages cite the article too. */
export function expectRule(res: Response, code: RuleCode, field: string): ConsoleErrorBody {
  const body = expectRuleRefusal(res, code, field);
  expect(body.errors[field].join('')).toContain(ARTICLE[code]);
  return body;
}

/** The total of a Content-Range header (`<resource> <start>-<end>/<total>`). */
export const totalOf = (header: unknown): number => {
  const match = /^\w[\w-]* \d+-\d+\/(\d+)$/.exec(String(header));
  if (!match) throw new Error(`bad Content-Range: ${String(header)}`);
  return Number(match[1]);
};
