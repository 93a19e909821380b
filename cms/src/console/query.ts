// Parses ra-data-simple-rest list parameters (sort, range, filter) into document-service
// arguments. Only known, readable fields and plain values are accepted, so a filter cannot carry
// operators ($ne, $or …) or reach into relations' fields.
import type { ModelLike } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { isCalendarDate, ownValue, safeMap } from '../util/keys';
import { badRequest, ConsoleError, type FieldErrors } from './errors';
import { personalExactFilter } from './personal-filter';
import { subtreeFilter } from '../scope/filters';

export interface ListQuery {
  filters: Row;
  sort: Record<string, 'asc' | 'desc'>[];
  start: number;
  limit: number;
  /** Components to include (ra-data-simple-rest's `meta.embed`); null: all of them (see parseEmbed). */
  embed: string[] | null;
}

export const MAX_PAGE = 1000;
const SORTABLE = ['string', 'text', 'email', 'uid', 'integer', 'biginteger', 'decimal', 'float', 'date', 'datetime', 'time', 'enumeration', 'boolean'];
const SEARCHABLE = ['string', 'text', 'email', 'uid'];
const SYSTEM_FIELDS: Record<string, string> = { id: 'id', createdAt: 'datetime', updatedAt: 'datetime', publishedAt: 'datetime' };
const OPERATORS: Record<string, string> = { gte: '$gte', lte: '$lte', gt: '$gt', lt: '$lt', neq: '$ne', q: '$containsi' };

function parseJson(raw: unknown, name: string): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest('INVALID_QUERY', `参数 ${name} 须为 JSON 字符串。`, name);
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('INVALID_QUERY', `参数 ${name} 不是有效的 JSON。`, name);
  }
}

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Checks one filter value against the attribute's type; returns a message when it does not fit. */
function typeProblem(type: string, value: Scalar, enumValues?: string[]): string | null {
  if (value === null) return null;
  if (['integer', 'biginteger'].includes(type)) return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value)) ? null : '须为整数';
  if (['decimal', 'float'].includes(type)) return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) ? null : '须为数字';
  if (type === 'boolean') return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : '须为 true 或 false';
  if (type === 'enumeration') return enumValues?.includes(String(value)) ? null : `须为以下值之一：${(enumValues ?? []).join('、')}`;
  if (type === 'date') return typeof value === 'string' && isCalendarDate(value) ? null : '须为日期（YYYY-MM-DD）';
  if (type === 'datetime') return typeof value === 'string' && (isCalendarDate(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)))) ? null : '须为日期时间';
  if (type === 'id') return null;
  return typeof value === 'string' || typeof value === 'number' ? null : '须为文本';
}

function coerce(type: string, value: Scalar): Scalar {
  if (value === null) return null;
  if (['integer', 'biginteger', 'decimal', 'float'].includes(type)) return Number(value);
  if (type === 'boolean') return value === true || value === 'true';
  return value;
}

export function parseSort(raw: unknown, model: ModelLike): Record<string, 'asc' | 'desc'>[] {
  const sort = parseJson(raw, 'sort');
  if (sort === undefined) return [{ id: 'desc' }];
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || typeof sort[1] !== 'string') {
    throw badRequest('INVALID_SORT', '排序参数须为 ["字段","ASC|DESC"]。', 'sort');
  }
  const [field, order] = sort as [string, string];
  const attr = ownValue(model.attributes, field);
  const sortable = ownValue(SYSTEM_FIELDS, field) !== undefined || (attr && SORTABLE.includes(attr.type) && !attr.private);
  if (!sortable) throw badRequest('INVALID_SORT', `不能按字段“${field}”排序。`, field);
  if (!['ASC', 'DESC'].includes(order.toUpperCase())) throw badRequest('INVALID_SORT', '排序方向须为 ASC 或 DESC。', 'sort');
  return [{ [field]: order.toLowerCase() as 'asc' | 'desc' }, ...(field === 'id' ? [] : [{ id: 'asc' as const }])];
}

export function parseRange(raw: unknown): { start: number; limit: number } {
  const range = parseJson(raw, 'range');
  if (range === undefined) return { start: 0, limit: 25 };
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw badRequest('INVALID_RANGE', '分页参数须为 [起始, 结束]，均为非负整数且结束不小于起始。', 'range');
  }
  const [start, end] = range as [number, number];
  if (end - start + 1 > MAX_PAGE) throw badRequest('INVALID_RANGE', `每页最多 ${MAX_PAGE} 条。`, 'range');
  return { start, limit: end - start + 1 };
}

/**
 * Relations inside components that a list may be filtered by, per content type: a post's page lists
 * the powers decomposed to it (issue 14, point 8; Art. 11). Key → [component, relation].
 */
const COMPONENT_RELATION_FILTERS: Record<string, Record<string, [string, string]>> = {
  'api::power.power': { decompositionPost: ['decomposition', 'post'], decompositionAgency: ['decomposition', 'agency'] },
};

/** `uid` enables the `subtree` key (records of one government's subtree, by its code prefix). */
export function parseFilter(raw: unknown, model: ModelLike, uid?: string): Row {
  const filter = parseJson(raw, 'filter');
  if (filter === undefined) return {};
  if (!isRow(filter)) throw badRequest('INVALID_FILTER', '筛选参数须为 JSON 对象。', 'filter');
  const parts: Row[] = [];
  const problems: FieldErrors = safeMap<string[]>();
  const problem = (field: string, message: string) => (problems[field] ??= []).push(message);
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    if (!values.every(isScalar)) {
      problem(key, '筛选值只能是文本、数字、布尔值或它们的数组');
      continue;
    }
    if (key === 'q') {
      const fields = Object.entries(model.attributes).filter(([, a]) => SEARCHABLE.includes(a.type) && !a.private).map(([k]) => k);
      parts.push({ $or: fields.map((f) => ({ [f]: { $containsi: String(value) } })) });
      continue;
    }
    // Own keys only: "constructor" or "toString" must not resolve to Object.prototype's (a 500 before, issue 13).
    const perType = uid ? ownValue(COMPONENT_RELATION_FILTERS, uid) : undefined;
    const inComponent = perType ? ownValue(perType, key) : undefined;
    if (inComponent && values.every((v) => typeof v === 'string' && v !== '')) {
      parts.push({ [inComponent[0]]: { [inComponent[1]]: { documentId: { $in: values.map(String) } } } });
      continue;
    }
    if (key === 'subtree') {
      const tree = uid && typeof value === 'string' && /^\d{2,12}$/.test(value) ? subtreeFilter(uid, value) : null;
      if (tree) parts.push(tree);
      else problem(key, '“subtree”须为某级政府的区划代码前缀，且只能用于挂在组织树上的数据');
      continue;
    }
    if (key === 'id') {
      parts.push({ documentId: { $in: values.map(String) } });
      continue;
    }
    const match = /^(.+)_(gte|lte|gt|lt|neq|q)$/.exec(key);
    const field = match && ownValue(model.attributes, match[1]) ? match[1] : key;
    const operator = match && field === match[1] ? OPERATORS[match[2]] : Array.isArray(value) ? '$in' : '$eq';
    const attr = ownValue(model.attributes, field);
    const type = attr?.type ?? ownValue(SYSTEM_FIELDS, field);
    const personal = attr?.private ? personalExactFilter(field, attr, operator, values) : null;
    if (personal) {
      parts.push(personal);
      continue;
    }
    if (!type || attr?.private || ['component', 'json', 'dynamiczone', 'media', 'password'].includes(type)) {
      problem(key, attr?.private ? `个人信息字段“${key}”只能按完整值精确查找（第二十一条）` : `不能按字段“${key}”筛选`);
      continue;
    }
    if (type === 'relation') {
      if (operator !== '$eq' && operator !== '$in') {
        problem(key, '关联字段只能按编号筛选');
        continue;
      }
      parts.push({ [field]: { documentId: { $in: values.map(String) } } });
      continue;
    }
    const wrong = values.map((v) => typeProblem(type, v as Scalar, attr?.enum)).find((m) => m !== null);
    if (wrong && operator !== '$containsi') {
      problem(key, `字段“${key}”${wrong}`);
      continue;
    }
    const coerced = values.map((v) => coerce(type, v as Scalar));
    if (operator === '$eq' && coerced[0] === null) parts.push({ [field]: { $null: true } });
    else parts.push({ [field]: { [operator]: operator === '$in' ? coerced : coerced[0] } });
  }
  if (Object.keys(problems).length > 0) {
    const [first] = Object.entries(problems);
    throw new ConsoleError(400, 'INVALID_FILTER', `${first[1][0]}。`, problems);
  }
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts };
}

/**
 * `embed=["steps",…]` names the components a list's rows carry; `embed=[]` none. A screen's table
 * shows no component, and reading them costs one query per component type and most of the bytes
 * (a 25-row page of powers: 69 KB with them), so the console's lists ask for none. Without the
 * parameter every component comes along, as exports and other callers expect.
 */
export function parseEmbed(raw: unknown, model: ModelLike): string[] | null {
  const embed = parseJson(raw, 'embed');
  if (embed === undefined) return null;
  if (!Array.isArray(embed) || !embed.every((e): e is string => typeof e === 'string')) throw badRequest('INVALID_QUERY', '参数 embed 须为字段名数组。', 'embed');
  const wrong = embed.find((name) => ownValue(model.attributes, name)?.type !== 'component');
  if (wrong !== undefined) throw badRequest('INVALID_QUERY', `“${wrong}”不是可嵌入的组成部分。`, 'embed');
  return [...new Set(embed)];
}

export function parseListQuery(query: Row, model: ModelLike, uid?: string): ListQuery {
  const known = ['sort', 'range', 'filter', 'embed'];
  const unknown = Object.keys(query).find((k) => !known.includes(k));
  if (unknown) throw badRequest('INVALID_QUERY', `不支持的查询参数“${unknown}”。`, unknown);
  return { filters: parseFilter(query.filter, model, uid), sort: parseSort(query.sort, model), ...parseRange(query.range), embed: parseEmbed(query.embed, model) };
}

/**
 * The total a page already proves: a page that is not full and not empty ends the list, as does an
 * empty first page. Otherwise (a full page, or an empty page past the start) only a count knows.
 */
export function totalFromPage(start: number, limit: number, rows: number): number | null {
  if (rows > 0 && rows < limit) return start + rows;
  if (rows === 0 && start === 0) return 0;
  return null;
}
