// Reads the list staff keep in Excel: .xlsx (first worksheet) or .csv (UTF-8, with or without BOM),
// into plain text cells. Row numbers are kept as Excel shows them, because the report points there.
import { knownHeaderCount } from './headerMapping';
import { importHeaders } from './headerTable';
import type { SheetData } from './types';

/**
 * A file the importer cannot read. Its text is the catalogue's (app.import.sheet_error.<code>, zh
 * and en): the message carries that key, so no wording is written here a second time (issue 16).
 */
export class SheetError extends Error {
  constructor(readonly code: 'UNSUPPORTED' | 'ENCODING' | 'EMPTY' | 'UNREADABLE') {
    super(`app.import.sheet_error.${code}`);
  }
}

/**
 * Published lists often open with a title row ('XX局权责清单'), usually merged across the columns
 * (so every cell repeats it): the header is the first row with two or more DIFFERENT texts, when
 * the first rows have one; a one-column sheet keeps its first row.
 */
const HEADER_SEARCH_ROWS = importHeaders.searchRows;

function trimTrailingEmpty(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c.trim() === '')) end -= 1;
  return rows.slice(0, end);
}

const distinctTexts = (row: string[]): number => new Set(row.map((c) => c.trim()).filter((c) => c !== '')).size;

/**
 * A title row, a 填报单位 line or a 说明 may sit above the header (header on row 3): the first row
 * where enough cells are known column names (config/import-headers.json) is the header. Only when no
 * row qualifies (a list of agencies, other resources) the old rule applies.
 */
function headerRowIndex(rows: string[][]): number {
  const known = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => knownHeaderCount(row) >= importHeaders.minHeaderMatches);
  if (known >= 0) return known;
  const window = rows.slice(0, HEADER_SEARCH_ROWS).map(distinctTexts);
  const wide = window.findIndex((n) => n >= 2);
  return wide >= 0 ? wide : Math.max(0, window.findIndex((n) => n >= 1));
}

/** All rows of the sheet (index = Excel row number - 1) → headers and data rows. */
export function toSheetData(allRows: string[][]): SheetData {
  const rows = trimTrailingEmpty(allRows);
  if (rows.length === 0) throw new SheetError('EMPTY');
  const headerIndex = headerRowIndex(rows);
  const data = rows.slice(headerIndex + 1);
  const width = Math.max(rows[headerIndex].length, ...data.map((r) => r.length));
  const pad = (row: string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  return { headers: pad(rows[headerIndex]).map((h) => h.trim()), rows: data.map(pad), firstDataRow: headerIndex + 2 };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Excel stores dates as UTC midnight; the calendar day is what the user typed. */
function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((run: unknown) => (typeof run === 'object' && run !== null ? cellText((run as Record<string, unknown>).text) : '')).join('');
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return '';
  }
  return String(value);
}

export async function readXlsx(data: ArrayBuffer): Promise<SheetData> {
  // Loaded on first use: exceljs is large, and most visits never import a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new SheetError('UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError('EMPTY');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).replace(/\r\n?/g, '\n');
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return toSheetData(Array.from(rows, (r) => r ?? []));
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
}

export function readCsv(data: ArrayBuffer | Uint8Array): SheetData {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new SheetError('ENCODING');
  }
  return toSheetData(parseCsv(text));
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readSheet(name: string, data: ArrayBuffer): Promise<SheetData> {
  const lower = name.toLowerCase();
  const bytes = new Uint8Array(data);
  if (lower.endsWith('.xlsx') || (isZip(bytes) && !lower.endsWith('.csv'))) return readXlsx(data);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  throw new SheetError('UNSUPPORTED');
}
