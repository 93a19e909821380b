import { claimsOf, sessionVerdict, type SessionState, type TokenClaims } from '../../../cms/src/domain/session-verdict';

const limits = { idleMinutes: 30, absoluteHours: 12, lastSeenWriteSeconds: 60 };
const now = new Date('2026-12-05T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() - n * 60_000);
const claims: TokenClaims = { id: 7, tv: 3, sid: '0b3f3c1e-7a52-4e43-9d4a-7f3e2b1c0a99', iat: Math.floor(minutes(60).getTime() / 1000) };
const state: SessionState = { tokenVersion: 3, blocked: false, session: { lastSeenAt: minutes(5), endedAt: null } };

describe('GB/T 22239-2019 8.1.4.1 b: session limits and revocation', () => {
  test('a live session within its limits passes; last use is written once a minute at most', () => {
    expect(sessionVerdict(claims, state, limits, now)).toMatchObject({ ok: true, touch: true });
    expect(sessionVerdict(claims, { ...state, session: { lastSeenAt: new Date(now.getTime() - 30_000), endedAt: null } }, limits, now)).toMatchObject({ ok: true, touch: false });
  });

  test.each<[string, TokenClaims, SessionState, string]>([
    ['the account version moved on (password, block, role)', claims, { ...state, tokenVersion: 4 }, 'SESSION_REVOKED'],
    ['the account is blocked', claims, { ...state, blocked: true }, 'SESSION_REVOKED'],
    ['the token carries no version', { ...claims, tv: null }, state, 'SESSION_REVOKED'],
    ['the token names no session', { ...claims, sid: null }, state, 'SESSION_REVOKED'],
    ['the session row is gone', claims, { ...state, session: null }, 'SESSION_REVOKED'],
    ['the session was signed out', claims, { ...state, session: { lastSeenAt: minutes(1), endedAt: minutes(1) } }, 'SESSION_ENDED'],
    ['the session idled 30 minutes', claims, { ...state, session: { lastSeenAt: minutes(30), endedAt: null } }, 'SESSION_IDLE'],
    ['the token is 12 hours old', { ...claims, iat: Math.floor(minutes(12 * 60).getTime() / 1000) }, state, 'SESSION_EXPIRED'],
  ])('refused: %s', (_title, c, s, code) => {
    const verdict = sessionVerdict(c, s, limits, now);
    expect(verdict).toMatchObject({ ok: false, code });
    if (!verdict.ok) expect(verdict.message).toMatch(/登录|退出|停用/);
  });

  test('only an idle end asks to be ended and audited', () => {
    expect(sessionVerdict(claims, { ...state, session: { lastSeenAt: minutes(31), endedAt: null } }, limits, now)).toMatchObject({ idle: true });
    expect(sessionVerdict(claims, { ...state, tokenVersion: 9 }, limits, now)).toMatchObject({ idle: false });
  });

  test('claims are read from a verified payload; anything without an id is no claim', () => {
    expect(claimsOf({ id: 7, tv: 3, sid: 's', iat: 1 })).toEqual({ id: 7, tv: 3, sid: 's', iat: 1 });
    expect(claimsOf({ id: 7 })).toEqual({ id: 7, tv: null, sid: null, iat: null });
    expect(claimsOf({ tv: 1 })).toBeNull();
    expect(claimsOf(null)).toBeNull();
  });
});
