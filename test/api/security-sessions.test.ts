// Sessions (config/security.json session): a token is refused on the very next request after its
// account's password changes, the account is blocked or its role changes, or the session is signed
// out, on the console API and on Strapi's /api alike; an idle session and one past its absolute
// lifetime end; last use is written at most once a minute.
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { auditRows, findOne } from '../helpers/data';

const USER = 'plugin::users-permissions.user';

let app: TestApp;

beforeAll(async () => {
  process.env.AUTH_RATELIMIT_MAX = '1000';
  app = await bootApp();
});
afterAll(async () => {
  delete process.env.AUTH_RATELIMIT_MAX;
  await app?.close();
});

/** A fresh sign-in (a session of its own), not the harness's cached token. */
async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.http().post('/api/auth/local').send({ identifier: username, password });
  expect(res.status).toBe(200);
  return String(res.body.jwt);
}

const claimsOf = (jwt: string): { id: number; tv: number; sid: string; iat: number } => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const consoleMe = (jwt: string) => app.http().get('/console-api/me').set('Authorization', `Bearer ${jwt}`);
// A /api route every role may read (legal bases are reference data): 200 with a live token.
const apiRead = (jwt: string) => app.http().get('/api/legal-bases').query({ 'pagination[pageSize]': 1 }).set('Authorization', `Bearer ${jwt}`);

async function expectRefused(jwt: string, code: string): Promise<void> {
  const res = await consoleMe(jwt);
  expect(res.status).toBe(401);
  expect(res.body.code).toBe(code);
  expect(res.body.message).toMatch(/登录|退出|停用/);
  expect((await apiRead(jwt)).status).toBe(401);
}

const userId = async (username: string) => Number((await findOne(app.strapi, USER, { username })).id);

test('a fresh token opens both the console API and /api', async () => {
  const jwt = await signIn('league-viewer');
  expect((await consoleMe(jwt)).status).toBe(200);
  expect((await apiRead(jwt)).status).toBe(200);
  const me = await consoleMe(jwt);
  expect(me.body.session).toMatchObject({ expiresAt: expect.any(String), idleMinutes: 30 });
  expect(new Date(String(me.body.session.expiresAt)).getTime() - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
});

test('a password change refuses every earlier token of the account on the next request; the new token works', async () => {
  const first = await signIn('county-dept-head');
  const second = await signIn('county-dept-head');
  const res = await app.http().post('/console-api/auth/password').set('Authorization', `Bearer ${first}`).send({ currentPassword: DEMO_PASSWORD, password: 'Herdsman#2027' });
  expect(res.status).toBe(200);
  await expectRefused(first, 'SESSION_REVOKED');
  await expectRefused(second, 'SESSION_REVOKED');
  expect((await consoleMe(String(res.body.jwt))).status).toBe(200);
  expect((await apiRead(String(res.body.jwt))).status).toBe(200);
  expect(await auditRows(app.strapi, { action: 'password-change', actor: 'county-dept-head' })).toHaveLength(1);
});

test('blocking an account refuses its token on the next request, on /api too', async () => {
  const jwt = await signIn('county2-viewer');
  expect((await apiRead(jwt)).status).toBe(200);
  const admin = await app.bearer('league-gov-admin');
  const found = await app.http().get('/console-api/users').query({ filter: JSON.stringify({ q: 'county2-viewer' }) }).set('Authorization', admin);
  const [user] = found.body as { id: string }[];
  const blocked = await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...user, blocked: true });
  expect(blocked.status).toBe(200);
  expect((await apiRead(jwt)).status).toBe(401);
  expect((await consoleMe(jwt)).status).toBe(401);
  // Unblocking does not bring the old token back: its version is gone.
  const again = await app.http().get(`/console-api/users/${user.id}`).set('Authorization', admin);
  expect((await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...again.body, blocked: false })).status).toBe(200);
  await expectRefused(jwt, 'SESSION_REVOKED');
});

test('a role change refuses the token on the next request', async () => {
  const jwt = await signIn('county2-dept-head');
  expect((await consoleMe(jwt)).status).toBe(200);
  const admin = await app.bearer('league-gov-admin');
  const found = await app.http().get('/console-api/users').query({ filter: JSON.stringify({ q: 'county2-dept-head' }) }).set('Authorization', admin);
  const [user] = found.body as { id: string }[];
  expect((await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...user, role: 'dept-editor' })).status).toBe(200);
  await expectRefused(jwt, 'SESSION_REVOKED');
});

test('an edit that changes neither password, block nor role keeps the token', async () => {
  const jwt = await signIn('county2-dept-editor');
  const admin = await app.bearer('league-gov-admin');
  const found = await app.http().get('/console-api/users').query({ filter: JSON.stringify({ q: 'county2-dept-editor' }) }).set('Authorization', admin);
  const [user] = found.body as { id: string }[];
  expect((await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...user, displayName: '改名后的填报员' })).status).toBe(200);
  expect((await consoleMe(jwt)).status).toBe(200);
});

test('sign-out ends that session only: its token is refused on the next request, another session goes on', async () => {
  const leaving = await signIn('county-justice-reviewer');
  const staying = await signIn('county-justice-reviewer');
  const res = await app.http().post('/console-api/auth/logout').set('Authorization', `Bearer ${leaving}`);
  expect(res.status).toBe(200);
  await expectRefused(leaving, 'SESSION_ENDED');
  expect((await consoleMe(staying)).status).toBe(200);
  const rows = await auditRows(app.strapi, { action: 'sign-out', actor: 'county-justice-reviewer' });
  expect(rows).toHaveLength(1);
  expect(rows[0].changes).toEqual({ session: claimsOf(leaving).sid });
});

test('a session unused for longer than the idle time ends: refused with the idle reason, then as ended; the end audited once', async () => {
  const jwt = await signIn('region-dept-editor');
  expect((await consoleMe(jwt)).status).toBe(200);
  await app.strapi.db.connection.raw(`UPDATE nmg_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = ?`, [claimsOf(jwt).sid]);
  const res = await consoleMe(jwt);
  expect(res.status).toBe(401);
  expect(res.body.code).toBe('SESSION_IDLE');
  expect(res.body.message).toContain('30 分钟未操作');
  await expectRefused(jwt, 'SESSION_ENDED');
  expect(await auditRows(app.strapi, { action: 'session-idle', actor: 'region-dept-editor' })).toHaveLength(1);
});

test('an idle session is refused on /api first too', async () => {
  const jwt = await signIn('region-dept-head');
  await app.strapi.db.connection.raw(`UPDATE nmg_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = ?`, [claimsOf(jwt).sid]);
  expect((await apiRead(jwt)).status).toBe(401);
  expect((await consoleMe(jwt)).body.code).toBe('SESSION_ENDED');
});

test('use within the idle time keeps the session; last use is written at most once a minute', async () => {
  const jwt = await signIn('region-justice-reviewer');
  const { sid } = claimsOf(jwt);
  const lastSeen = async () => ((await app.strapi.db.connection.raw('SELECT last_seen_at FROM nmg_sessions WHERE id = ?', [sid])) as { rows: { last_seen_at: Date }[] }).rows[0].last_seen_at.getTime();
  const start = await lastSeen();
  for (let i = 0; i < 3; i += 1) expect((await consoleMe(jwt)).status).toBe(200);
  expect(await lastSeen()).toBe(start);
  await app.strapi.db.connection.raw(`UPDATE nmg_sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = ?`, [sid]);
  expect((await consoleMe(jwt)).status).toBe(200);
  expect(Date.now() - (await lastSeen())).toBeLessThan(60_000);
});

test('a token older than the absolute lifetime is refused though its signature has not expired', async () => {
  const jwt = await signIn('league-dept-editor');
  const claims = claimsOf(jwt);
  const jwtService = app.strapi.plugin('users-permissions').service('jwt') as unknown as { issue(payload: object, options?: object): string };
  const old = jwtService.issue({ id: claims.id, tv: claims.tv, sid: claims.sid, iat: Math.floor(Date.now() / 1000) - 13 * 3600 }, { expiresIn: 48 * 3600 });
  await expectRefused(old, 'SESSION_EXPIRED');
  expect((await consoleMe(jwt)).status).toBe(200);
});

test('a token without a session (signed by the secret alone) is refused', async () => {
  const jwtService = app.strapi.plugin('users-permissions').service('jwt') as unknown as { issue(payload: object): string };
  const bare = jwtService.issue({ id: await userId('league-dept-head') });
  await expectRefused(bare, 'SESSION_REVOKED');
});
