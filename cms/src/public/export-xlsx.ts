// XLSX export of a published list (exceljs): one sheet, bold frozen header, wrapped multi-line cells.
// Dated by the publication, not the clock, so the same list always gives the same bytes (ETag).
import ExcelJS from 'exceljs';
import type { ListItem } from '@nmg/config';
import { EXPORT_COLUMNS, exportTable } from './export-rows';
import { stampZipDates } from './zip-dates';

export async function listXlsx(items: readonly ListItem[], title: string, publishedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '内蒙古自治区行政执法责任制管理系统';
  workbook.title = title;
  workbook.created = publishedAt;
  workbook.modified = publishedAt;
  const sheet = workbook.addWorksheet('权责清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width }));
  const [header, ...rows] = exportTable(items);
  sheet.addRow(header).font = { bold: true };
  for (const values of rows) {
    sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  }
  const data = await workbook.xlsx.writeBuffer();
  return stampZipDates(Buffer.from(data as ArrayBuffer), publishedAt);
}
