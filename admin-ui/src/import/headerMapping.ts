// Which spreadsheet column goes into which field. Offices name their columns differently
// (DOMAIN.md: 事项名称 = 权责事项名称 = 权力事项名称 = 职权名称 …), so power lists are matched against the
// synonyms staff use; any other resource (and any power field an administrator adds later) is
// matched against the server's schema: a header equal to a field's label or name.
import type { FieldSchema } from '../providers/types';
import { importHeaders } from './headerTable';
import { normalizeHeader, stripQualifiers } from './normalize';

export const POWER_RESOURCE = 'powers';

/**
 * Where a power column goes. Most are the power's own fields; a few feed a component entry:
 * the situation's basis, and the agency a power is decomposed to. 'department' (实施主体) is read
 * for information only: the server attaches an item to the importer's own department.
 */
export const POWER_SYNONYMS: Record<string, readonly string[]> = importHeaders.targets;

/** Targets that several columns may feed (设定依据 and 实施依据 side by side); the rest take one column. */
const MULTI_TARGETS = new Set(['bases', 'steps', 'accountabilities', 'accountabilities.basis', 'decomposition.agency']);

/** Columns every list has that carry nothing to import. */
const IGNORED_HEADERS = new Set(importHeaders.ignored.map(normalizeHeader));

export type ColumnStatus = 'mapped' | 'unknown' | 'ignored' | 'duplicate' | 'blank';

export interface ColumnMapping {
  column: number;
  header: string;
  target: string | null;
  status: ColumnStatus;
}

export interface TargetOption {
  key: string;
  /**
   * Fallback label: the schema's, or for a target that is no plain field (追责依据, 承办机构) the first
   * header of config/import-headers.json. The page shows the catalogue's text over it: app.import.targets.*
   * for those targets (import/texts.ts TARGET_TEXT_KEYS), resources.<res>.fields.<key> for fields.
   */
  label: string;
  multi: boolean;
}

/** Field types a single cell can carry; components other than the power's mapped ones cannot. */
const CELL_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'integer', 'biginteger', 'decimal', 'float', 'boolean', 'enumeration', 'date', 'datetime', 'relation', 'json']);

export const isPowerResource = (resource: string): boolean => resource === POWER_RESOURCE;

export const isMultiTarget = (resource: string, target: string): boolean =>
  isPowerResource(resource) ? MULTI_TARGETS.has(target) : false;

/** The targets a column can be pointed at, in the order the select lists them. */
export function importTargets(resource: string, fields: FieldSchema[]): TargetOption[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const options: TargetOption[] = [];
  const seen = new Set<string>();
  const add = (key: string, label: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    options.push({ key, label, multi: isMultiTarget(resource, key) });
  };
  if (isPowerResource(resource)) {
    for (const key of Object.keys(POWER_SYNONYMS)) add(key, byName.get(key)?.label ?? POWER_SYNONYMS[key][0]);
  }
  for (const field of fields) if (CELL_TYPES.has(field.type)) add(field.name, field.label);
  return options;
}

/**
 * Header → target. Power synonyms first, then the schema's labels and names, then any further
 * labels the caller knows (the translated field names of the current language).
 */
function headerIndex(resource: string, fields: FieldSchema[], extraLabels: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  const put = (text: string, target: string) => {
    const key = normalizeHeader(text);
    if (key !== '' && !index.has(key)) index.set(key, target);
  };
  if (isPowerResource(resource)) {
    for (const [target, synonyms] of Object.entries(POWER_SYNONYMS)) synonyms.forEach((s) => put(s, target));
  }
  for (const field of fields) {
    if (!CELL_TYPES.has(field.type)) continue;
    put(field.label, field.name);
    put(field.name, field.name);
  }
  for (const [name, label] of Object.entries(extraLabels)) {
    const field = fields.find((f) => f.name === name);
    if (field && CELL_TYPES.has(field.type)) put(label, name);
  }
  return index;
}

export function mapHeaders(headers: string[], resource: string, fields: FieldSchema[], extraLabels: Record<string, string> = {}): ColumnMapping[] {
  const index = headerIndex(resource, fields, extraLabels);
  const used = new Set<string>();
  return headers.map((header, column): ColumnMapping => {
    const normalized = normalizeHeader(header);
    if (normalized === '') return { column, header, target: null, status: 'blank' };
    if (IGNORED_HEADERS.has(normalized)) return { column, header, target: null, status: 'ignored' };
    const target = index.get(normalized) ?? index.get(stripQualifiers(normalized)) ?? null;
    if (target === null) return { column, header, target: null, status: 'unknown' };
    // A second 编码 column would silently overwrite the first: leave it to the user to choose.
    if (used.has(target) && !isMultiTarget(resource, target)) return { column, header, target: null, status: 'duplicate' };
    used.add(target);
    return { column, header, target, status: 'mapped' };
  });
}

/** Headers the importer could not place, for the report above the mapping. */
export const unknownHeaders = (mapping: ColumnMapping[]): string[] =>
  mapping.filter((m) => m.status === 'unknown' || m.status === 'duplicate').map((m) => m.header);

/** The user changed a select: the column takes the target, and a single-column target leaves any other column. */
export function retarget(mapping: ColumnMapping[], column: number, target: string | null, resource: string): ColumnMapping[] {
  return mapping.map((m) => {
    if (m.column === column) return { ...m, target, status: target === null ? (m.status === 'mapped' ? 'ignored' : m.status) : 'mapped' };
    if (target !== null && m.target === target && !isMultiTarget(resource, target)) return { ...m, target: null, status: 'duplicate' };
    return m;
  });
}

/** Every header text the table knows, normalised: what the header-row search counts. */
export const KNOWN_POWER_HEADERS: ReadonlySet<string> = new Set(Object.values(POWER_SYNONYMS).flat().map(normalizeHeader));

/** How many cells of a row are known power headers (directly or without a bracketed qualifier). */
export const knownHeaderCount = (row: readonly string[]): number =>
  row.map(normalizeHeader).filter((h) => h !== '' && (KNOWN_POWER_HEADERS.has(h) || KNOWN_POWER_HEADERS.has(stripQualifiers(h)))).length;
