// Query parameters of the public routes, checked at the edge: a bad value is a 400 with the
// parameter named, never a database error.
import { regulationConfig } from '@nmg/config';
import { PublicError, type PublicErrorCode } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Far beyond the longest list (a league-wide list has about 5,300 items), small enough for OFFSET. */
const MAX_PAGE = 10000;
const MAX_QUERY_LENGTH = 100;

export type Query = Record<string, unknown>;

/** Every query parameter a public route reads (the others are ignored, and left out of cache keys). */
export const QUERY_PARAMETERS = ['page', 'pageSize', 'q', 'type', 'format', 'year', 'tier'] as const;

export interface ItemPageParams {
  page: number;
  pageSize: number;
  /** Name substring or code prefix, trimmed; null when absent or blank. */
  q: string | null;
  type: string | null;
}

export type ExportFormat = 'csv' | 'xlsx';

/** A single string value; repeated or nested parameters (?q=a&q=b, ?q[x]=1) are refused. */
function single(query: Query, name: string, code: PublicErrorCode, message: string): string | null {
  const value = query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new PublicError(400, code, message, name);
  return value;
}

function integer(query: Query, name: string, min: number, max: number, fallback: number, code: PublicErrorCode, message: string): number {
  const raw = single(query, name, code, message);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw new PublicError(400, code, message, name);
  const value = Number(raw);
  if (value < min || value > max) throw new PublicError(400, code, message, name);
  return value;
}

let typeKeys: ReadonlySet<string> | undefined;
const powerTypeKeys = (): ReadonlySet<string> => (typeKeys ??= new Set(regulationConfig().powerTypes.types.map((t) => t.key)));

export function itemPageParams(query: Query): ItemPageParams {
  const page = integer(query, 'page', 1, MAX_PAGE, 1, 'INVALID_PAGE', `页码 page 须为 1 至 ${MAX_PAGE} 的整数。`);
  const pageSize = integer(query, 'pageSize', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, 'INVALID_PAGE_SIZE', `每页条数 pageSize 须为 1 至 ${MAX_PAGE_SIZE} 的整数。`);
  const rawQ = single(query, 'q', 'INVALID_QUERY', `搜索词 q 须为不超过 ${MAX_QUERY_LENGTH} 个字符的文本。`);
  const q = rawQ?.trim() || null;
  if (q && q.length > MAX_QUERY_LENGTH) throw new PublicError(400, 'INVALID_QUERY', `搜索词 q 须为不超过 ${MAX_QUERY_LENGTH} 个字符的文本。`, 'q');
  const keys = powerTypeKeys();
  const type = single(query, 'type', 'UNKNOWN_TYPE', `权力类型 type 须为以下之一：${[...keys].join('、')}。`) || null;
  if (type !== null && !keys.has(type)) throw new PublicError(400, 'UNKNOWN_TYPE', `权力类型 type 须为以下之一：${[...keys].join('、')}。`, 'type');
  return { page, pageSize, q, type };
}

export function exportFormat(query: Query): ExportFormat {
  const message = '导出格式 format 须为 csv 或 xlsx。';
  const format = single(query, 'format', 'UNKNOWN_FORMAT', message) ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new PublicError(400, 'UNKNOWN_FORMAT', message, 'format');
  return format;
}
