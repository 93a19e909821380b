// One annual report with what its routing needs (Art. 7): the reporter, the receiving government,
// a department's upper department, and for a government the subordinates whose reports roll up.
import type { Core } from '@strapi/strapi';
import { regulationConfig, type ReportAction, type ReportRollupEntry, type ReportView } from '@nmg/config';
import { isReceiver, isReporter, type Reporter, type ReportWriter } from '../domain';
import { REPORT, REPORT_POPULATE, reporterOf } from './reporter';
import type { UserActor } from '../scope/actor';
import { asRow, isoDate, isRow, numOf, relId, rowsOf, strOf, type Row } from '../util/row';
import type { ReporterArea } from './figures';
import { figuresOf, sumFigures } from './rollup';


export interface ReportContext {
  row: Row;
  reporter: Reporter;
  area: ReporterArea;
  receivers: ReportView['receivers'];
}

const EDITABLE = ['draft', 'returned'];

function prefixOf(government: Row | null): string | null {
  const code = strOf(government, 'code');
  const tier = regulationConfig().tiers.find((t) => t.key === strOf(government, 'tier'));
  return code ? code.slice(0, tier?.codePrefixLength ?? code.length) : null;
}

export async function loadReportContext(strapi: Core.Strapi, documentId: string): Promise<ReportContext | null> {
  const row: unknown = await strapi.db.query(REPORT).findOne({ where: { documentId }, populate: REPORT_POPULATE });
  if (!isRow(row)) return null;
  const reporter = reporterOf(row);
  if (!reporter) return null;
  const government = asRow(row.government);
  const department = asRow(row.department);
  const receivers: ReportView['receivers'] = [];
  if (reporter.kind === 'government') {
    const parent = asRow(government?.parent);
    if (parent) receivers.push({ kind: 'government', id: String(parent.documentId), name: strOf(parent, 'name') ?? '', accepts: true });
    return { row, reporter, area: { reporter, name: strOf(government, 'name') ?? '', codePrefix: prefixOf(government) }, receivers };
  }
  const own = asRow(department?.government);
  if (own) receivers.push({ kind: 'government', id: String(own.documentId), name: strOf(own, 'name') ?? '', accepts: true });
  const upper = asRow(department?.upperDepartment);
  if (upper) receivers.push({ kind: 'department', id: String(upper.documentId), name: strOf(upper, 'name') ?? '', accepts: false });
  return { row, reporter, area: { reporter, name: strOf(department, 'name') ?? '', codePrefix: null }, receivers };
}

export const writerOf = (actor: UserActor): ReportWriter => ({ role: actor.role, governmentId: actor.governmentId, departmentId: actor.departmentId });

export function reportActions(actor: UserActor, c: ReportContext): ReportAction[] {
  const state = strOf(c.row, 'state') ?? 'draft';
  const writer = writerOf(actor);
  if (EDITABLE.includes(state) && isReporter(writer, c.reporter)) return ['submit'];
  if (state === 'submitted' && isReceiver(writer, c.reporter)) return ['accept', 'return'];
  return [];
}

export const isEditableBy = (actor: UserActor, c: ReportContext): boolean =>
  EDITABLE.includes(strOf(c.row, 'state') ?? 'draft') && isReporter(writerOf(actor), c.reporter);

/** Not submitted and past its due date (Art. 7 REPORT_DUE, derived on every read). */
export const isOverdue = (row: Row, today: string): boolean => {
  const due = isoDate(row.dueAt);
  return EDITABLE.includes(strOf(row, 'state') ?? 'draft') && due !== null && due < today;
};

/** A government's departments and next lower governments, with their reports of the year. */
async function rollup(strapi: Core.Strapi, governmentId: string, year: number, today: string): Promise<NonNullable<ReportView['rollup']>> {
  const departments = rowsOf(await strapi.db.query('api::department.department').findMany({ where: { government: { documentId: governmentId } }, select: ['documentId', 'name'], orderBy: { id: 'asc' } }));
  const children = rowsOf(await strapi.db.query('api::government.government').findMany({ where: { parent: { documentId: governmentId } }, select: ['documentId', 'name'], orderBy: { code: 'asc' } }));
  const reports = rowsOf(await strapi.db.query(REPORT).findMany({
    where: { year, $or: [{ department: { government: { documentId: governmentId } } }, { government: { parent: { documentId: governmentId } } }] },
    populate: { department: { select: ['documentId'] }, government: { select: ['documentId'] } },
  }));
  const reportOf = (kind: 'department' | 'government', id: string): Row | undefined => reports.find((r) => relId(r, kind) === id);
  const entry = (kind: 'department' | 'government', org: Row): ReportRollupEntry => {
    const id = String(org.documentId);
    const r = reportOf(kind, id);
    return {
      kind, id, name: strOf(org, 'name') ?? '',
      report: r ? { id: String(r.documentId), state: strOf(r, 'state') ?? 'draft', submittedAt: r.submittedAt instanceof Date ? r.submittedAt.toISOString() : strOf(r, 'submittedAt'), submittedLate: r.submittedLate === true, overdue: isOverdue(r, today) } : null,
    };
  };
  const entries = [...departments.map((d) => entry('department', d)), ...children.map((g) => entry('government', g))];
  const delivered = reports.filter((r) => ['submitted', 'accepted'].includes(strOf(r, 'state') ?? ''));
  return { entries, ...sumFigures(delivered.map((r) => figuresOf(r.figures))) };
}

export async function reportView(strapi: Core.Strapi, actor: UserActor, c: ReportContext, today: string): Promise<ReportView> {
  const { row } = c;
  const year = numOf(row, 'year') ?? 0;
  const history = rowsOf(row.history).map((h) => ({ at: strOf(h, 'at') ?? '', by: strOf(h, 'by') ?? '', from: strOf(h, 'from'), to: strOf(h, 'to') ?? '', opinion: strOf(h, 'opinion') }));
  const figures = isRow(row.figures) ? (row.figures as unknown as ReportView['figures']) : null;
  return {
    id: String(row.documentId),
    year,
    state: strOf(row, 'state') ?? 'draft',
    reporter: { kind: c.reporter.kind, id: c.reporter.id, name: c.area.name },
    receivers: c.receivers,
    dueAt: isoDate(row.dueAt),
    submittedAt: row.submittedAt instanceof Date ? row.submittedAt.toISOString() : strOf(row, 'submittedAt'),
    submittedLate: row.submittedLate === true,
    overdue: isOverdue(row, today),
    actions: reportActions(actor, c),
    editable: isEditableBy(actor, c),
    history,
    figures,
    rollup: c.reporter.kind === 'government' ? await rollup(strapi, c.reporter.id, year, today) : null,
  };
}
