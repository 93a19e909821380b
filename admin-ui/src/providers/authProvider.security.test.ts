/**
 * @jest-environment node
 */
// The console's side of sign-in lockout, forced password change, sign-out and session ends
// (server: cms/src/security). Fetch is a hand-built fake of the server's answers.
import { HttpError } from 'ra-core';
import { createAuthProvider, endReasonKey } from './authProvider';
import { createHttpClient } from './httpClient';
import { createSessionStore, memoryStorage } from './storage';

const me = (passwordDue: boolean) => ({
  id: 11, username: 'county-new', role: 'dept-editor', roleName: '部门填报员', organisation: '锡林浩特市市场监督管理局',
  departmentId: 'd1', governmentId: null, governmentCode: null, tier: 'county', scope: 'department',
  permissions: passwordDue ? {} : { powers: ['find'] },
  session: { expiresAt: '2026-12-05T20:00:00.000Z', idleMinutes: 30 },
  passwordDue,
});

interface Call { url: string; method: string; auth: string | null; body: unknown }

function setup(signIn: (body: unknown) => [number, unknown]) {
  const session = createSessionStore(memoryStorage());
  const calls: Call[] = [];
  let due = true;
  let token = 'jwt-1';
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ url, method: init?.method ?? 'GET', auth: headers.get('Authorization'), body });
    const json = (status: number, payload: unknown) => new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/auth/local') return json(...signIn(body));
    if (headers.get('Authorization') !== `Bearer ${token}`) return json(401, { message: '登录已失效', code: 'SESSION_REVOKED', errors: {} });
    if (url === '/console-api/me') return json(200, me(due));
    if (url === '/console-api/schemas') return due ? json(403, { message: '请先修改密码', code: 'PASSWORD_CHANGE_REQUIRED', errors: {} }) : json(200, []);
    if (url === '/console-api/auth/password') {
      due = false;
      token = 'jwt-2';
      return json(200, { jwt: 'jwt-2' });
    }
    if (url === '/console-api/auth/logout') return json(200, { ok: true });
    return json(404, {});
  }) as typeof fetch;
  const auth = createAuthProvider({ httpClient: createHttpClient(() => session.token(), () => session.touch()), session });
  return { auth, session, calls };
}

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

describe('sign-in refusals say why', () => {
  test('a locked account: the server’s message with the time', async () => {
    const message = '账号因 15 分钟内连续 5 次密码错误已被锁定，将于 2026年12月5日 14:40（北京时间）自动解锁；如需提前解锁，请联系本级政府管理员。';
    const { auth, session } = setup(() => [400, { data: null, error: { status: 400, name: 'ApplicationError', message, details: { code: 'ACCOUNT_LOCKED' } } }]);
    await expect(auth.login({ username: 'county-viewer', password: 'x' })).rejects.toThrow(message);
    expect(session.token()).toBeNull();
  });

  test('a wrong password: the server’s message with the lockout rule', async () => {
    const { auth } = setup(() => [400, { data: null, error: { status: 400, name: 'ValidationError', message: '用户名或密码错误。同一账号 15 分钟内连续 5 次错误将被锁定 30 分钟。', details: { code: 'INVALID_CREDENTIALS' } } }]);
    await expect(auth.login({ username: 'county-viewer', password: 'x' })).rejects.toThrow(/连续 5 次错误将被锁定/);
  });
});

describe('a password set by an administrator', () => {
  test('sign-in succeeds with the profile only; the change stores the new token and the full profile', async () => {
    const { auth, session, calls } = setup(() => [200, { jwt: 'jwt-1', user: { id: 11 }, mustChangePassword: true }]);
    await auth.login({ username: 'county-new', password: 'Grassland#2026' });
    expect(session.read().me?.passwordDue).toBe(true);
    expect(session.read().schemas).toEqual([]);
    await auth.changePassword('Grassland#2026', 'Steppe#Wind2026');
    expect(calls.find((c) => c.url === '/console-api/auth/password')?.body).toEqual({ currentPassword: 'Grassland#2026', password: 'Steppe#Wind2026' });
    expect(session.token()).toBe('jwt-2');
    expect(session.read().me?.passwordDue).toBe(false);
    expect(session.read().me?.session).toEqual({ expiresAt: '2026-12-05T20:00:00.000Z', idleMinutes: 30 });
  });
});

describe('session ends', () => {
  const signedIn = async () => {
    const ctx = setup(() => [200, { jwt: 'jwt-1', user: { id: 11 }, mustChangePassword: false }]);
    await ctx.auth.login({ username: 'county-new', password: 'p' });
    await ctx.auth.changePassword('p', 'q');
    return ctx;
  };

  test('sign-out ends the session on the server with its token, then forgets it', async () => {
    const { auth, session, calls } = await signedIn();
    await auth.logout({});
    const logout = calls.find((c) => c.url === '/console-api/auth/logout');
    expect(logout).toMatchObject({ method: 'POST', auth: 'Bearer jwt-2' });
    expect(session.token()).toBeNull();
  });

  test('a 401 signs out and keeps the reason for the sign-in page, once', async () => {
    const { auth, session } = await signedIn();
    await expect(auth.checkError(new HttpError('超过 30 分钟未操作', 401, { code: 'SESSION_IDLE' }))).rejects.toThrow();
    expect(session.token()).toBeNull();
    expect(session.takeEndReason()).toBe('app.session.ended_idle');
    expect(session.takeEndReason()).toBeNull();
  });

  test('each server code has its reason', () => {
    expect(endReasonKey('SESSION_EXPIRED')).toBe('app.session.ended_expired');
    expect(endReasonKey('SESSION_REVOKED')).toBe('app.session.ended_revoked');
    expect(endReasonKey('SESSION_ENDED')).toBe('app.session.ended_elsewhere');
    expect(endReasonKey(null)).toBe('ra.notification.logged_out');
  });

  test('requests the server answered restart the idle clock', async () => {
    const { session } = await signedIn();
    expect(session.lastActivity()).toEqual(expect.any(Number));
    expect(Date.now() - (session.lastActivity() ?? 0)).toBeLessThan(5_000);
  });
});
