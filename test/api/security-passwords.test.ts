// Password policy (config/security.json password): 10 characters of 3 classes, not the account name,
// not one of the last 5, on every path that sets one (console create and update, the console's own
// change, users-permissions change-password and reset-password, the admin's content manager); a
// password an administrator sets must be changed before the console API serves anything else.
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { auditRows, department, findOne, iso } from '../helpers/data';

const USER = 'plugin::users-permissions.user';

let app: TestApp;
let countyMarket: string;

beforeAll(async () => {
  process.env.AUTH_RATELIMIT_MAX = '1000';
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  delete process.env.AUTH_RATELIMIT_MAX;
  await app?.close();
});

const signIn = (identifier: string, password: string) => app.http().post('/api/auth/local').send({ identifier, password });
const as = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const changeOwn = (jwt: string, currentPassword: string, password: string) => app.http().post('/console-api/auth/password').set(as(jwt)).send({ currentPassword, password });
const newEditor = (username: string, password: string) => ({ username, email: `${username}@demo.nmg.local`, password, role: 'dept-editor', department: countyMarket });

test('the demo accounts keep their password (10 characters of 4 classes, within the policy)', async () => {
  expect((await signIn('county-dept-editor', DEMO_PASSWORD)).status).toBe(200);
});

test.each([
  ['Short#1a', 'PASSWORD_TOO_SHORT', '至少 10 个字符'],
  ['aaaaaaaaaaaa', 'PASSWORD_TOO_SIMPLE', '至少 3 类'],
  ['lowercase123', 'PASSWORD_TOO_SIMPLE', '至少 3 类'],
  ['X-county-weak-1!', 'PASSWORD_HAS_USERNAME', '账号名'],
])('an administrator cannot give a new account the password %s (%s)', async (password, _code, text) => {
  const res = await app.http().post('/console-api/users').set('Authorization', await app.bearer('county-gov-admin')).send(newEditor('county-weak', password));
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('INVALID_FIELD');
  expect(res.body.errors.password[0]).toContain(text);
  expect(await app.strapi.db.query(USER).count({ where: { username: 'county-weak' } })).toBe(0);
});

describe('a password set by an administrator', () => {
  let jwt: string;
  const first = 'Grassland#2026';

  test('opens a session that may read its profile but nothing else until the password is changed', async () => {
    const created = await app.http().post('/console-api/users').set('Authorization', await app.bearer('county-gov-admin')).send(newEditor('county-fresh', first));
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    const res = await signIn('county-fresh', first);
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(true);
    jwt = String(res.body.jwt);
    const me = await app.http().get('/console-api/me').set(as(jwt));
    expect(me.status).toBe(200);
    expect(me.body.passwordDue).toBe(true);
    for (const path of ['/console-api/schemas', '/console-api/powers', '/console-api/dashboard']) {
      const refused = await app.http().get(path).set(as(jwt));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(refused.body.message).toContain('请先修改密码');
    }
    expect((await app.http().get('/api/legal-bases').set(as(jwt))).status).toBe(401);
  });

  test('a weak or unchanged new password is refused by code; a wrong current password too', async () => {
    expect((await changeOwn(jwt, first, 'Short#1a')).body.code).toBe('PASSWORD_TOO_SHORT');
    expect((await changeOwn(jwt, first, first)).body.code).toBe('PASSWORD_REUSED');
    const wrong = await changeOwn(jwt, 'Not-the-password-1', 'Steppe#Wind2026');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
  });

  test('once changed, the console API serves the new token and the flag is gone', async () => {
    const res = await changeOwn(jwt, first, 'Steppe#Wind2026');
    expect(res.status).toBe(200);
    const fresh = String(res.body.jwt);
    expect((await app.http().get('/console-api/schemas').set(as(fresh))).status).toBe(200);
    expect((await app.http().get('/console-api/me').set(as(fresh))).body.passwordDue).toBe(false);
    expect((await signIn('county-fresh', 'Steppe#Wind2026')).body.mustChangePassword).toBe(false);
    const changes = await auditRows(app.strapi, { action: 'password-change', actor: { $in: ['county-gov-admin', 'county-fresh'] } });
    expect(changes.map((c) => (c.changes as { by: string }).by)).toEqual(['administrator', 'self']);
  });
});

test('none of the last five passwords may come back; the sixth may', async () => {
  const passwords = ['Pasture#0001', 'Pasture#0002', 'Pasture#0003', 'Pasture#0004', 'Pasture#0005'];
  let current = DEMO_PASSWORD;
  let jwt = String((await signIn('league-dept-editor', current)).body.jwt);
  for (const next of passwords) {
    const res = await changeOwn(jwt, current, next);
    expect(res.status).toBe(200);
    jwt = String(res.body.jwt);
    current = next;
  }
  // Current Pasture#0005; the last five are 0001–0005.
  for (const old of passwords) expect((await changeOwn(jwt, current, old)).body.code).toBe('PASSWORD_REUSED');
  // The demo password is now the sixth most recent: allowed again.
  const sixth = await changeOwn(jwt, current, DEMO_PASSWORD);
  expect(sixth.status).toBe(200);
  const history = (await app.strapi.db.connection.raw(`SELECT jsonb_array_length(password_history::jsonb) AS n FROM up_users WHERE username = 'league-dept-editor'`)) as { rows: { n: number }[] };
  expect(history.rows[0].n).toBe(4);
});

test("users-permissions' change-password applies the policy and answers with a token that opens a session", async () => {
  const role = await findOne(app.strapi, 'plugin::users-permissions.role', { type: 'viewer' });
  await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::users-permissions.auth.changePassword', role: role.id } });
  const jwt = String((await signIn('region-viewer', DEMO_PASSWORD)).body.jwt);
  const weak = await app.http().post('/api/auth/change-password').set(as(jwt)).send({ currentPassword: DEMO_PASSWORD, password: 'abcdefghijkl', passwordConfirmation: 'abcdefghijkl' });
  expect(weak.status).toBe(400);
  expect(weak.body.error.details.code).toBe('PASSWORD_TOO_SIMPLE');
  const ok = await app.http().post('/api/auth/change-password').set(as(jwt)).send({ currentPassword: DEMO_PASSWORD, password: 'Ulaanbaatar#7', passwordConfirmation: 'Ulaanbaatar#7' });
  expect(ok.status).toBe(200);
  expect((await app.http().get('/console-api/me').set(as(jwt))).status).toBe(401);
  expect((await app.http().get('/console-api/me').set(as(String(ok.body.jwt)))).status).toBe(200);
});

test("users-permissions' reset-password applies the policy", async () => {
  await app.strapi.db.connection.raw(`UPDATE up_users SET reset_password_token = 'reset-code-1' WHERE username = 'region-dept-head'`);
  const weak = await app.http().post('/api/auth/reset-password').send({ code: 'reset-code-1', password: 'region-dept-head-1A', passwordConfirmation: 'region-dept-head-1A' });
  expect(weak.status).toBe(400);
  expect(weak.body.error.details.code).toBe('PASSWORD_HAS_USERNAME');
  const ok = await app.http().post('/api/auth/reset-password').send({ code: 'reset-code-1', password: 'Hulunbuir#2026', passwordConfirmation: 'Hulunbuir#2026' });
  expect(ok.status).toBe(200);
  expect((await app.http().get('/console-api/me').set(as(String(ok.body.jwt)))).status).toBe(200);
});

test("the admin's content manager applies the policy, and a password it sets must be changed", async () => {
  const user = await findOne(app.strapi, USER, { username: 'league-justice-reviewer' });
  const url = `/content-manager/collection-types/${USER}/${String(user.documentId)}`;
  const admin = await app.adminBearer();
  const weak = await app.http().put(url).set('Authorization', admin).send({ password: 'tooweak', updatedAt: iso(user.updatedAt) });
  expect(weak.status).toBe(400);
  expect(weak.body.error.details.code).toBe('PASSWORD_TOO_SHORT');
  const ok = await app.http().put(url).set('Authorization', admin).send({ password: 'Ordos#Admin2026', updatedAt: iso(user.updatedAt) });
  expect(ok.status).toBe(200);
  expect((await signIn('league-justice-reviewer', 'Ordos#Admin2026')).body.mustChangePassword).toBe(true);
});

test('an administrator who sets a password on an existing account makes it due, and it must not contain the name', async () => {
  const admin = await app.bearer('county-gov-admin');
  const found = await app.http().get('/console-api/users').query({ filter: JSON.stringify({ q: 'county-dept-editor' }) }).set('Authorization', admin);
  const [user] = found.body as { id: string; username: string }[];
  const named = await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...user, password: 'county-dept-editor#9' });
  expect(named.status).toBe(400);
  expect(named.body.errors.password[0]).toContain('账号名');
  const res = await app.http().put(`/console-api/users/${user.id}`).set('Authorization', admin).send({ ...user, password: 'Xilinhot#Reset1' });
  expect(res.status).toBe(200);
  expect(res.body.mustChangePassword).toBe(true);
});

test("Strapi's own /api/users sets no password around the policy: its writes are closed (405)", async () => {
  const role = await findOne(app.strapi, 'plugin::users-permissions.role', { type: 'gov-admin' });
  await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::users-permissions.user.update', role: role.id } });
  const target = await findOne(app.strapi, USER, { username: 'region-viewer' });
  const jwt = String((await signIn('region-gov-admin', DEMO_PASSWORD)).body.jwt);
  const weak = await app.http().put(`/api/users/${String(target.id)}`).set(as(jwt)).send({ password: 'password123' });
  expect(weak.status).toBe(405);
  expect(weak.body.error.details.code).toBe('API_WRITE_CLOSED');
  const stored = await findOne(app.strapi, USER, { username: 'region-viewer' });
  expect(stored.password).toBe(target.password);
});
