import { ARTICLE, dueForEscalation, escalationFinding, type EscalationCandidate } from '../../../cms/src/domain';

const order: EscalationCandidate = { state: 'open', measure: 'correction-order', deadline: '2026-03-01', correctedAt: null };

describe('ESCALATION (Art. 27): 逾期不改正的，给予通报批评', () => {
  test('the rule cites 第二十七条', () => {
    expect(ARTICLE.ESCALATION).toBe('第二十七条');
  });

  test.each<{ title: string; c: EscalationCandidate; today: string; due: boolean }>([
    { title: '第二十七条: an open order the day after its deadline escalates', c: order, today: '2026-03-02', due: true },
    { title: '第二十七条: not on the deadline day itself', c: order, today: '2026-03-01', due: false },
    { title: '第二十七条: not once a correction is recorded', c: { ...order, correctedAt: '2026-02-27' }, today: '2026-03-02', due: false },
    { title: '第二十七条: not a case already escalated (runs twice, escalates once)', c: { ...order, state: 'escalated' }, today: '2026-03-02', due: false },
    { title: '第二十七条: not an exempted case', c: { ...order, state: 'exempted' }, today: '2026-03-02', due: false },
    { title: '第二十七条: not another measure', c: { ...order, measure: 'circulated-criticism' }, today: '2026-03-02', due: false },
    { title: '第二十七条: not an order without deadline', c: { ...order, deadline: null }, today: '2026-03-02', due: false },
  ])('$title', ({ c, today, due }) => {
    expect(dueForEscalation(c, today, 'correction-order')).toBe(due);
  });

  test('第二十七条: the follow-up names the deadline, the article and the original finding', () => {
    const text = escalationFinding('未按期公示权责清单', '2026-03-01');
    expect(text).toContain('2026-03-01');
    expect(text).toContain('第二十七条');
    expect(text).toContain('未按期公示权责清单');
  });
});
