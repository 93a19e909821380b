// Sign-in lockout (GB/T 22239-2019 8.1.4.1 b: limit failed sign-ins, lock the account): after
// `maxFailures` wrong passwords within `windowMinutes` the account is locked for `lockMinutes` or
// until an administrator of its government unlocks it. The numbers come from config/security.json.
import type { SecurityFile } from '@nmg/config';

export type LockoutRules = SecurityFile['signIn'];

export const isLocked = (lockedUntil: Date | null, now: Date): boolean => lockedUntil !== null && lockedUntil > now;

/** Beijing time, as staff read it: 2026年12月5日 14:30. */
export function beijingTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
}

export function lockedMessage(until: Date, rules: LockoutRules): string {
  return `账号因 ${rules.windowMinutes} 分钟内连续 ${rules.maxFailures} 次密码错误已被锁定，将于 ${beijingTime(until)}（北京时间）自动解锁；如需提前解锁，请联系本级政府管理员。`;
}

/** The refusal of a wrong password: the same for every identifier, so it does not tell which accounts exist. */
export function wrongPasswordMessage(rules: LockoutRules): string {
  return `用户名或密码错误。同一账号 ${rules.windowMinutes} 分钟内连续 ${rules.maxFailures} 次错误将被锁定 ${rules.lockMinutes} 分钟。`;
}

/** When a lock that starts now ends. */
export const lockEnd = (now: Date, rules: LockoutRules): Date => new Date(now.getTime() + rules.lockMinutes * 60_000);

/** Failures counted from this moment on belong to the current window. */
export const windowStart = (now: Date, rules: LockoutRules): Date => new Date(now.getTime() - rules.windowMinutes * 60_000);
