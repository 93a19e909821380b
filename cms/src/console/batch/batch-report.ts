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
}

function rowReport(r: JudgedRow): RowReport {
  if (!r.failure) return { index: r.index, ok: true };
  const mapped = toConsoleError(r.failure);
  // Every refusal the judge records is a mapped error; anything else is a bug, answered as a 500.
  if (!mapped) throw r.failure;
  return { index: r.index, ok: false, code: mapped.code, message: mapped.message, errors: mapped.errors };
}

const answeredByTheRequest = (f: { field: string; code: string }): boolean => f.code === 'CATALOGUE_ONLY' && f.field === 'adjustment';

export function batchReport(judged: readonly JudgedRow[], sheet: readonly Row[], columns: Record<string, string>, committed: boolean): BatchReport {
  const report = withEveryFailure(POWER_UID, finalReport(judged.length, judged.map(rowReport), false), sheet as Row[], columns);
  const rows: BatchRowReport[] = report.rows.map((r, i) => {
    const { action, powerId } = judged[i];
    const failures = r.failures?.filter((f) => !answeredByTheRequest(f));
    return { ...r, ...(failures ? { failures } : {}), action, ...(powerId ? { powerId } : {}) };
  });
  return { ...report, committed, rows, added: judged.filter((r) => r.action === 'add').length, changed: judged.filter((r) => r.action === 'change').length };
}
