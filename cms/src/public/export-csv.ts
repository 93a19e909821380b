// CSV export of a published list: UTF-8 with a byte order mark so that Excel shows the Chinese,
// CRLF rows and RFC 4180 quoting.
import type { ListItem } from '@nmg/config';
import { exportTable } from './export-rows';

const BOM = '\uFEFF';

/** Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection). */
function cell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function listCsv(items: readonly ListItem[]): Buffer {
  const lines = exportTable(items).map((row) => row.map(cell).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
