import { parseJobStatuses } from './jobStatuses';

describe('parseJobStatuses (region dashboard: scheduled jobs)', () => {
  test('keeps well-formed runs with their failed records', () => {
    expect(parseJobStatuses([
      { job: 'escalation', lastRunAt: '2026-12-05T10:00:00.000Z', succeeded: 2, failed: 1, failures: [{ recordId: 'abc', error: 'boom' }] },
      { job: 'certificate-expiry', lastRunAt: null, succeeded: 0, failed: 0, failures: [] },
    ])).toEqual([
      { job: 'escalation', lastRunAt: '2026-12-05T10:00:00.000Z', succeeded: 2, failed: 1, failures: [{ recordId: 'abc', error: 'boom' }] },
      { job: 'certificate-expiry', lastRunAt: null, succeeded: 0, failed: 0, failures: [] },
    ]);
  });

  test('drops malformed entries and reads a missing list as none', () => {
    expect(parseJobStatuses([{ lastRunAt: 'x' }, 'escalation', null])).toEqual([]);
    expect(parseJobStatuses(undefined)).toEqual([]);
  });
});
