// Art. 7: each government reports yearly to the next higher government; each enforcement department
// to its own government and its upper department (上一级主管部门). A report is written by its
// reporter, submitted by the configured date, and accepted or returned by the receiving government.
import { fail, ok, type RuleResult } from './result';

export type Reporter =
  | { kind: 'government'; id: string; parentId: string | null }
  | { kind: 'department'; id: string; governmentId: string | null; upperDepartmentId: string | null };

/** Who writes: the organisation of the user (null for the server itself or an administrator). */
export interface ReportWriter {
  role: string | null;
  governmentId: string | null;
  departmentId: string | null;
}

export interface ReportChange {
  action: string;
  writer: ReportWriter;
  reporter: Reporter | null;
  stateFrom: string | null;
  stateTo: string;
  /** Fields the write changed (the server's own fields excluded). */
  changedFields: string[];
  reviewOpinion: string | null;
  /** Other reports of the same reporter and year. */
  duplicates: number;
  year: number | null;
  currentYear: number;
}

/** The fields the server alone writes: the due date, the submission, the acceptance, the history, the figures. */
export const REPORT_SERVER_FIELDS = ['dueAt', 'submittedAt', 'submittedLate', 'acceptedAt', 'history', 'figures'];
const REVIEW_FIELDS = ['state', 'reviewOpinion'];
const EDITABLE_STATES = ['draft', 'returned'];

/** The receiving government of a report (Art. 7); null for the region, which reports outside the system. */
export function receivingGovernment(reporter: Reporter): string | null {
  return reporter.kind === 'government' ? reporter.parentId : reporter.governmentId;
}

/** Whether the writer is the reporter itself: the government's own administrators, or the department's staff. */
export function isReporter(writer: ReportWriter, reporter: Reporter): boolean {
  if (reporter.kind === 'government') return writer.role === 'gov-admin' && writer.departmentId === null && writer.governmentId === reporter.id;
  return (writer.role === 'dept-editor' || writer.role === 'dept-head') && writer.departmentId === reporter.id;
}

export const isReceiver = (writer: ReportWriter, reporter: Reporter): boolean =>
  writer.role === 'gov-admin' && writer.departmentId === null && writer.governmentId !== null && writer.governmentId === receivingGovernment(reporter);

/** The due date of the report on `year`: the configured month and day of the following year. */
export function reportDueDate(year: number, due: { month: number; day: number }): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year + 1}-${pad(due.month)}-${pad(due.day)}`;
}

export function assertAnnualReport(c: ReportChange): RuleResult {
  if (c.action === 'delete') {
    if (c.writer.role === null) return ok;
    return c.stateFrom !== null && EDITABLE_STATES.includes(c.stateFrom) ? ok : fail('REPORT_DUE', 'state', '已报送或已接收的年度报告不能删除。');
  }
  if (!c.reporter) return fail('REPORT_DUE', 'department', '年度报告应当由一个人民政府或一个行政执法部门报告，请只选择报告政府或报告部门之一。');
  if (c.year !== null && c.year > c.currentYear) return fail('REPORT_DUE', 'year', `不能报告尚未开始的年度（${c.year}年）。`);
  if (c.duplicates > 0) return fail('REPORT_DUE', 'year', `${c.year ?? ''}年度的报告已经存在，每个报告单位每年报告一次。`);
  if (c.writer.role === null) return ok;
  const reporter = isReporter(c.writer, c.reporter);
  const receiver = isReceiver(c.writer, c.reporter);
  if (c.action === 'create') {
    if (!reporter) return fail('REPORT_ROUTE', c.reporter.kind, '年度报告由报告单位自行起草：人民政府的报告由本级政府管理员起草，部门的报告由本部门起草。');
    return c.stateTo === 'draft' ? ok : fail('REPORT_DUE', 'state', '年度报告应先保存为草稿，再报送。');
  }
  const moved = c.stateFrom !== c.stateTo;
  if (!moved) {
    if (c.changedFields.length === 0) return ok;
    if (!reporter) return fail('REPORT_ROUTE', c.changedFields[0], '只有报告单位可以修改本单位的年度报告。');
    if (!EDITABLE_STATES.includes(c.stateFrom ?? '')) return fail('REPORT_DUE', c.changedFields[0], '年度报告已报送，不能再修改；如需修改，请由接收单位退回。');
    return ok;
  }
  if (c.stateTo === 'submitted' && EDITABLE_STATES.includes(c.stateFrom ?? '')) {
    return reporter ? ok : fail('REPORT_ROUTE', 'state', '年度报告由报告单位报送。');
  }
  if (c.stateFrom === 'submitted' && (c.stateTo === 'accepted' || c.stateTo === 'returned')) {
    if (!receiver) {
      return fail('REPORT_ROUTE', 'state', c.reporter.kind === 'government'
        ? '人民政府的年度报告由上一级人民政府接收或退回。'
        : '部门的年度报告由本级人民政府接收或退回。');
    }
    const other = c.changedFields.find((f) => !REVIEW_FIELDS.includes(f));
    if (other) return fail('REPORT_DUE', other, '接收单位只能接收或退回报告，不能修改报告内容。');
    if (c.stateTo === 'returned' && (c.reviewOpinion ?? '').trim() === '') return fail('REPORT_DUE', 'reviewOpinion', '退回年度报告应当写明退回意见。');
    return ok;
  }
  return fail('REPORT_DUE', 'state', `年度报告不能从“${c.stateFrom ?? ''}”变为“${c.stateTo}”：草稿或退回的报告报送后，由接收单位接收或退回。`);
}

/** Whether a submission on `submittedOn` (YYYY-MM-DD) came after the due date. */
export const submittedLate = (submittedOn: string | null, dueAt: string | null): boolean =>
  submittedOn !== null && dueAt !== null && submittedOn > dueAt;
