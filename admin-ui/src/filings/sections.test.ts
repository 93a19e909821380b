import { sectionOpen } from './sections';

const review = { legalReviewer: '王审核', legalReviewOpinion: '同意', legalReviewAt: '2026-03-01' };
const discussion = { discussionAt: '2026-03-03', discussionParticipants: '班子成员', discussionDecision: '同意' };

describe('第十六条: the filing form opens its sections in order', () => {
  test.each<[string, Record<string, unknown>, boolean, boolean]>([
    ['nothing recorded', {}, false, false],
    ['the review only', review, false, false],
    ['review and discussion', { ...review, ...discussion }, true, false],
    ['a blank participant list', { ...review, ...discussion, discussionParticipants: '  ' }, false, false],
    ['decided', { ...review, ...discussion, decision: '罚款', decidedAt: '2026-03-05' }, true, true],
  ])('%s → decision %s, filing %s', (_t, values, decision, filing) => {
    expect(sectionOpen('decision', values)).toBe(decision);
    expect(sectionOpen('filing', values)).toBe(filing);
    expect(sectionOpen('review', values)).toBe(true);
  });
});
