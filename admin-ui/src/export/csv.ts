// CSV that Excel opens correctly in Chinese: UTF-8 with a BOM (without it Excel assumes the
// system code page and shows mojibake), CRLF line ends and RFC 4180 quoting.
import type { ExportCell, ExportTable } from './table';

export const BOM = '\uFEFF';

/**
 * A cell starting with = + @ (or - followed by a letter) would run as a formula when the file is
 * opened in Excel; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?![\d.\s]|$))/;

export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  const raw = typeof cell === 'number' ? String(cell) : cell;
  const text = typeof cell === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Pick<ExportTable, 'headers' | 'rows'>): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
