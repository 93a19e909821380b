import { beijingTime, isLocked, lockedMessage, lockEnd, windowStart, wrongPasswordMessage } from '../../../cms/src/domain/lockout';

const rules = { maxFailures: 5, windowMinutes: 15, lockMinutes: 30 };
const now = new Date('2026-12-05T06:10:00Z');

describe('GB/T 22239-2019 8.1.4.1 b: sign-in lockout', () => {
  test('a lock holds until its end', () => {
    expect(isLocked(lockEnd(now, rules), now)).toBe(true);
    expect(isLocked(lockEnd(now, rules), new Date(now.getTime() + 30 * 60_000))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
  test('the window and the lock come from the rules', () => {
    expect(windowStart(now, rules).toISOString()).toBe('2026-12-05T05:55:00.000Z');
    expect(lockEnd(now, rules).toISOString()).toBe('2026-12-05T06:40:00.000Z');
  });
  test('the refusal says in Chinese why and until when, in Beijing time', () => {
    expect(beijingTime(lockEnd(now, rules))).toBe('2026年12月5日 14:40');
    expect(lockedMessage(lockEnd(now, rules), rules)).toBe('账号因 15 分钟内连续 5 次密码错误已被锁定，将于 2026年12月5日 14:40（北京时间）自动解锁；如需提前解锁，请联系本级政府管理员。');
    expect(wrongPasswordMessage(rules)).toContain('连续 5 次错误将被锁定 30 分钟');
  });
});
