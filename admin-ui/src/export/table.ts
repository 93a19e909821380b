// The exported list as a plain table: what both the .xlsx and the .csv writer take.

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Worksheet name and file name stem, e.g. 权责事项. */
  title: string;
  headers: string[];
  rows: ExportCell[][];
}

export type ExportFormat = 'xlsx' | 'csv';

export const MIME_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 权责事项_20240131-0930.xlsx: the list's name and when it was taken, so two exports do not collide. */
export function exportFileName(title: string, format: ExportFormat, now = new Date()): string {
  const stem = title.replace(/[\\/:*?"<>|]/g, '_').trim() || 'export';
  const stamp = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}-${pad2(now.getHours())}${pad2(now.getMinutes())}`;
  return `${stem}_${stamp}.${format}`;
}
