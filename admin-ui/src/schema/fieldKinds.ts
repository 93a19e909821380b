// What the generic screens do with each attribute type of the schemas endpoint. Pure, so that the
// choice of columns, sorts and filters is tested without rendering.
import type { FieldSchema } from '../providers/types';

const TEXT = ['string', 'email', 'uid'];
const LONG_TEXT = ['text', 'richtext', 'blocks'];
const NUMBER = ['integer', 'biginteger', 'decimal', 'float'];
/** The server sorts by these (cms/src/console/query.ts SORTABLE); never by personal fields. */
const SORTABLE = [...TEXT, 'text', ...NUMBER, 'date', 'datetime', 'time', 'enumeration', 'boolean'];
/** Lists cannot show these: they are nested structures or files. */
const NOT_IN_LISTS = ['component', 'json', 'dynamiczone', 'media', 'password', 'blocks'];
/** Columns shown before the user opens the column chooser; the rest stay one click away. */
export const DEFAULT_VISIBLE_COLUMNS = 8;

export const isText = (f: FieldSchema): boolean => TEXT.includes(f.type);
export const isLongText = (f: FieldSchema): boolean => LONG_TEXT.includes(f.type);
export const isNumber = (f: FieldSchema): boolean => NUMBER.includes(f.type);
export const isInteger = (f: FieldSchema): boolean => f.type === 'integer' || f.type === 'biginteger';
export const isSortable = (f: FieldSchema): boolean => SORTABLE.includes(f.type) && !f.personal;

export interface ListColumns {
  columns: FieldSchema[];
  /** Sources hidden until chosen in the column chooser. */
  hidden: string[];
}

export function listColumns(fields: FieldSchema[]): ListColumns {
  const columns = fields.filter((f) => !NOT_IN_LISTS.includes(f.type));
  // Long texts and to-many relations make rows tall; short fields come first in the default view.
  const short = columns.filter((f) => !isLongText(f) && !(f.type === 'relation' && f.many));
  const visible = new Set(short.slice(0, DEFAULT_VISIBLE_COLUMNS).map((f) => f.name));
  return { columns, hidden: columns.filter((f) => !visible.has(f.name)).map((f) => f.name) };
}

export type FilterKind = 'enum' | 'reference' | 'dateRange' | 'boolean';

export interface FilterSpec {
  field: FieldSchema;
  kind: FilterKind;
}

/** The server filters plain values of its own, non-personal fields (cms/src/console/query.ts). */
export function filterSpecs(fields: FieldSchema[], canList: (resource: string) => boolean): FilterSpec[] {
  return fields.flatMap((field): FilterSpec[] => {
    if (field.personal) return [];
    if (field.type === 'enumeration' && field.enum?.length) return [{ field, kind: 'enum' }];
    if (field.type === 'relation' && field.reference && canList(field.reference)) return [{ field, kind: 'reference' }];
    if (field.type === 'date' || field.type === 'datetime') return [{ field, kind: 'dateRange' }];
    if (field.type === 'boolean') return [{ field, kind: 'boolean' }];
    return [];
  });
}

/** Full-text search (filter q) searches these on the server. */
export const hasSearchableText = (fields: FieldSchema[]): boolean =>
  fields.some((f) => ['string', 'text', 'email', 'uid'].includes(f.type) && !f.personal);
