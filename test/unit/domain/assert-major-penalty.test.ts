import { assertFilingReceipt, assertMajorPenalty, filingDeadline, filingStatus, type FilingFacts, type ReceiptChange } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const none: FilingFacts = {
  legalReviewer: null, legalReviewOpinion: null, legalReviewAt: null,
  discussionAt: null, discussionParticipants: null, discussionDecision: null,
  decision: null, decidedAt: null, filedAt: null,
};
const reviewed: FilingFacts = { ...none, legalReviewer: '法制科 王审核', legalReviewOpinion: '事实清楚，证据确凿，同意', legalReviewAt: '2026-03-01' };
const discussed: FilingFacts = { ...reviewed, discussionAt: '2026-03-03', discussionParticipants: '局长、副局长、法制科长', discussionDecision: '同意罚款五万元' };
const decided: FilingFacts = { ...discussed, decision: '罚款五万元', decidedAt: '2026-03-05' };

describe('第十六条 MAJOR_PENALTY: legal review and collective discussion before the decision', () => {
  test.each<[string, FilingFacts]>([
    ['a case with only the proposed decision', none],
    ['the legal review recorded, no discussion yet', reviewed],
    ['review and discussion recorded, not yet decided', discussed],
    ['decided after both', decided],
    ['decided on the day of the discussion', { ...decided, decidedAt: '2026-03-03' }],
    ['review, discussion and decision on one day', { ...decided, legalReviewAt: '2026-03-05', discussionAt: '2026-03-05' }],
    ['filed on the day of the decision', { ...decided, filedAt: '2026-03-05' }],
    ['filed late (lateness is flagged, not refused)', { ...decided, filedAt: '2026-05-01' }],
  ])('第十六条 (Art. 16): allowed — %s', (_t, facts) => {
    expectOk(assertMajorPenalty(facts));
  });

  test.each<[string, FilingFacts, string]>([
    ['a decision without the legal review', { ...none, decision: '罚款', decidedAt: '2026-03-05' }, 'legalReviewer'],
    ['a decision without the review opinion', { ...decided, legalReviewOpinion: ' ' }, 'legalReviewOpinion'],
    ['a decision without the review date', { ...decided, legalReviewAt: null }, 'legalReviewAt'],
    ['a decision after review only (no collective discussion)', { ...reviewed, decision: '罚款', decidedAt: '2026-03-05' }, 'discussionAt'],
    ['a decision without the participants', { ...decided, discussionParticipants: '' }, 'discussionParticipants'],
    ['a decision without the discussion\'s decision', { ...decided, discussionDecision: null }, 'discussionDecision'],
    ['a decision date without the decision', { ...decided, decision: null }, 'decision'],
    ['a decision without its date', { ...decided, decidedAt: null }, 'decidedAt'],
    ['a discussion before the legal review', { ...discussed, discussionAt: '2026-02-28' }, 'discussionAt'],
    ['a decision dated before the discussion', { ...decided, decidedAt: '2026-03-02' }, 'decidedAt'],
    ['a filing without a decision', { ...discussed, filedAt: '2026-03-06' }, 'filedAt'],
    ['a filing dated before the decision', { ...decided, filedAt: '2026-03-04' }, 'filedAt'],
  ])('第十六条 (Art. 16): refused — %s', (_t, facts, field) => {
    expectFailure(assertMajorPenalty(facts), 'MAJOR_PENALTY', field);
  });

  test('第十六条 (Art. 16): the filing deadline is the decision date plus the configured days', () => {
    expect(filingDeadline('2026-03-05', 15)).toBe('2026-03-20');
    expect(filingDeadline('2026-12-25', 15)).toBe('2027-01-09');
    expect(filingDeadline(null, 15)).toBeNull();
  });

  test.each([
    [null, null, '2026-04-01', 'undecided'],
    ['2026-03-20', null, '2026-03-20', 'due'],
    ['2026-03-20', null, '2026-03-21', 'overdue'],
    ['2026-03-20', '2026-03-20', '2026-04-01', 'filed'],
    ['2026-03-20', '2026-03-21', '2026-04-01', 'filed-late'],
  ])('第十六条 (Art. 16): deadline %s, filed %s, today %s → %s', (deadline, filedAt, today, status) => {
    expect(filingStatus(deadline, filedAt, today)).toBe(status);
  });
});

const receipt = (overrides: Partial<ReceiptChange>): ReceiptChange => ({
  role: 'justice-reviewer', writerIsJustice: true, writerGovernmentId: 'g1', filingGovernmentId: 'g1', changedFields: ['receivedAt', 'receivedBy'], filedAt: '2026-03-06', ...overrides,
});

describe('第十六条、第五条 MAJOR_PENALTY: the supervising justice department records receipt', () => {
  test.each<[string, ReceiptChange]>([
    ['the justice department of the same government records receipt', receipt({})],
    ['the department edits its case without touching receipt', receipt({ role: 'dept-editor', writerIsJustice: false, changedFields: ['decision'] })],
    ['the server writes anything', receipt({ role: null, changedFields: ['receivedAt', 'decision'] })],
  ])('第十六条 (Art. 16): allowed — %s', (_t, change) => {
    expectOk(assertFilingReceipt(change));
  });

  test.each<[string, ReceiptChange, string]>([
    ['the department records receipt of its own filing', receipt({ role: 'dept-head', writerIsJustice: false, changedFields: ['receivedAt'] }), 'receivedAt'],
    ['the justice department of another government', receipt({ writerGovernmentId: 'g2' }), 'receivedAt'],
    ['receipt before the department filed', receipt({ filedAt: null }), 'receivedAt'],
    ['the justice department rewrites the decision', receipt({ changedFields: ['receivedAt', 'decision'] }), 'decision'],
    ['an administrator records receipt', receipt({ role: 'admin', writerIsJustice: false }), 'receivedAt'],
  ])('第十六条 (Art. 16): refused — %s', (_t, change, field) => {
    expectFailure(assertFilingReceipt(change), 'MAJOR_PENALTY', field);
  });
});
