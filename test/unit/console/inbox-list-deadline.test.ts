// When a returned list or a list under review is late (issue 14; the office's own days under Art. 13
// 及时): counted from the day the version entered its state, late from the day after the due date.
import type { ListHistoryEntry } from '@nmg/config';
import { enteredStateOn, listDeadline } from '../../../cms/src/console/inbox-list-deadline';

const DAYS = { returnedListDays: 15, listReviewDays: 20 };
const step = (action: ListHistoryEntry['action'], from: string | null, to: string, at: string): ListHistoryEntry => ({ action, from, to, at, actor: '测试', role: null, organisation: null, opinion: null });
const history = [step('create', null, 'draft', '2026-10-01T02:00:00.000Z'), step('submit', 'draft', 'submitted', '2026-10-05T09:00:00.000Z'), step('forward', 'submitted', 'legal-review', '2026-10-06T23:30:00.000Z'), step('return', 'legal-review', 'returned', '2026-11-01T08:00:00.000Z')];
const UPDATED = '2026-11-20T10:00:00.000Z';

test('第十三条: a returned list is due 15 days after its return and late from the day after', () => {
  const list = { state: 'returned', history, updatedAt: UPDATED };
  expect(listDeadline(list, DAYS, '2026-11-16')).toEqual({ due: '2026-11-16', overdue: false, reason: 'returnedListLate' });
  expect(listDeadline(list, DAYS, '2026-11-17')).toEqual({ due: '2026-11-16', overdue: true, reason: 'returnedListLate' });
});

test('第十条、第十一条: each review step has its own days from the day the version reached it', () => {
  const reviewing = { state: 'legal-review', history: history.slice(0, 3), updatedAt: UPDATED };
  expect(listDeadline(reviewing, DAYS, '2026-10-26')).toMatchObject({ due: '2026-10-26', overdue: false, reason: 'listReviewLate' });
  expect(listDeadline(reviewing, DAYS, '2026-10-27')).toMatchObject({ overdue: true });
  const forwarding = { state: 'submitted', history: history.slice(0, 2), updatedAt: UPDATED };
  expect(listDeadline(forwarding, DAYS, '2026-10-25')).toMatchObject({ due: '2026-10-25', overdue: false });
});

test('a version with no entry into its state counts from its last update; a step with no limit has no deadline', () => {
  expect(enteredStateOn({ state: 'returned', history: [], updatedAt: UPDATED })).toBe('2026-11-20');
  expect(enteredStateOn({ state: 'returned', history: [], updatedAt: 'not a date' })).toBeNull();
  // The last entry into the state counts: returned, resubmitted and returned again starts afresh.
  const again = [...history, step('submit', 'returned', 'submitted', '2026-11-10T00:00:00.000Z'), step('forward', 'submitted', 'legal-review', '2026-11-11T00:00:00.000Z'), step('return', 'legal-review', 'returned', '2026-11-12T00:00:00.000Z')];
  expect(enteredStateOn({ state: 'returned', history: again, updatedAt: UPDATED })).toBe('2026-11-12');
  for (const state of ['draft', 'approved', 'published']) expect(listDeadline({ state, history, updatedAt: UPDATED }, DAYS, '2027-01-01')).toBeNull();
});
