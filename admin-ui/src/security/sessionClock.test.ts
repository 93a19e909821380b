import { formatRemaining, sessionClock } from './sessionClock';

const now = Date.parse('2026-12-05T06:00:00Z');

describe('the session countdown (config/security.json session)', () => {
  test('idle time counts from the last request the server answered', () => {
    expect(sessionClock({ now, lastActivity: now - 10 * 60_000, idleMinutes: 30, expiresAt: '2026-12-05T18:00:00Z' })).toEqual({ remainingMs: 20 * 60_000, endsBy: 'idle' });
  });
  test('the absolute end wins when it comes first', () => {
    expect(sessionClock({ now, lastActivity: now, idleMinutes: 30, expiresAt: '2026-12-05T06:05:00Z' })).toEqual({ remainingMs: 5 * 60_000, endsBy: 'absolute' });
  });
  test('never below zero', () => {
    expect(sessionClock({ now, lastActivity: now - 31 * 60_000, idleMinutes: 30, expiresAt: '2026-12-05T18:00:00Z' }).remainingMs).toBe(0);
  });
  test('shown as minutes and seconds, hours past an hour', () => {
    expect(formatRemaining(29 * 60_000 + 59_000)).toBe('29:59');
    expect(formatRemaining(3_900_000)).toBe('1:05:00');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
