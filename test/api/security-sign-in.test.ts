// Sign-in lockout (config/security.json signIn: 5 failures in 15 minutes lock for 30): the refusal
// says in Chinese why and until when; a gov-admin of the account's subtree unlocks it, one of another
// county cannot; every success, failure, lockout and unlock is in the audit trail with the address.
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { auditRows, findOne } from '../helpers/data';

const USER = 'plugin::users-permissions.user';

let app: TestApp;

beforeAll(async () => {
  // Dozens of sign-ins from one address in a minute: the per-address limit is tested on its own (auth-ratelimit).
  process.env.AUTH_RATELIMIT_MAX = '1000';
  app = await bootApp();
});
afterAll(async () => {
  delete process.env.AUTH_RATELIMIT_MAX;
  await app?.close();
});

const signIn = (identifier: string, password: string) => app.http().post('/api/auth/local').send({ identifier, password });
const errorOf = (body: unknown) => (body as { error: { message: string; details: { code?: string; lockedUntil?: string } } }).error;
const documentIdOf = async (username: string) => String((await findOne(app.strapi, USER, { username })).documentId);

describe('lockout after repeated wrong passwords', () => {
  test('four wrong passwords are refused as such; the fifth locks; the sixth, even the right one, is refused with the time in Chinese', async () => {
    for (let i = 1; i <= 4; i += 1) {
      const res = await signIn('county-viewer', `wrong-${i}`);
      expect(res.status).toBe(400);
      expect(errorOf(res.body).details.code).toBe('INVALID_CREDENTIALS');
      expect(errorOf(res.body).message).toContain('用户名或密码错误');
    }
    const fifth = await signIn('county-viewer', 'wrong-5');
    expect(fifth.status).toBe(400);
    expect(errorOf(fifth.body).details.code).toBe('ACCOUNT_LOCKED');
    const sixth = await signIn('county-viewer', 'wrong-6');
    expect(errorOf(sixth.body).details.code).toBe('ACCOUNT_LOCKED');
    const right = await signIn('county-viewer', DEMO_PASSWORD);
    expect(right.status).toBe(400);
    const { message, details } = errorOf(right.body);
    expect(details.code).toBe('ACCOUNT_LOCKED');
    expect(message).toMatch(/已被锁定，将于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）自动解锁/);
    const until = new Date(String(details.lockedUntil)).getTime();
    expect(until - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(right.body.jwt).toBeUndefined();

    const recordId = await documentIdOf('county-viewer');
    const failures = await auditRows(app.strapi, { action: 'sign-in-failed', recordId });
    expect(failures).toHaveLength(7);
    expect(failures.map((f) => (f.changes as { reason: string }).reason)).toEqual(['wrong-password', 'wrong-password', 'wrong-password', 'wrong-password', 'wrong-password', 'locked', 'locked']);
    expect(failures[0]).toMatchObject({ actor: 'county-viewer', actorKind: 'user' });
    expect(failures[0].address).toEqual(expect.any(String));
    const lockouts = await auditRows(app.strapi, { action: 'lockout', recordId });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0].changes).toMatchObject({ failures: 5 });
  });

  test('an administrator of another county cannot unlock the account; its own county administrator can, and the password works again', async () => {
    const id = await documentIdOf('county-viewer');
    const outsider = await app.http().post(`/console-api/users/${id}/unlock`).set('Authorization', await app.bearer('county2-gov-admin'));
    expect(outsider.status).toBe(404);
    expect(await signIn('county-viewer', DEMO_PASSWORD).then((r) => errorOf(r.body).details.code)).toBe('ACCOUNT_LOCKED');
    const shown = await app.http().get(`/console-api/users/${id}`).set('Authorization', await app.bearer('county-gov-admin'));
    expect(shown.body.lockedUntil).toEqual(expect.any(String));

    const res = await app.http().post(`/console-api/users/${id}/unlock`).set('Authorization', await app.bearer('county-gov-admin'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'county-viewer', lockedUntil: null });
    const unlocks = await auditRows(app.strapi, { action: 'unlock', recordId: id });
    expect(unlocks).toHaveLength(1);
    expect(unlocks[0]).toMatchObject({ actor: 'county-gov-admin' });
    expect((await signIn('county-viewer', DEMO_PASSWORD)).status).toBe(200);

    const again = await app.http().post(`/console-api/users/${id}/unlock`).set('Authorization', await app.bearer('county-gov-admin'));
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('NOT_LOCKED');
  });

  test('a viewer cannot unlock accounts', async () => {
    const id = await documentIdOf('county-dept-editor');
    const res = await app.http().post(`/console-api/users/${id}/unlock`).set('Authorization', await app.bearer('county-viewer'));
    expect(res.status).toBe(403);
  });

  test('a successful sign-in clears earlier failures, and a lock ends by itself when its time is up', async () => {
    for (let i = 0; i < 4; i += 1) await signIn('county2-viewer', 'wrong');
    expect((await signIn('county2-viewer', DEMO_PASSWORD)).status).toBe(200);
    // Four more failures do not lock: the count started again at the success.
    for (let i = 0; i < 4; i += 1) expect(errorOf((await signIn('county2-viewer', 'wrong')).body).details.code).toBe('INVALID_CREDENTIALS');
    await signIn('county2-viewer', 'wrong');
    expect(errorOf((await signIn('county2-viewer', DEMO_PASSWORD)).body).details.code).toBe('ACCOUNT_LOCKED');
    await app.strapi.db.connection.raw(`UPDATE up_users SET locked_until = now() - interval '1 minute' WHERE username = 'county2-viewer'`);
    expect((await signIn('county2-viewer', DEMO_PASSWORD)).status).toBe(200);
  });

  test('failures older than the window do not count towards a lock', async () => {
    for (let i = 0; i < 4; i += 1) await signIn('league-viewer', 'wrong');
    await app.strapi.db.connection.raw(`UPDATE up_users SET failed_since = now() - interval '16 minutes' WHERE username = 'league-viewer'`);
    expect(errorOf((await signIn('league-viewer', 'wrong')).body).details.code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('league-viewer', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('sign-in audit', () => {
  test('a success is audited with the account, its organisation and the address; the answer carries a session token', async () => {
    const recordId = await documentIdOf('region-viewer');
    const res = await signIn('region-viewer', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(false);
    const claims = JSON.parse(Buffer.from(String(res.body.jwt).split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ tv: expect.any(Number), sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const rows = await auditRows(app.strapi, { action: 'sign-in', recordId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'region-viewer', actorKind: 'user', role: 'viewer', organisation: expect.any(String) });
    expect(String(rows[0].address)).toMatch(/127\.0\.0\.1|::1/);
  });

  test('a failure for an account that does not exist is audited with the name tried, and answered like any wrong password', async () => {
    const res = await signIn('nobody-here', 'whatever-1');
    expect(res.status).toBe(400);
    expect(errorOf(res.body).details.code).toBe('INVALID_CREDENTIALS');
    const rows = await auditRows(app.strapi, { action: 'sign-in-failed', actorKind: 'public' });
    expect(rows.some((r) => (r.changes as { identifier: string; reason: string }).identifier === 'nobody-here' && (r.changes as { reason: string }).reason === 'unknown-account')).toBe(true);
  });
});
