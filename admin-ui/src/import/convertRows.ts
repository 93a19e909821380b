// Spreadsheet rows → records in the console's format (relations as ids, components as arrays of
// objects). Anything that can be judged here (an unknown type, a law not in the system) is reported
// by row and column before a single row is sent; the server judges everything else.
import type { FieldSchema } from '../providers/types';
import { isPowerResource, type ColumnMapping } from './headerMapping';
import { parseAccountabilities, parseBasisCell, parseSteps } from './cells';
import { foldText, splitNames } from './normalize';
import { ACCEPTED_TYPE_NAMES, booleanValue, dateValue, enumKey, numberValue, powerStatusKey, powerTypeKey, tierKey } from './values';
import type { ConvertedRow, ImportRecord, ReferenceResolver, RowProblem, SheetData } from './types';

export const LEGAL_BASES = 'legal-bases';
export const AGENCIES = 'agencies';

export interface ConvertContext {
  resource: string;
  fields: FieldSchema[];
  mapping: ColumnMapping[];
  /** The field a referenced resource's records are known by (its schema's mainField). */
  mainFieldOf(resource: string): string;
  /** An enumeration value's label in the current language, for cells that carry labels. */
  enumLabel(field: string, value: string): string;
  resolver: ReferenceResolver;
}

export interface ConversionResult {
  rows: ConvertedRow[];
  problems: RowProblem[];
}

interface Cell {
  text: string;
  header: string;
}

type Problem = (column: string, code: string, message: string, lawTitle?: string, agencyName?: string) => void;

/** The reference resource of a component's sub-field, e.g. powers.bases.legalBasis → legal-bases. */
function subReference(fields: FieldSchema[], component: string, sub: string, fallback: string): string {
  return fields.find((f) => f.name === component)?.fields?.find((f) => f.name === sub)?.reference ?? fallback;
}

/** Looks a name up and reports it by column when it is not there or not unique. */
function resolveName(ctx: ConvertContext, resource: string, value: string, column: string, problem: Problem, what: string): string | null {
  if (ctx.mainFieldOf(resource) === 'id') return value;
  const found = ctx.resolver.resolve(resource, value);
  if ('id' in found) return found.id;
  if ('ambiguous' in found) problem(column, 'REFERENCE_AMBIGUOUS', `${what}“${value}”对应多条记录，无法确定是哪一条`);
  else problem(column, 'REFERENCE_NOT_FOUND', `系统中没有${what}“${value}”`);
  return null;
}

function basisKind(header: string): string {
  const folded = foldText(header);
  if (folded.includes('实施')) return 'implementing';
  if (folded.includes('监管')) return 'supervising';
  return 'setting';
}

function convertField(field: FieldSchema, cell: Cell, ctx: ConvertContext, problem: Problem): unknown {
  const { text, header } = cell;
  const invalid = (message: string): undefined => {
    problem(header, 'INVALID_VALUE', message);
    return undefined;
  };
  switch (field.type) {
    case 'integer': case 'biginteger': {
      const n = numberValue(text);
      return n !== null && Number.isInteger(n) ? n : invalid(`“${text}”不是整数`);
    }
    case 'decimal': case 'float': {
      const n = numberValue(text);
      return n !== null ? n : invalid(`“${text}”不是数字`);
    }
    case 'boolean': {
      const b = booleanValue(text);
      return b !== null ? b : invalid(`“${text}”应为“是”或“否”`);
    }
    case 'enumeration': {
      const values = field.enum ?? [];
      const key = enumKey(text, values, (v) => ctx.enumLabel(field.name, v));
      return key ?? invalid(`“${text}”不是可选值（${values.map((v) => ctx.enumLabel(field.name, v)).join('、')}）`);
    }
    case 'date':
      return dateValue(text) ?? invalid(`“${text}”不是日期（例如 2024-01-31）`);
    case 'datetime': {
      const day = dateValue(text);
      const parsed = new Date(text.trim().replace(' ', 'T'));
      if (day === null) return invalid(`“${text}”不是日期时间`);
      return Number.isNaN(parsed.getTime()) ? `${day}T00:00:00.000Z` : parsed.toISOString();
    }
    case 'relation': {
      const reference = field.reference ?? '';
      const label = field.label;
      if (field.many) {
        const ids = splitNames(text).map((name) => resolveName(ctx, reference, name, header, problem, label));
        return ids.every((id): id is string => id !== null) ? ids : undefined;
      }
      return resolveName(ctx, reference, text.trim(), header, problem, label) ?? undefined;
    }
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** Power cells that are not one field each: type names, components, informational columns. */
function convertPowerTarget(target: string, cells: Cell[], all: Map<string, Cell[]>, ctx: ConvertContext, problem: Problem): unknown {
  const first = cells[0];
  const keyOf = (lookup: (t: string) => string | null, what: string) =>
    lookup(first.text) ?? void problem(first.header, 'INVALID_VALUE', `“${first.text}”不是有效的${what}`);
  switch (target) {
    case 'department':
      return undefined;
    case 'type':
      // Art. 5 lists the types; the message names the accepted ones so the user can correct the cell.
      return keyOf(powerTypeKey, `权力类型（可用：${ACCEPTED_TYPE_NAMES}）`);
    case 'status':
      return keyOf(powerStatusKey, '状态（有效、取消、下放、承接、变更）');
    case 'tier':
      return keyOf(tierKey, '行使层级');
    case 'bases': {
      const reference = subReference(ctx.fields, 'bases', 'legalBasis', LEGAL_BASES);
      const bases = cells.flatMap((cell) => {
        const citations = parseBasisCell(cell.text);
        if (citations.length === 0) problem(cell.header, 'INVALID_VALUE', `无法从“${cell.text}”中识别法律法规名称`);
        return citations.map((c) => {
          // A law the library lacks is remembered by title, so the preview lists it once per law (Art. 10).
          const lawProblem: Problem = (column, code, message) => problem(column, code, message, code === 'REFERENCE_NOT_FOUND' ? c.title : undefined);
          const legalBasis = resolveName(ctx, reference, c.title, cell.header, lawProblem, '执法依据');
          // lawTitle: the server's kept import resolves it once the law is accepted (Art. 10); other endpoints never see it (post.ts).
          return { kind: basisKind(cell.header), legalBasis, ...(legalBasis === null ? { lawTitle: c.title } : {}), articles: c.articles, ...(c.excerpt ? { excerpt: c.excerpt } : {}) };
        });
      });
      return bases;
    }
    case 'steps':
      return cells.flatMap((cell) => parseSteps(cell.text));
    case 'accountabilities': {
      const basis = (all.get('accountabilities.basis') ?? []).map((c) => c.text).join('\n');
      return parseAccountabilities(cells.map((c) => c.text).join('\n'), basis);
    }
    case 'accountabilities.basis':
      // Read together with the situations; on its own it would be lost.
      if (!all.has('accountabilities')) problem(first.header, 'ORPHAN_BASIS', '填写了追责依据，但没有对应的追责情形');
      return undefined;
    case 'decomposition.agency': {
      const reference = subReference(ctx.fields, 'decomposition', 'agency', AGENCIES);
      return cells.flatMap((cell) => splitNames(cell.text).map((name) => {
        // An agency not yet there is remembered by name, so the preview offers to create it with the
        // batch (issue 15); the server creates an accepted one at the approval (batch-agencies.ts).
        const seen = { notFound: false };
        const agencyProblem: Problem = (column, code, message) => {
          seen.notFound = code === 'REFERENCE_NOT_FOUND';
          problem(column, code, message, undefined, seen.notFound ? name : undefined);
        };
        const agency = resolveName(ctx, reference, name, cell.header, agencyProblem, '执法机构');
        return { agency, ...(seen.notFound ? { agencyName: name } : {}), role: 'handle' };
      }));
    }
    default:
      return undefined;
  }
}

const POWER_SPECIAL = new Set(['department', 'type', 'status', 'tier', 'bases', 'steps', 'accountabilities', 'accountabilities.basis', 'decomposition.agency']);

function convertRow(cells: string[], sheetRow: number, ctx: ConvertContext, problems: RowProblem[]): ConvertedRow | null {
  const byTarget = new Map<string, Cell[]>();
  for (const m of ctx.mapping) {
    const text = (cells[m.column] ?? '').trim();
    if (m.target === null || text === '') continue;
    byTarget.set(m.target, [...(byTarget.get(m.target) ?? []), { text, header: m.header }]);
  }
  if (cells.every((c) => c.trim() === '')) return null;
  const before = problems.length;
  const problem: Problem = (column, code, message, lawTitle, agencyName) => problems.push({ sheetRow, column, code, source: 'client', message, ...(lawTitle ? { lawTitle } : {}), ...(agencyName ? { agencyName } : {}) });
  const record: ImportRecord = {};
  const power = isPowerResource(ctx.resource);
  for (const [target, targetCells] of byTarget) {
    const field = ctx.fields.find((f) => f.name === target);
    const value = power && POWER_SPECIAL.has(target)
      ? convertPowerTarget(target, targetCells, byTarget, ctx, problem)
      : field ? convertField(field, targetCells[0], ctx, problem) : undefined;
    if (value !== undefined && value !== null) record[target === 'decomposition.agency' ? 'decomposition' : target] = value;
  }
  return { sheetRow, record, ok: problems.length === before };
}

/** A code appears once per government (DOMAIN.md); twice in one file is certainly wrong. */
function duplicateCodes(rows: ConvertedRow[], ctx: ConvertContext, problems: RowProblem[]): void {
  const header = ctx.mapping.find((m) => m.target === 'code')?.header;
  if (!header) return;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const code = row.record.code;
    if (typeof code !== 'string') continue;
    const earlier = seen.get(code);
    if (earlier === undefined) {
      seen.set(code, row.sheetRow);
      continue;
    }
    row.ok = false;
    problems.push({ sheetRow: row.sheetRow, column: header, code: 'DUPLICATE_CODE', source: 'client', message: `事项编码“${code}”与第 ${earlier} 行重复` });
  }
}

export function convertRows(sheet: SheetData, ctx: ConvertContext): ConversionResult {
  const problems: RowProblem[] = [];
  const rows = sheet.rows
    .map((cells, index) => convertRow(cells, sheet.firstDataRow + index, ctx, problems))
    .filter((row): row is ConvertedRow => row !== null);
  if (isPowerResource(ctx.resource)) duplicateCodes(rows, ctx, problems);
  return { rows, problems };
}

/** Runs the conversion once only to learn which names must be looked up, and in which resource. */
export function collectReferences(sheet: SheetData, ctx: Omit<ConvertContext, 'resolver'>): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  const resolver: ReferenceResolver = {
    resolve(resource, value) {
      if (!wanted.has(resource)) wanted.set(resource, new Set());
      wanted.get(resource)?.add(value);
      return { id: '' };
    },
  };
  convertRows(sheet, { ...ctx, resolver });
  return wanted;
}
