// A government's administrator manages the accounts of its own subtree from the console; nobody
// else can, and no account outside the subtree is visible or assignable.
import { bootApp, type TestApp } from '../helpers/app';
import { department } from '../helpers/data';

interface UserRecord { id: string; username: string; role: string | null; department: string | null; government: string | null; blocked: boolean; updatedAt: string }

let app: TestApp;
let countyMarket: string;
let regionMarket: string;

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  regionMarket = await department(app.strapi, '内蒙古自治区市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

const as = async (username: string) => ({ Authorization: await app.bearer(username) });

test('league-gov-admin lists the accounts of its league and counties only', async () => {
  const res = await app.http().get('/console-api/users').query({ range: '[0,99]' }).set(await as('league-gov-admin'));
  expect(res.status).toBe(200);
  const names = (res.body as UserRecord[]).map((u) => u.username).sort();
  expect(names).toContain('league-dept-editor');
  expect(names).toContain('county-viewer');
  expect(names).toContain('county2-dept-head');
  expect(names.some((n) => n.startsWith('region-'))).toBe(false);
  expect(res.headers['content-range']).toBe(`users 0-${names.length - 1}/${names.length}`);
});

test('league-gov-admin creates an editor in a county department; the account signs in', async () => {
  const res = await app.http().post('/console-api/users').set(await as('league-gov-admin'))
    .send({ username: 'county-new-editor', email: 'county-new-editor@demo.nmg.local', password: 'Strong#2026', role: 'dept-editor', department: countyMarket, displayName: '新填报员' });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ username: 'county-new-editor', role: 'dept-editor', department: countyMarket, government: null, blocked: false });
  const login = await app.http().post('/api/auth/local').send({ identifier: 'county-new-editor', password: 'Strong#2026' });
  expect(login.status).toBe(200);
});

test('an organisation outside the subtree, an unknown role or a short password is refused by field', async () => {
  const res = await app.http().post('/console-api/users').set(await as('league-gov-admin'))
    .send({ username: 'outsider', email: 'outsider@demo.nmg.local', password: 'short', role: 'superuser', department: regionMarket });
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('INVALID_FIELD');
  expect(Object.keys(res.body.errors as object).sort()).toEqual(['department', 'password', 'role']);
  expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'outsider' } })).toBe(0);
});

test('disabling an account blocks its sign-in; a stale save is a 409', async () => {
  const list = await app.http().get('/console-api/users').query({ range: '[0,99]', filter: JSON.stringify({ q: 'county2-viewer' }) }).set(await as('league-gov-admin'));
  const [user] = list.body as UserRecord[];
  const first = await app.http().put(`/console-api/users/${user.id}`).set(await as('league-gov-admin')).send({ ...user, blocked: true });
  expect(first.status).toBe(200);
  expect((first.body as UserRecord).blocked).toBe(true);
  const stale = await app.http().put(`/console-api/users/${user.id}`).set(await as('league-gov-admin')).send({ ...user, blocked: false });
  expect(stale.status).toBe(409);
  expect(stale.body.code).toBe('STALE_VERSION');
  const login = await app.http().post('/api/auth/local').send({ identifier: 'county2-viewer', password: 'Demo@2026!' });
  expect(login.status).not.toBe(200);
});

test.each(['county-dept-editor', 'league-justice-reviewer', 'league-viewer'])('%s cannot manage accounts', async (username) => {
  const res = await app.http().get('/console-api/users').set(await as(username));
  expect(res.status).toBe(403);
  expect(res.body.code).toBe('ROLE_FORBIDDEN');
});

test('an account outside the subtree is not found, and accounts are disabled rather than deleted', async () => {
  const region = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'region-viewer' } });
  const res = await app.http().get(`/console-api/users/${String((region as { documentId: string }).documentId)}`).set(await as('league-gov-admin'));
  expect(res.status).toBe(404);
  const del = await app.http().delete(`/console-api/users/${String((region as { documentId: string }).documentId)}`).set(await as('league-gov-admin'));
  expect(del.status).toBe(405);
  expect(del.body.code).toBe('USE_BLOCK');
});

test('the console learns about account management from the schemas and permissions, for administrators only', async () => {
  const admin = await app.http().get('/console-api/schemas').set(await as('league-gov-admin'));
  const editor = await app.http().get('/console-api/schemas').set(await as('county-dept-editor'));
  const names = (body: unknown) => (body as { name: string }[]).map((r) => r.name);
  expect(names(admin.body)).toContain('users');
  expect(names(editor.body)).not.toContain('users');
  const me = await app.http().get('/console-api/me').set(await as('league-gov-admin'));
  expect(me.body.permissions.users).toEqual(['find', 'findOne', 'create', 'update']);
  const sorted = await app.http().get('/console-api/users').query({ sort: '["email","DESC"]', range: '[0,4]', filter: '{"role":"viewer"}' }).set(await as('league-gov-admin'));
  expect(sorted.status).toBe(200);
  const emails = (sorted.body as { email: string }[]).map((u) => u.email);
  expect(emails).toEqual([...emails].sort().reverse());
  expect((sorted.body as { role: string }[]).every((u) => u.role === 'viewer')).toBe(true);
});

// Issue 14 point 1: the console's lists sort by id by default; the users list must accept it.
test('the users list sorts by id as the console asks by default', async () => {
  const res = await app.http().get('/console-api/users').query({ range: '[0,24]', sort: '["id","DESC"]' }).set(await as('league-gov-admin'));
  expect(res.status).toBe(200);
  expect((res.body as UserRecord[]).length).toBeGreaterThan(0);
  const all = await app.http().get('/console-api/users').query({ range: '[0,99]', sort: '["id","ASC"]' }).set(await as('league-gov-admin'));
  const ascending = (all.body as UserRecord[]).map((u) => u.id);
  expect((res.body as UserRecord[])[0].id).toBe(ascending[ascending.length - 1]);
});
