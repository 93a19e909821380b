// GET /console-api/inbox parsed into the contract the server writes (config/src/dashboard.ts).
import type { InboxItem } from '../../../config/src/dashboard';
import { parseInbox, parseInboxMore } from './inbox';

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

describe('parseInboxMore', () => {
  const more = { kind: 'officer', reason: 'certificateLapsed', total: 130, shown: 100, resource: 'officers', filter: { certificateExpiresAt_lt: '2026-12-06' } };
  it('keeps a kind with more records than listed, with the list filter of all of them', () => {
    expect(parseInboxMore({ data: [], more: [more] })).toEqual([more]);
  });
  it('leaves out malformed entries and one that is not more than listed', () => {
    expect(parseInboxMore({ more: [{ ...more, kind: 'mystery' }, { ...more, total: 100 }, { ...more, filter: null }, 'nonsense'] })).toEqual([]);
    expect(parseInboxMore({ data: [] })).toEqual([]);
  });
});
