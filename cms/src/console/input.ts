// Validates a console request body against the content type's schema and turns it into
// document-service data. Every problem is reported by field, and nothing reaches the database
// unless the whole body is well-formed.
import type { AttributeLike, ModelLike, ModelLookup } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { ConsoleError, type FieldErrors } from './errors';
import { isCalendarDate, ownValue, safeMap } from '../util/keys';

/** Fields the console sends back with a record but never writes. */
export const READ_ONLY = new Set<string>(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
const TO_MANY = ['oneToMany', 'manyToMany'];

export interface RelationRef {
  target: string;
  ids: string[];
  field: string;
}

export interface ParsedInput {
  data: Row;
  /** The updatedAt the client read, for the optimistic concurrency check. */
  version: string | null;
  relations: RelationRef[];
}

function parseValue(attr: AttributeLike, value: unknown, field: string, lookup: ModelLookup, problems: FieldErrors, relations: RelationRef[]): unknown {
  const problem = (message: string): undefined => {
    (problems[field] ??= []).push(message);
    return undefined;
  };
  if (value === null) {
    if (attr.type === 'relation' && TO_MANY.includes(attr.relation ?? '')) return [];
    if (attr.type === 'component' && attr.repeatable) return [];
    return null;
  }
  switch (attr.type) {
    case 'string': case 'text': case 'richtext': case 'email': case 'uid': case 'password':
      return typeof value === 'string' ? value : problem('须为文本');
    case 'integer': case 'biginteger':
      return Number.isInteger(value) ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : problem('须为整数');
    case 'decimal': case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : problem('须为数字');
    case 'boolean':
      return typeof value === 'boolean' ? value : problem('须为 true 或 false');
    case 'enumeration':
      return typeof value === 'string' && attr.enum?.includes(value) ? value : problem(`须为以下值之一：${(attr.enum ?? []).join('、')}`);
    case 'date':
      if (typeof value === 'string' && isCalendarDate(value.slice(0, 10)) && (value.length === 10 || value[10] === 'T')) return value.slice(0, 10);
      return problem('须为日期（YYYY-MM-DD）');
    case 'datetime':
      return typeof value === 'string' && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : problem('须为日期时间');
    case 'json':
      return value;
    case 'relation': {
      const many = TO_MANY.includes(attr.relation ?? '');
      const ids = many ? (Array.isArray(value) ? value : null) : [value];
      if (!ids || !ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)) return problem(many ? '须为记录编号的数组' : '须为记录编号');
      relations.push({ target: attr.target ?? '', ids: ids as string[], field });
      return many ? ids : ids[0];
    }
    case 'component': {
      const component = attr.component ? lookup(attr.component) : undefined;
      if (!component) return problem('组件未定义');
      const items = attr.repeatable ? (Array.isArray(value) ? value : null) : [value];
      if (!items) return problem('须为数组');
      const parsed = items.map((item, index) => {
        if (!isRow(item)) return problem('须为对象');
        return parseObject(item, component, lookup, problems, relations, attr.repeatable ? `${field}.${index}.` : `${field}.`);
      });
      return attr.repeatable ? parsed : parsed[0];
    }
    default:
      return problem('不支持写入此类字段');
  }
}

function parseObject(body: Row, model: ModelLike, lookup: ModelLookup, problems: FieldErrors, relations: RelationRef[], prefix: string): Row {
  const data: Row = {};
  for (const [key, value] of Object.entries(body)) {
    if (READ_ONLY.has(key) || (prefix !== '' && key === '__component')) continue;
    const attr = ownValue(model.attributes, key);
    const field = `${prefix}${key}`;
    if (!attr || (attr.type === 'relation' && attr.mappedBy)) {
      (problems[field] ??= []).push('未知字段');
      continue;
    }
    if (value === undefined) continue;
    const parsed = parseValue(attr, value, field, lookup, problems, relations);
    if (parsed !== undefined) data[key] = parsed;
  }
  return data;
}

export function parseInput(body: unknown, model: ModelLike, lookup: ModelLookup): ParsedInput {
  if (!isRow(body)) throw new ConsoleError(400, 'INVALID_BODY', '请求内容须为 JSON 对象。');
  const problems: FieldErrors = safeMap<string[]>();
  const relations: RelationRef[] = [];
  const data = parseObject(body, model, lookup, problems, relations, '');
  if (Object.keys(problems).length > 0) {
    const [field, messages] = Object.entries(problems)[0];
    const unknownOnly = Object.values(problems).every((m) => m.every((x) => x === '未知字段'));
    throw new ConsoleError(400, unknownOnly ? 'UNKNOWN_FIELD' : 'INVALID_FIELD', `字段“${field}”${messages[0]}。`, problems);
  }
  const version = typeof body.updatedAt === 'string' ? body.updatedAt : null;
  return { data, version, relations };
}

/**
 * A stored record (as toRecord shows it) read the way a request body is, so the two compare field by
 * field; a field the parser would refuse is left out, which makes it differ from any body's value.
 */
export function parseStoredRecord(record: Row, model: ModelLike, lookup: ModelLookup): Row {
  return parseObject(record, model, lookup, safeMap<string[]>(), [], '');
}
