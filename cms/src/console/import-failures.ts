// Every failing rule of an imported power row (Art. 4, 9, 10, 11), added to the report beside the
// first refusal the write path raised: the pure judge (domain/import/power-row-failures.ts) lists
// all of them, and the write path's own refusal is kept when the judge does not already name its
// field. Each failure carries the sheet's column when the console sent its header per field.
import { regulationConfig } from '@nmg/config';
import { powerRowFailures, type RowFailure } from '../domain';
import type { Row } from '../util/row';
import type { ImportReport, RowReport } from './import-report';

export const POWER_UID = 'api::power.power';

export interface ReportedFailure extends RowFailure {
  /** The sheet's header of the field's column, when the console named it. */
  column?: string;
}

const rootOf = (field: string): string => field.split('.')[0];

function failuresOf(row: Row, report: RowReport, columns: Record<string, string>): ReportedFailure[] {
  const judged = powerRowFailures(row, regulationConfig().powerTypes.types);
  const roots = new Set(judged.map((f) => rootOf(f.field)));
  const thrown: RowFailure[] = Object.entries(report.errors ?? {})
    .filter(([field]) => !roots.has(rootOf(field)))
    .map(([field, messages]) => ({ field, code: report.code ?? 'VALIDATION', article: articleOf(report.message), message: messages.join('；') || (report.message ?? '') }));
  return [...judged, ...thrown].map((f) => {
    const column = columns[f.field] ?? columns[rootOf(f.field)];
    return column ? { ...f, column } : f;
  });
}

/** The article a rule's message names (「…规定》第十一条，…」), or '' for Strapi's own validation. */
function articleOf(message: string | undefined): string {
  const m = (message ?? '').match(/》((?:第[一二三四五六七八九十百]+条、?)+)/);
  return m ? m[1] : '';
}

/** The report with every failure of each refused power row. */
export function withEveryFailure(uid: string, report: ImportReport, rows: readonly Row[], columns: Record<string, string>): ImportReport {
  if (uid !== POWER_UID) return report;
  return { ...report, rows: report.rows.map((r) => (r.ok ? r : { ...r, failures: failuresOf(rows[r.index] ?? {}, r, columns) })) };
}
