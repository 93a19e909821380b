// Art. 16 (with Art. 14): a major administrative penalty is decided only after the legal review
// (法制审核) and the collective discussion of the department's leaders (集体讨论决定), in that order,
// and the decision is filed with the supervising justice department within the configured days.
import { fail, ok, type RuleResult } from './result';

export interface FilingFacts {
  legalReviewer: string | null;
  legalReviewOpinion: string | null;
  legalReviewAt: string | null;
  discussionAt: string | null;
  discussionParticipants: string | null;
  discussionDecision: string | null;
  decision: string | null;
  decidedAt: string | null;
  filedAt: string | null;
}

const blank = (value: string | null): boolean => value === null || value.trim() === '';

const REVIEW: [keyof FilingFacts, string][] = [
  ['legalReviewer', '法制审核人员'],
  ['legalReviewOpinion', '法制审核意见'],
  ['legalReviewAt', '法制审核日期'],
];
const DISCUSSION: [keyof FilingFacts, string][] = [
  ['discussionAt', '集体讨论日期'],
  ['discussionParticipants', '集体讨论参加人员'],
  ['discussionDecision', '集体讨论决定'],
];

export function assertMajorPenalty(f: FilingFacts): RuleResult {
  const decided = !blank(f.decision) || !blank(f.decidedAt);
  if (decided) {
    if (blank(f.decision)) return fail('MAJOR_PENALTY', 'decision', '记录处罚决定日期时应同时记录处罚决定内容。');
    if (blank(f.decidedAt)) return fail('MAJOR_PENALTY', 'decidedAt', '记录处罚决定时应同时记录决定日期。');
    for (const [field, label] of REVIEW) {
      if (blank(f[field])) return fail('MAJOR_PENALTY', field, `重大行政处罚决定前应当经过法制审核，请先记录${label}。`);
    }
    for (const [field, label] of DISCUSSION) {
      if (blank(f[field])) return fail('MAJOR_PENALTY', field, `重大行政处罚应当由行政执法部门负责人集体讨论决定，请先记录${label}。`);
    }
  }
  // Dates are ISO (YYYY-MM-DD), so string order is date order.
  if (!blank(f.legalReviewAt) && !blank(f.discussionAt) && String(f.discussionAt) < String(f.legalReviewAt)) {
    return fail('MAJOR_PENALTY', 'discussionAt', '集体讨论应在法制审核之后进行，集体讨论日期不能早于法制审核日期。');
  }
  if (decided && String(f.decidedAt) < String(f.legalReviewAt)) return fail('MAJOR_PENALTY', 'decidedAt', '处罚决定日期不能早于法制审核日期。');
  if (decided && String(f.decidedAt) < String(f.discussionAt)) return fail('MAJOR_PENALTY', 'decidedAt', '处罚决定日期不能早于集体讨论日期。');
  if (!blank(f.filedAt)) {
    if (!decided) return fail('MAJOR_PENALTY', 'filedAt', '尚未作出处罚决定，不能备案。');
    if (String(f.filedAt) < String(f.decidedAt)) return fail('MAJOR_PENALTY', 'filedAt', '备案日期不能早于处罚决定日期。');
  }
  return ok;
}

const DAY = 86400000;

/** The filing deadline: the decision date plus the days of config/deadlines.json; none before a decision. */
export function filingDeadline(decidedAt: string | null, days: number): string | null {
  if (!decidedAt) return null;
  const start = Date.parse(`${decidedAt.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(start) ? null : new Date(start + days * DAY).toISOString().slice(0, 10);
}

// Where a filing stands is read by the console too: its one home is the reports contract.
export { filingStatus, type FilingStatus } from '@nmg/config';

export interface ReceiptChange {
  /** Role of the writer; null for the server itself. */
  role: string | null;
  /** Whether the writer's department is a justice department. */
  writerIsJustice: boolean;
  writerGovernmentId: string | null;
  /** Government of the department that filed. */
  filingGovernmentId: string | null;
  /** Fields the write changed. */
  changedFields: string[];
  filedAt: string | null;
}

export const RECEIPT_FIELDS = ['receivedAt', 'receivedBy'];

/**
 * Art. 16 with Art. 5: the filing goes to the justice department of the department's own government
 * (旗县级以上人民政府司法行政部门), which alone records its receipt and changes nothing else.
 */
export function assertFilingReceipt(c: ReceiptChange): RuleResult {
  if (c.role === null) return ok;
  const receipt = c.changedFields.filter((f) => RECEIPT_FIELDS.includes(f));
  const others = c.changedFields.filter((f) => !RECEIPT_FIELDS.includes(f));
  if (c.role === 'justice-reviewer' && c.writerIsJustice) {
    if (others.length > 0) return fail('MAJOR_PENALTY', others[0], '司法行政部门只登记备案的接收，不能修改备案内容。');
    if (receipt.length > 0 && c.writerGovernmentId !== c.filingGovernmentId) {
      return fail('MAJOR_PENALTY', 'receivedAt', '重大行政处罚由作出决定部门所属政府的司法行政部门接收备案。');
    }
    if (receipt.length > 0 && !c.filedAt) return fail('MAJOR_PENALTY', 'receivedAt', '部门尚未报送备案，不能登记接收。');
    return ok;
  }
  if (receipt.length > 0) return fail('MAJOR_PENALTY', receipt[0], '备案的接收由本级政府司法行政部门登记，作出决定的部门不能自行填写。');
  return ok;
}
