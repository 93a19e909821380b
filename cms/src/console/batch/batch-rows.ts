// The rows a batch power adjustment carries (Art. 10, 11, 13): each sheet row as the console sent
// it (relations as documentIds), with its spreadsheet row and whether it adds a power or changes
// the department's power under the same code. Stored on the request (batchRows) so the reviewer
// decides on exactly what the department filed.
import { isRow, type Row } from '../../util/row';

export type BatchAction = 'add' | 'change';

export interface BatchRow {
  /** The row number in the department's spreadsheet, when the console sent it. */
  sheetRow: number | null;
  action: BatchAction;
  /** The existing power a 变更 row changes. */
  powerId: string | null;
  data: Row;
}

/** The stored rows; anything malformed is left out (the approval re-judges every row anyway). */
export function batchRowsOf(value: unknown): BatchRow[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRow).filter((r) => isRow(r.data)).map((r) => ({
    sheetRow: typeof r.sheetRow === 'number' ? r.sheetRow : null,
    action: r.action === 'change' ? 'change' : 'add',
    powerId: typeof r.powerId === 'string' ? r.powerId : null,
    data: r.data as Row,
  }));
}

/** Fields a sheet row may not set: the request decides the department, status, tier and adjustment. */
const SERVER_SET = ['department', 'status', 'tier', 'adjustment', 'catalogueItem', 'pendingAdjustment', 'id', 'documentId'];

export function sheetData(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SERVER_SET.includes(key)));
}
