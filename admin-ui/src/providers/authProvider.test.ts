/**
 * @jest-environment node
 */
import { HttpError } from 'ra-core';
import { createAuthProvider } from './authProvider';
import { createHttpClient } from './httpClient';
import { createSessionStore, memoryStorage } from './storage';

const me = {
  id: 11,
  username: 'county-dept-editor',
  role: 'dept-editor',
  roleName: '部门填报员',
  organisation: '锡林浩特市市场监督管理局',
  departmentId: 'd1',
  governmentId: 'g1',
  governmentCode: '152502000000',
  tier: 'county',
  scope: 'department',
  permissions: { powers: ['find', 'findOne', 'create', 'update', 'delete'], departments: ['find', 'findOne'] },
};
const schemas = [{ name: 'powers', uid: 'api::power.power', label: '权责事项', description: '', mainField: 'name', draftAndPublish: false, actions: ['find'], fields: [] }];

function setup(passwordOk = true) {
  const session = createSessionStore(memoryStorage());
  const seen: { url: string; auth: string | null; body: unknown }[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    seen.push({ url, auth: headers.get('Authorization'), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/auth/local') {
      return passwordOk
        ? json(200, { jwt: 'jwt-1', user: { id: 11, username: 'county-dept-editor', displayName: '部门填报员（演示）' } })
        : json(400, { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid identifier or password' } });
    }
    if (headers.get('Authorization') !== 'Bearer jwt-1') return json(401, { message: '请先登录。', code: 'UNAUTHENTICATED', errors: {} });
    if (url === '/console-api/me') return json(200, me);
    if (url === '/console-api/schemas') return json(200, schemas);
    return json(404, {});
  }) as typeof fetch;
  const auth = createAuthProvider({ httpClient: createHttpClient(() => session.token()), session });
  return { auth, session, seen };
}

describe('console auth provider', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  test('login stores the token, /me and /schemas, fetched with the new token', async () => {
    const { auth, session, seen } = setup();
    await auth.login({ username: 'county-dept-editor', password: 'Demo@2026!' });
    expect(seen[0]).toEqual({ url: '/api/auth/local', auth: null, body: { identifier: 'county-dept-editor', password: 'Demo@2026!' } });
    expect(seen.filter((s) => s.url.startsWith('/console-api/')).map((s) => s.auth)).toEqual(['Bearer jwt-1', 'Bearer jwt-1']);
    const stored = session.read();
    expect(stored.token).toBe('jwt-1');
    expect(stored.me?.organisation).toBe('锡林浩特市市场监督管理局');
    expect(stored.schemas.map((s) => s.name)).toEqual(['powers']);
  });

  test('getIdentity gives name, organisation, tier and role; permissions drive canAccess', async () => {
    const { auth } = setup();
    await auth.login({ username: 'county-dept-editor', password: 'Demo@2026!' });
    await expect(auth.getIdentity()).resolves.toEqual({
      id: 11,
      fullName: '部门填报员（演示）',
      organisation: '锡林浩特市市场监督管理局',
      tier: 'county',
      role: 'dept-editor',
      roleName: '部门填报员',
    });
    await expect(auth.getPermissions({})).resolves.toEqual(me.permissions);
    await expect(auth.canAccess({ resource: 'powers', action: 'delete' })).resolves.toBe(true);
    await expect(auth.canAccess({ resource: 'departments', action: 'edit' })).resolves.toBe(false);
  });

  test('a wrong password is refused with the sign-in message and stores nothing', async () => {
    const { auth, session } = setup(false);
    await expect(auth.login({ username: 'county-dept-editor', password: 'nope' })).rejects.toThrow('ra.auth.sign_in_error');
    expect(session.read().token).toBeNull();
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  test('checkError: 401 signs out, 403 (one refused action) does not', async () => {
    const { auth, session } = setup();
    await auth.login({ username: 'county-dept-editor', password: 'Demo@2026!' });
    await expect(auth.checkError(new HttpError('您的角色没有执行该操作的权限。', 403, {}))).resolves.toBeUndefined();
    expect(session.read().token).toBe('jwt-1');
    await expect(auth.checkError(new HttpError('请先登录。', 401, {}))).rejects.toThrow();
    expect(session.read().token).toBeNull();
    expect(session.read().me).toBeNull();
  });

  test('logout clears the session', async () => {
    const { auth, session } = setup();
    await auth.login({ username: 'county-dept-editor', password: 'Demo@2026!' });
    await auth.logout({});
    expect(session.read()).toEqual({ token: null, me: null, schemas: [], displayName: null });
    await expect(auth.checkAuth({})).rejects.toThrow();
  });
});
