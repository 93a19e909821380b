// GET /console-api/inbox parsed into the contract the server writes (config/src/dashboard.ts).
import type { InboxItem } from '../../../config/src/dashboard';
import { parseInbox } from './inbox';

const task: InboxItem = { kind: 'task', resource: 'adjustment-tasks', id: 't1', title: '《食品安全法》', organisation: '锡林浩特市市场监督管理局', step: 'adjust', due: '2026-11-30', overdue: true, reason: 'taskLate', opinion: null };

describe('parseInbox', () => {
  it('keeps well-formed items as the server wrote them', () => {
    expect(parseInbox({ data: [task] })).toEqual([task]);
  });

  it('leaves out an item without id or resource, or of a kind the console cannot open', () => {
    expect(parseInbox({ data: [{ ...task, id: '' }, { ...task, resource: null }, { ...task, kind: 'mystery' }, 'nonsense'] })).toEqual([]);
    expect(parseInbox(null)).toEqual([]);
  });
});
