// Talks to POST /console-api/<resource>/import. Validation goes in chunks (a progress bar can move,
// and no request grows huge); the final write goes in ONE request, because only one transaction
// can promise that a failure leaves nothing half-written.
import type { ColumnMapping } from './headerMapping';
import type { ConvertedRow, ImportReport, ImportRecord, RowFailure, RowProblem, ServerRowReport } from './types';

export const VALIDATION_CHUNK = 200;
/** cms/src/console/import.ts MAX_IMPORT_ROWS. */
export const MAX_IMPORT_ROWS = 10000;
/** The server's body limit (20 MB), less some headroom for the envelope. */
export const MAX_IMPORT_BYTES = 19.5 * 1024 * 1024;

export type PostImport = (rows: ImportRecord[], commit: boolean) => Promise<ImportReport>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRowReport(value: unknown): ServerRowReport | null {
  if (!isObject(value) || typeof value.index !== 'number' || typeof value.ok !== 'boolean') return null;
  const row: ServerRowReport = { index: value.index, ok: value.ok };
  if (typeof value.id === 'string') row.id = value.id;
  if (value.action === 'add' || value.action === 'change') row.action = value.action;
  if (typeof value.code === 'string') row.code = value.code;
  if (typeof value.message === 'string') row.message = value.message;
  if (isObject(value.errors)) {
    row.errors = Object.fromEntries(
      Object.entries(value.errors).map(([field, messages]) => [field, Array.isArray(messages) ? messages.map(String) : [String(messages)]]),
    );
  }
  if (Array.isArray(value.failures)) row.failures = value.failures.map(parseFailure).filter((f): f is RowFailure => f !== null);
  return row;
}

function parseFailure(value: unknown): RowFailure | null {
  if (!isObject(value) || typeof value.field !== 'string' || typeof value.code !== 'string' || typeof value.message !== 'string') return null;
  const failure: RowFailure = { field: value.field, code: value.code, message: value.message, article: typeof value.article === 'string' ? value.article : '' };
  if (typeof value.column === 'string') failure.column = value.column;
  return failure;
}

export function parseImportReport(value: unknown): ImportReport {
  if (!isObject(value) || !Array.isArray(value.rows)) throw new Error('导入接口返回了无法识别的内容');
  const rows = value.rows.map(parseRowReport).filter((r): r is ServerRowReport => r !== null);
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  const failed = rows.filter((r) => !r.ok).length;
  return {
    total: num(value.total, rows.length),
    passed: num(value.passed, rows.length - failed),
    failed: num(value.failed, failed),
    committed: value.committed === true,
    rows,
    ...(typeof value.added === 'number' ? { added: value.added } : {}),
    ...(typeof value.changed === 'number' ? { changed: value.changed } : {}),
    ...(typeof value.adjustmentId === 'string' ? { adjustmentId: value.adjustmentId } : {}),
  };
}

/** The byte size of the request body, to refuse before the server does. */
export const bodySize = (rows: ImportRecord[]): number => new TextEncoder().encode(JSON.stringify({ rows, commit: true })).length;

export interface ValidationOutcome {
  passed: number;
  problems: RowProblem[];
  /** Rows a batch power adjustment would add and change (the server's action per row). */
  added: number;
  changed: number;
}

/** Dry runs (commit: false) in chunks; nothing is written whatever they find. */
export async function validateInChunks(
  rows: ConvertedRow[],
  mapping: ColumnMapping[],
  post: PostImport,
  onProgress: (done: number, total: number) => void,
  chunkSize = VALIDATION_CHUNK,
): Promise<ValidationOutcome> {
  const problems: RowProblem[] = [];
  let passed = 0;
  let added = 0;
  let changed = 0;
  onProgress(0, rows.length);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const report = await post(chunk.map((r) => r.record), false);
    problems.push(...reportProblems(report, chunk, mapping));
    passed += report.rows.filter((r) => r.ok).length;
    added += report.rows.filter((r) => r.action === 'add').length;
    changed += report.rows.filter((r) => r.action === 'change').length;
    onProgress(Math.min(start + chunkSize, rows.length), rows.length);
  }
  return { passed, problems, added, changed };
}

/** The server names fields by path ('bases.0.legalBasis'); the user knows the column header. */
export function columnForPath(path: string, mapping: ColumnMapping[]): string {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  const candidates = [segments.join('.'), segments[0]];
  for (const target of candidates) {
    const column = mapping.find((m) => m.target === target);
    if (column) return column.header;
  }
  // 'decomposition.0.post' has no column of its own; the agency column is the nearest one.
  return mapping.find((m) => m.target !== null && m.target.startsWith(`${segments[0]}.`))?.header ?? '';
}

/** A server report → report lines, one per failing field (or one per row when no field is named). */
export function reportProblems(report: ImportReport, sent: ConvertedRow[], mapping: ColumnMapping[]): RowProblem[] {
  return report.rows.flatMap((row): RowProblem[] => {
    if (row.ok) return [];
    const sheetRow = sent[row.index]?.sheetRow ?? row.index;
    const code = row.code ?? 'VALIDATION';
    const message = row.message ?? '';
    // Every failing rule of the row at once (Art. 4, 9, 10, 11), when the server judged them all.
    if (row.failures && row.failures.length > 0) {
      return row.failures.map((f) => ({ sheetRow, column: f.column ?? columnForPath(f.field, mapping), code: f.code, source: 'server' as const, message: f.message, rowMessage: f.message }));
    }
    const fields = Object.entries(row.errors ?? {});
    if (fields.length === 0) return [{ sheetRow, column: '', code, source: 'server', message, rowMessage: message }];
    return fields.flatMap(([path, messages]) =>
      (messages.length > 0 ? messages : [message]).map((m) => ({ sheetRow, column: columnForPath(path, mapping), code, source: 'server' as const, message: m || message, rowMessage: message })),
    );
  });
}
