// Guard for GET /console-api/annual-reports/:id/view (config/src/reports.ts ReportView): read as
// `unknown`, trusted once checked. Unknown or missing parts become empty, never a crash.
import type { ReportAction, ReportFigures, ReportView } from '../../../config/src/reports';
import { isObject } from '../providers/types';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
const ACTIONS: readonly ReportAction[] = ['submit', 'accept', 'return'];

export function parseFigures(v: unknown): ReportFigures | null {
  if (!isObject(v) || typeof v.year !== 'number') return null;
  return v as unknown as ReportFigures;
}

export function parseReportView(body: unknown): ReportView | null {
  if (!isObject(body) || typeof body.id !== 'string' || !isObject(body.reporter)) return null;
  const rollup = isObject(body.rollup) ? body.rollup : null;
  const kind = (v: unknown): 'government' | 'department' => (v === 'government' ? 'government' : 'department');
  return {
    id: body.id,
    year: num(body.year),
    state: str(body.state) ?? 'draft',
    reporter: { kind: kind(body.reporter.kind), id: str(body.reporter.id) ?? '', name: str(body.reporter.name) ?? '' },
    receivers: list(body.receivers).map((r) => ({ kind: kind(r.kind), id: str(r.id) ?? '', name: str(r.name) ?? '', accepts: r.accepts === true })),
    dueAt: str(body.dueAt),
    submittedAt: str(body.submittedAt),
    submittedLate: body.submittedLate === true,
    overdue: body.overdue === true,
    actions: (Array.isArray(body.actions) ? body.actions : []).filter((a): a is ReportAction => ACTIONS.includes(a as ReportAction)),
    editable: body.editable === true,
    history: list(body.history).map((h) => ({ at: str(h.at) ?? '', by: str(h.by) ?? '', from: str(h.from), to: str(h.to) ?? '', opinion: str(h.opinion) })),
    figures: parseFigures(body.figures),
    rollup: rollup
      ? {
          entries: list(rollup.entries).map((e) => {
            const report = isObject(e.report) ? e.report : null;
            return {
              kind: kind(e.kind), id: str(e.id) ?? '', name: str(e.name) ?? '',
              report: report ? { id: str(report.id) ?? '', state: str(report.state) ?? '', submittedAt: str(report.submittedAt), submittedLate: report.submittedLate === true, overdue: report.overdue === true } : null,
            };
          }),
          totals: (isObject(rollup.totals) ? rollup.totals : {}) as NonNullable<ReportView['rollup']>['totals'],
          decompositionShare: num(rollup.decompositionShare),
          reported: num(rollup.reported),
        }
      : null,
  };
}
