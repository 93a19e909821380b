// Records → the rows a person reads: relations by the referenced record's name (its mainField),
// enumerations and headers in the current language, components one entry per line in the form
// the importer reads back (《法规》条款, 环节：内容).
import type { DataProvider, RaRecord } from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { fetchByIds } from './fetchAll';
import type { ExportCell, ExportTable } from './table';

export interface ExportTexts {
  /** Column header of a field (path: 'name', or 'bases.kind' inside a component). */
  header(path: string, field: FieldSchema): string;
  enumValue(path: string, value: string): string;
  boolean(value: boolean): string;
}

/** Referenced resource → record id → the text it is shown by. */
export type ReferenceNames = Map<string, Map<string, string>>;

const LEGAL_BASES = 'legal-bases';
/** Types a flat cell cannot show meaningfully. */
const SKIPPED_TYPES = new Set(['password', 'media', 'dynamiczone']);

export const exportableFields = (fields: FieldSchema[]): FieldSchema[] => fields.filter((f) => !SKIPPED_TYPES.has(f.type));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || typeof v === 'number').map(String);

/** Every id each relation (also inside components) points to, by referenced resource. */
export function referencedIds(records: RaRecord[], fields: FieldSchema[]): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  const visit = (entry: Record<string, unknown>, list: FieldSchema[]) => {
    for (const field of list) {
      const value = entry[field.name];
      if (field.type === 'relation' && field.reference) {
        const set = wanted.get(field.reference) ?? new Set<string>();
        idsOf(value).forEach((id) => set.add(id));
        wanted.set(field.reference, set);
      } else if (field.type === 'component' && field.fields) {
        (Array.isArray(value) ? value : [value]).filter(isObject).forEach((inner) => visit(inner, field.fields ?? []));
      }
    }
  };
  records.forEach((r) => visit(r, fields));
  return wanted;
}

/** The server's own choice when a schema names no mainField (cms/src/console/schemas.ts). */
const NAME_FIELDS = ['name', 'title', 'caseNumber', 'code', 'username'];

function nameOf(record: RaRecord, mainField: string | undefined): string {
  const candidates = mainField && mainField !== 'id' ? [mainField, ...NAME_FIELDS] : NAME_FIELDS;
  for (const key of candidates) {
    const value: unknown = record[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return String(record.id);
}

export async function loadReferenceNames(
  dataProvider: Pick<DataProvider, 'getMany'>,
  records: RaRecord[],
  fields: FieldSchema[],
  mainFieldOf: (resource: string) => string | undefined,
): Promise<ReferenceNames> {
  const names: ReferenceNames = new Map();
  for (const [resource, ids] of referencedIds(records, fields)) {
    if (ids.size === 0) continue;
    const found = await fetchByIds(dataProvider, resource, [...ids]);
    names.set(resource, new Map(found.map((r) => [String(r.id), nameOf(r, mainFieldOf(resource))])));
  }
  return names;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function localDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

interface Formatter {
  names: ReferenceNames;
  texts: ExportTexts;
}

function formatValue(value: unknown, field: FieldSchema, path: string, f: Formatter): ExportCell {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'relation': {
      const ids = idsOf(value);
      return ids.map((id) => f.names.get(field.reference ?? '')?.get(id) ?? id).join('、') || null;
    }
    case 'enumeration':
      return f.texts.enumValue(path, String(value));
    case 'boolean':
      return typeof value === 'boolean' ? f.texts.boolean(value) : String(value);
    case 'integer': case 'biginteger': case 'decimal': case 'float':
      return typeof value === 'number' ? value : Number.isFinite(Number(value)) ? Number(value) : String(value);
    case 'datetime':
      return typeof value === 'string' ? localDateTime(value) : String(value);
    case 'component':
      return formatComponent(value, field, path, f);
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? value : JSON.stringify(value);
  }
}

/** One component entry as one line: '设定依据：《食品安全法》第一百二十四条' or '受理：公示应当提交的材料'. */
function formatEntry(entry: Record<string, unknown>, field: FieldSchema, path: string, f: Formatter): string {
  const subFields = field.fields ?? [];
  const cell = (sub: FieldSchema) => formatValue(entry[sub.name], sub, `${path}.${sub.name}`, f);
  const law = subFields.find((s) => s.type === 'relation' && s.reference === LEGAL_BASES);
  if (law) {
    const rest = subFields.filter((s) => s !== law);
    const prefix = rest.filter((s) => s.type === 'enumeration').map(cell).filter((v) => v !== null).join(' ');
    const [articles, ...more] = rest.filter((s) => s.type !== 'enumeration').map(cell);
    const wording = more.filter((v) => v !== null).map(String);
    const title = cell(law);
    return `${prefix ? `${prefix}：` : ''}${title ? `《${title}》` : ''}${articles ?? ''}${wording.length > 0 ? `：${wording.join('，')}` : ''}`;
  }
  const values = subFields.map(cell).filter((v): v is string | number => v !== null).map(String);
  if (values.length === 0) return '';
  return values.length === 1 ? values[0] : `${values[0]}：${values.slice(1).join('，')}`;
}

function formatComponent(value: unknown, field: FieldSchema, path: string, f: Formatter): ExportCell {
  const entries = (Array.isArray(value) ? value : [value]).filter(isObject);
  const lines = entries.map((entry) => formatEntry(entry, field, path, f)).filter((line) => line !== '');
  return lines.length > 0 ? lines.join('\n') : null;
}

export function toTable(title: string, records: RaRecord[], fields: FieldSchema[], names: ReferenceNames, texts: ExportTexts): ExportTable {
  const columns = exportableFields(fields);
  const f: Formatter = { names, texts };
  return {
    title,
    headers: columns.map((field) => texts.header(field.name, field)),
    rows: records.map((record) => columns.map((field) => formatValue(record[field.name], field, field.name, f))),
  };
}
