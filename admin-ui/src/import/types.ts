// Shapes shared by the import's steps: the sheet as read, the rows as sent, the problems as shown.

export interface SheetData {
  headers: string[];
  /** Cells as text, one array per spreadsheet row after the header (empty rows kept, so numbers stay right). */
  rows: string[][];
  /** The spreadsheet row number of rows[0] (the row after the header). */
  firstDataRow: number;
}

export type ImportRecord = Record<string, unknown>;

export interface ConvertedRow {
  /** Row number as the user sees it in Excel. */
  sheetRow: number;
  record: ImportRecord;
  /** False when a problem was found before sending: such rows are not sent. */
  ok: boolean;
}

/** One line of the report: which row, which column, which rule, what is wrong. */
export interface RowProblem {
  sheetRow: number;
  /** The header of the column the problem is in; '' when it concerns the whole row. */
  column: string;
  /** A server error code (errors.<CODE>) or a client-side one (app.import.problem.<CODE>). */
  code: string;
  /** Whether the code is the server's (translated under errors.*) or the importer's own. */
  source: 'server' | 'client';
  message: string;
  /** The server's message for the whole row (names the article), the rule's wording when errors.<CODE> is missing. */
  rowMessage?: string;
  /** A cited law the legal-basis library does not hold (REFERENCE_NOT_FOUND in a basis column), as cited. */
  lawTitle?: string;
  /** An agency the sheet names that the department does not have yet (REFERENCE_NOT_FOUND in the agency column). */
  agencyName?: string;
}

export type Resolution = { id: string } | { missing: true } | { ambiguous: true };

/** Record names in the sheet (a law's title, an agency's name) → the records' ids. */
export interface ReferenceResolver {
  resolve(resource: string, value: string): Resolution;
}

/** What the server answers to POST /console-api/<resource>/import (cms/src/console/import.ts). */
export interface ServerRowReport {
  index: number;
  ok: boolean;
  id?: string;
  code?: string;
  message?: string;
  errors?: Record<string, string[]>;
  /** Every failing rule of a power row (Art. 4, 9, 10, 11), each with its article. */
  failures?: RowFailure[];
  /** A batch power adjustment's row: adds a power or changes the department's power of that code. */
  action?: 'add' | 'change';
}

/** One failing rule of a row as the server judges it (cms/src/domain/import/power-row-failures.ts). */
export interface RowFailure {
  field: string;
  column?: string;
  code: string;
  article: string;
  message: string;
}

export interface ImportReport {
  total: number;
  passed: number;
  failed: number;
  committed: boolean;
  rows: ServerRowReport[];
  /** A batch power adjustment (POST /console-api/power-adjustments/batch): rows to add and to change. */
  added?: number;
  changed?: number;
  /** The request filed, once committed. */
  adjustmentId?: string;
}
