// Major-penalty filings (Art. 16, with Art. 5 and Art. 14): the decision only after the legal review
// and the collective discussion; the filing deadline and lateness computed here, never trusted from
// the client; receipt recorded only by the justice department of the deciding department's government.
import { regulationConfig } from '@nmg/config';
import { assertFilingReceipt, assertMajorPenalty, fail, filingDeadline, RECEIPT_FIELDS, type FilingFacts } from '../../domain';
import { asRow, isoDate, isRow, strOf, type Row } from '../../util/row';
import { enforce } from '../../store/errors';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter } from './types';

export const FILING = 'api::major-penalty-filing.major-penalty-filing';
const SERVER_FIELDS = ['filingDeadline', 'filedLate', 'receivedBy'];

function facts(row: Row): FilingFacts {
  const text = (key: string): string | null => strOf(row, key);
  return {
    legalReviewer: text('legalReviewer'), legalReviewOpinion: text('legalReviewOpinion'), legalReviewAt: isoDate(row.legalReviewAt),
    discussionAt: isoDate(row.discussionAt), discussionParticipants: text('discussionParticipants'), discussionDecision: text('discussionDecision'),
    decision: text('decision'), decidedAt: isoDate(row.decidedAt), filedAt: isoDate(row.filedAt),
  };
}

export const majorPenaltyFilingRules: RuleAdapter = {
  async before({ actor, action, params, before }) {
    if (action === 'delete' && actor.kind !== 'system' && isoDate(before?.filedAt)) {
      enforce(fail('MAJOR_PENALTY', 'filedAt', '已备案的重大行政处罚记录不能删除。'));
    }
    const data = isRow(params.data) ? params.data : null;
    if (!data || actor.kind === 'system') return;
    for (const key of SERVER_FIELDS) delete data[key];
    // Who received the filing is the signed-in reviewer, not a name typed in.
    if (actor.kind === 'user' && 'receivedAt' in data) data.receivedBy = data.receivedAt ? `${actor.organisationName} ${actor.username}` : null;
  },
  async after({ strapi, actor, action, before, after, documentId }) {
    if (!after || (action !== 'create' && action !== 'update')) return;
    const row: unknown = await strapi.db.query(FILING).findOne({ where: { documentId }, populate: { department: { select: ['documentId'], populate: { government: { select: ['documentId'] } } } } });
    if (!isRow(row)) return;
    const filing = facts(row);
    const changed = before ? changedFields(before, after).filter((f) => !SERVER_FIELDS.includes(f)) : [];
    if (actor.kind !== 'system' && isoDate(before?.filedAt)) {
      const edited = changed.find((f) => !RECEIPT_FIELDS.includes(f));
      if (edited) enforce(fail('MAJOR_PENALTY', edited, '重大行政处罚已报送备案，备案内容不能再修改。'));
    }
    enforce(assertMajorPenalty(filing));
    const writer = actor.kind === 'user' ? actor : null;
    const receiptChanged = action === 'create' ? RECEIPT_FIELDS.filter((f) => after[f] !== null && after[f] !== undefined) : changed;
    enforce(assertFilingReceipt({
      role: actor.kind === 'system' ? null : writer?.role ?? 'admin',
      writerIsJustice: writer !== null && writer.scope.kind === 'subtree' && writer.departmentId !== null,
      writerGovernmentId: writer?.governmentId ?? null,
      filingGovernmentId: strOf(asRow(asRow(row.department)?.government), 'documentId'),
      changedFields: receiptChanged,
      filedAt: filing.filedAt,
    }));
    const deadline = filingDeadline(filing.decidedAt, regulationConfig().deadlines.majorPenaltyFilingDays);
    const late = deadline !== null && filing.filedAt !== null && filing.filedAt > deadline;
    if (isoDate(row.filingDeadline) !== deadline || row.filedLate !== late) {
      await strapi.db.query(FILING).update({ where: { id: row.id }, data: { filingDeadline: deadline, filedLate: late } });
    }
  },
};
