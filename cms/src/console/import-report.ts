// The report of POST /console-api/<resource>/import, the same whichever path judged the rows:
// per row its index and either ok (with the new documentId once committed) or the refusal's code,
// message and errors by field.
import type { FieldErrors } from './errors';
import type { RowFailure } from '../domain';

export interface RowReport {
  index: number;
  ok: boolean;
  id?: string;
  code?: string;
  message?: string;
  errors?: FieldErrors;
  /** Every failing rule of the row (powers, Art. 4, 9, 10, 11), each with its column when known. */
  failures?: (RowFailure & { column?: string })[];
}

export interface ImportReport {
  total: number;
  passed: number;
  failed: number;
  committed: boolean;
  rows: RowReport[];
}

/** Committed only when asked and every row passed; ids are reported only for what was committed. */
export function finalReport(total: number, reports: RowReport[], commit: boolean): ImportReport {
  const failed = reports.filter((r) => !r.ok).length;
  const committed = commit && failed === 0;
  return { total, passed: total - failed, failed, committed, rows: committed ? reports : reports.map(({ id: _id, ...rest }) => rest) };
}
