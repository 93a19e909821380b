// The report of a batch request (Art. 10, 11, 13) in the import's shape (import-report.ts), each
// row with its action (新增 or 变更 of an existing power) and, when refused, every failing rule
// (import-failures.ts) except the one the request itself answers: CATALOGUE_ONLY for want of an
// approved adjustment.
import type { Row } from '../../util/row';
import { toConsoleError } from '../errors';
import { POWER_UID, withEveryFailure } from '../import-failures';
import { finalReport, type ImportReport, type RowReport } from '../import-report';
import type { BatchAction } from './batch-rows';
import type { JudgedRow } from './batch-judge';
import { agencyRefusal, missingAgencyEntries, type MissingAgencyCitation, type MissingAgencyEntry } from './batch-agencies';

export interface BatchRowReport extends RowReport {
  action: BatchAction;
  powerId?: string;
}

export interface BatchReport extends ImportReport {
  rows: BatchRowReport[];
  /** The request filed, once committed. */
  adjustmentId?: string;
  added: number;
  changed: number;
  /** Agencies the sheet names that the department lacks, once each (batch-agencies.ts). */
  missingAgencies: MissingAgencyEntry[];
}

export interface AgencyCitations {
  missing: readonly MissingAgencyCitation[][];
  accepted: ReadonlySet<string>;
  sheetRows: readonly (number | null)[];
}

function rowReport(r: JudgedRow): RowReport {
  if (!r.failure) return { index: r.index, ok: true };
  const mapped = toConsoleError(r.failure);
  // Every refusal the judge records is a mapped error; anything else is a bug, answered as a 500.
  if (!mapped) throw r.failure;
  return { index: r.index, ok: false, code: mapped.code, message: mapped.message, errors: mapped.errors };
}

const answeredByTheRequest = (f: { field: string; code: string }): boolean => f.code === 'CATALOGUE_ONLY' && f.field === 'adjustment';

/** A refused row that names an agency neither the department's nor accepted says so among its failures. */
function agencyFailures(row: RowReport, agencies: AgencyCitations | undefined, columns: Record<string, string>): RowReport['failures'] {
  const failures = row.failures;
  if (row.ok || !agencies || failures?.some((f) => f.code === 'AGENCY_NOT_FOUND')) return failures;
  const refused = (agencies.missing[row.index] ?? []).filter((m) => !agencies.accepted.has(m.key));
  const column = columns['decomposition.agency'] ?? columns.decomposition;
  const added = refused.map((m) => ({ field: 'decomposition', code: 'AGENCY_NOT_FOUND', article: '第十一条', message: agencyRefusal(m.name).message, ...(column ? { column } : {}) }));
  return [...(failures ?? []), ...added];
}

export function batchReport(judged: readonly JudgedRow[], sheet: readonly Row[], columns: Record<string, string>, committed: boolean, agencies?: AgencyCitations): BatchReport {
  const report = withEveryFailure(POWER_UID, finalReport(judged.length, judged.map(rowReport), false), sheet as Row[], columns);
  const rows: BatchRowReport[] = report.rows.map((r, i) => {
    const { action, powerId } = judged[i];
    const failures = agencyFailures(r, agencies, columns)?.filter((f) => !answeredByTheRequest(f));
    return { ...r, ...(failures ? { failures } : {}), action, ...(powerId ? { powerId } : {}) };
  });
  const missingAgencies = agencies ? missingAgencyEntries(agencies.missing, agencies.sheetRows, agencies.accepted) : [];
  return { ...report, committed, rows, added: judged.filter((r) => r.action === 'add').length, changed: judged.filter((r) => r.action === 'change').length, missingAgencies };
}
