// Strapi's /api query dialect (filters, fields, sort, pagination), checked before Strapi reads it
// (issue 13). Strapi lets some malformed queries reach PostgreSQL or its own query builder and then
// answers 500: a text where an integer column is compared (filters[id][$eq]=abc), a logical
// operator with a non-array (filters[$and]=x), $between with one value, a field named __proto__.
// Only what is well-formed passes; everything else is a 400 naming the parameter.
import { ownValue } from '../util/keys';

export interface AttributeInfo {
  type: string;
  /** Relation target or component uid, for filters that reach into it. */
  target?: string;
}
export type ModelInfo = (uid: string) => Record<string, AttributeInfo> | undefined;

export interface QueryProblem {
  field: string;
  message: string;
}

const LOGICAL = new Set(['$and', '$or']);
const OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$null', '$notNull', '$between', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
]);
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const BOOLEAN_OPERATORS = new Set(['$null', '$notNull']);
const SYSTEM: Record<string, AttributeInfo> = {
  id: { type: 'integer' }, documentId: { type: 'string' }, createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime' }, locale: { type: 'string' },
};
const INTEGER = /^-?\d{1,15}$/;
const NUMBER = /^-?\d{1,15}(\.\d{1,10})?$/;
const MAX_DEPTH = 20;

const fieldOf = (model: Record<string, AttributeInfo>, name: string): AttributeInfo | undefined => ownValue(model, name) ?? ownValue(SYSTEM, name);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** qs turns a[0]=x into an array, but a[200]=x (past its array limit) into an object with numeric keys. */
const listOf = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : isObject(v) && Object.keys(v).every((k) => /^\d+$/.test(k)) ? Object.values(v) : null);

function operandProblem(attr: AttributeInfo, operator: string, value: unknown, field: string): QueryProblem | undefined {
  if (BOOLEAN_OPERATORS.has(operator)) {
    return value === true || value === false || value === 'true' || value === 'false' ? undefined : { field, message: `${operator} 的值须为 true 或 false` };
  }
  const values = listOf(value);
  if (operator === '$between' && (values === null || values.length !== 2)) return { field, message: '$between 须给出两个值' };
  if (values !== null && !LIST_OPERATORS.has(operator) && operator !== '$between') return { field, message: `${operator} 只接受一个值` };
  for (const v of values ?? [value]) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return { field, message: '筛选值须为文本或数字' };
    const text = String(v);
    if (['integer', 'biginteger'].includes(attr.type) && !INTEGER.test(text)) return { field, message: '须为整数' };
    if (['decimal', 'float'].includes(attr.type) && !NUMBER.test(text)) return { field, message: '须为数字' };
  }
  return undefined;
}

/** One attribute's condition: a value, a list, operators, or (relations, components) the target's filters. */
function conditionProblem(attr: AttributeInfo, value: unknown, field: string, models: ModelInfo, depth: number): QueryProblem | undefined {
  if (!isObject(value) || listOf(value) !== null) return operandProblem(attr, Array.isArray(value) || listOf(value) ? '$in' : '$eq', value, field);
  const target = attr.target ? models(attr.target) : undefined;
  for (const [key, inner] of Object.entries(value)) {
    const path = `${field}[${key}]`;
    if (key === '$not' || LOGICAL.has(key)) {
      const problem = key === '$not' ? conditionProblem(attr, inner, path, models, depth + 1) : logicalProblem(inner, path, (item, p) => conditionProblem(attr, item, p, models, depth + 1));
      if (problem) return problem;
    } else if (key.startsWith('$')) {
      if (!OPERATORS.has(key)) return { field: path, message: `不支持的筛选运算符“${key}”` };
      const problem = target && !BOOLEAN_OPERATORS.has(key) ? undefined : operandProblem(attr, key, inner, path);
      if (problem) return problem;
    } else {
      if (!target) return { field: path, message: `字段“${field}”没有子字段“${key}”` };
      const problem = filtersProblem({ [key]: inner }, attr.target ?? '', models, field, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

function logicalProblem(value: unknown, field: string, each: (item: unknown, path: string) => QueryProblem | undefined): QueryProblem | undefined {
  const items = listOf(value);
  if (items === null) return { field, message: '逻辑运算符的值须为条件数组' };
  for (let i = 0; i < items.length; i += 1) {
    if (!isObject(items[i])) return { field: `${field}[${i}]`, message: '逻辑运算符的每一项须为条件对象' };
    const problem = each(items[i], `${field}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}

export function filtersProblem(filters: unknown, uid: string, models: ModelInfo, field = 'filters', depth = 0): QueryProblem | undefined {
  if (depth > MAX_DEPTH) return { field, message: `筛选条件嵌套不得超过 ${MAX_DEPTH} 层` };
  if (!isObject(filters)) return { field, message: '筛选参数须为对象，如 filters[字段][$eq]=值' };
  const model = models(uid);
  if (!model) return undefined;
  for (const [key, value] of Object.entries(filters)) {
    const path = `${field}[${key}]`;
    let problem: QueryProblem | undefined;
    if (LOGICAL.has(key)) problem = logicalProblem(value, path, (item, p) => filtersProblem(item, uid, models, p, depth + 1));
    else if (key === '$not') problem = filtersProblem(value, uid, models, path, depth + 1);
    else if (key.startsWith('$')) problem = { field: path, message: `不支持的筛选运算符“${key}”` };
    else {
      const attr = fieldOf(model, key);
      problem = attr ? conditionProblem(attr, value, path, models, depth + 1) : { field: path, message: `没有字段“${key}”` };
    }
    if (problem) return problem;
  }
  return undefined;
}

/** fields=a,b or fields[0]=a: own attributes only. */
export function fieldsProblem(fields: unknown, uid: string, models: ModelInfo): QueryProblem | undefined {
  const model = models(uid);
  if (!model) return undefined;
  const names = typeof fields === 'string' ? fields.split(',') : listOf(fields);
  if (names === null || !names.every((n): n is string => typeof n === 'string')) return { field: 'fields', message: '字段列表须为字段名' };
  const wrong = names.map((n) => n.trim()).find((n) => n !== '' && !fieldOf(model, n));
  return wrong === undefined ? undefined : { field: 'fields', message: `没有字段“${wrong}”` };
}

/** sort=a:asc,b or sort[0]=a:desc: own attribute names (dotted paths into relations are left to Strapi). */
export function sortProblem(sort: unknown, uid: string, models: ModelInfo): QueryProblem | undefined {
  const model = models(uid);
  if (!model) return undefined;
  const items = typeof sort === 'string' ? sort.split(',') : listOf(sort) ?? (isObject(sort) ? Object.entries(sort).map(([k, v]) => `${k}:${String(v)}`) : null);
  if (items === null || !items.every((s): s is string => typeof s === 'string')) return { field: 'sort', message: '排序参数须为“字段:asc|desc”' };
  for (const item of items) {
    const [name = '', order, ...rest] = item.trim().split(':');
    const head = name.split('.')[0] ?? '';
    if (!fieldOf(model, head)) return { field: 'sort', message: `不能按“${name}”排序` };
    if (rest.length > 0 || (order !== undefined && !['asc', 'desc'].includes(order.toLowerCase()))) return { field: 'sort', message: '排序方向须为 asc 或 desc' };
  }
  return undefined;
}

const PAGINATION: Record<string, { min: number }> = { page: { min: 1 }, pageSize: { min: 1 }, start: { min: 0 }, limit: { min: 1 } };

/** pagination[page|pageSize|start|limit]: integers in range; too large a page size is clamped by Strapi (maxLimit). */
export function paginationProblem(pagination: unknown): QueryProblem | undefined {
  if (!isObject(pagination)) return { field: 'pagination', message: '分页参数须为 pagination[page]、pagination[pageSize] 等' };
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(pagination, k);
  if ((has('page') || has('pageSize')) && (has('start') || has('limit'))) return { field: 'pagination', message: 'page/pageSize 与 start/limit 不能同时使用' };
  for (const [key, value] of Object.entries(pagination)) {
    const field = `pagination[${key}]`;
    if (key === 'withCount') {
      if (!['true', 'false', true, false].includes(value as string | boolean)) return { field, message: 'withCount 须为 true 或 false' };
      continue;
    }
    const rule = ownValue(PAGINATION, key);
    if (!rule) return { field, message: `不支持的分页参数“${key}”` };
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    if (!/^\d{1,12}$/.test(text) || Number(text) < rule.min) return { field, message: `${key} 须为不小于 ${rule.min} 的整数` };
  }
  return undefined;
}

export function apiQueryProblem(query: Record<string, unknown>, uid: string, models: ModelInfo): QueryProblem | undefined {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(query, k);
  return (
    (has('filters') ? filtersProblem(query.filters, uid, models) : undefined) ??
    (has('fields') ? fieldsProblem(query.fields, uid, models) : undefined) ??
    (has('sort') ? sortProblem(query.sort, uid, models) : undefined) ??
    (has('pagination') ? paginationProblem(query.pagination) : undefined)
  );
}
