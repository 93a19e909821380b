// The public rating form's anti-abuse check (Art. 25): signed arithmetic question, fill time, age.
import { checkChallenge, issueChallenge } from '../../../cms/src/public/rating-challenge';

const SECRET = 'test-secret';
const LIMITS = { minFillSeconds: 3, ttlSeconds: 3600 };
const answerOf = (question: string): string => String(question.split(/[+=]/).slice(0, 2).reduce((sum, n) => sum + Number(n.trim()), 0));

describe('第二十五条 public rating challenge', () => {
  const t0 = 1_700_000_000_000;
  const c = issueChallenge(SECRET, 'dept-1', t0);
  test('the right answer after the minimum fill time passes, and gives the nonce', () => {
    const r = checkChallenge(SECRET, c.token, answerOf(c.question), 'dept-1', LIMITS, t0 + 5000);
    expect(r).toEqual({ ok: true, nonce: c.token.split('.')[0] });
  });
  test('the answer is not readable from the token', () => {
    expect(c.token.split('.').slice(0, 3).join('.')).toBe(`${c.token.split('.')[0]}.${t0}.dept-1`);
  });
  test.each([
    ['a wrong answer', () => checkChallenge(SECRET, c.token, String(Number(answerOf(c.question)) + 1), 'dept-1', LIMITS, t0 + 5000), 'CHALLENGE_FAILED'],
    ['too fast', () => checkChallenge(SECRET, c.token, answerOf(c.question), 'dept-1', LIMITS, t0 + 1000), 'TOO_FAST'],
    ['too old', () => checkChallenge(SECRET, c.token, answerOf(c.question), 'dept-1', LIMITS, t0 + 3601_000), 'CHALLENGE_EXPIRED'],
    ['another department', () => checkChallenge(SECRET, c.token, answerOf(c.question), 'dept-2', LIMITS, t0 + 5000), 'CHALLENGE_INVALID'],
    ['another key', () => checkChallenge('other', c.token, answerOf(c.question), 'dept-1', LIMITS, t0 + 5000), 'CHALLENGE_FAILED'],
    ['a malformed token', () => checkChallenge(SECRET, 'abc', '3', 'dept-1', LIMITS, t0 + 5000), 'CHALLENGE_INVALID'],
  ] as const)('%s → refused', (_t, run, code) => {
    expect(run()).toEqual({ ok: false, code });
  });
});
