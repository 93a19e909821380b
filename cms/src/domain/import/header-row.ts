// Art. 10: offices' sheets put a merged title row (or two) above the header and name columns
// their own way. The header row is the first row that names the required fields; a cell is
// compared after removing spaces, line breaks and punctuation.

export interface HeaderTable { fields: Record<string, string[]>; required: string[] }

export interface HeaderRow {
  /** 0-based index of the header row in the sheet. */
  rowIndex: number;
  /** field → 0-based column. */
  columns: Record<string, number>;
  /** Non-empty header cells no synonym names (to be mapped by hand). */
  unknown: Array<{ column: number; header: string }>;
}

export const headerKey = (cell: unknown): string =>
  String(cell ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function synonymIndex(table: HeaderTable, remembered: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, names] of Object.entries(table.fields)) for (const name of names) index.set(headerKey(name), field);
  for (const [header, field] of Object.entries(remembered)) index.set(headerKey(header), field);
  return index;
}

/** Reads a candidate row: which fields it names (first column wins) and what it leaves unknown. */
function readRow(row: readonly unknown[], index: Map<string, string>): Omit<HeaderRow, 'rowIndex'> {
  const columns: Record<string, number> = {};
  const unknown: HeaderRow['unknown'] = [];
  row.forEach((cell, column) => {
    const key = headerKey(cell);
    if (key === '') return;
    const field = index.get(key);
    if (field === undefined) unknown.push({ column, header: String(cell).replace(/\s+/g, ' ').trim() });
    else if (!(field in columns)) columns[field] = column;
  });
  return { columns, unknown };
}

/**
 * Finds the header row among the first `scan` rows: the first row naming every required field.
 * `remembered` is the department's own mapping (header → field) made by hand once.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], table: HeaderTable, remembered: Record<string, string> = {}, scan = 15): HeaderRow | undefined {
  const index = synonymIndex(table, remembered);
  for (let i = 0; i < Math.min(rows.length, scan); i += 1) {
    const read = readRow(rows[i] ?? [], index);
    if (table.required.every((field) => field in read.columns)) return { rowIndex: i, ...read };
  }
  return undefined;
}

/** The data rows under the header: blank rows skipped, multi-line cells joined by a line break. */
export function dataRows(rows: readonly (readonly unknown[])[], header: HeaderRow): Array<{ line: number; values: Record<string, string> }> {
  const out: Array<{ line: number; values: Record<string, string> }> = [];
  for (let i = header.rowIndex + 1; i < rows.length; i += 1) {
    const row = rows[i] ?? [];
    const values: Record<string, string> = {};
    for (const [field, column] of Object.entries(header.columns)) {
      const text = String(row[column] ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
      if (text !== '') values[field] = text;
    }
    if (Object.keys(values).length > 0) out.push({ line: i + 1, values });
  }
  return out;
}
