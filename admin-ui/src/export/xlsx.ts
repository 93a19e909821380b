// .xlsx with exceljs: bold, frozen header row, columns wide enough to read (Chinese characters
// count double), multi-line cells wrapped.
import type { ExportTable } from './table';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Display width in Excel's character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

export function columnWidths(table: Pick<ExportTable, 'headers' | 'rows'>): number[] {
  return table.headers.map((header, column) => {
    const widths = [header, ...table.rows.map((row) => String(row[column] ?? ''))].map((text) => Math.max(0, ...text.split('\n').map(displayWidth)));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.max(...widths) + 2));
  });
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export const sheetName = (title: string): string => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';

export async function toXlsx(table: ExportTable): Promise<ArrayBuffer> {
  // Loaded on first use: exceljs is large, and a list is viewed far more often than exported.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(table);
  sheet.columns = table.headers.map((header, index) => ({ header, key: `c${index}`, width: widths[index] }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells);
    cells.forEach((cell, index) => {
      if (typeof cell === 'string' && cell.includes('\n')) row.getCell(index + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
