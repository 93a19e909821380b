// cms/src/scope/user-row.ts loads an account, its role, organisation and permissions in one SQL
// statement instead of eight query-engine reads. It must give exactly what those reads give: the
// same actor (scope, tier, organisation) and the same permission set, for every kind of account,
// and an account change (blocked, moved to another department) must show on the very next request.
import { bootApp, type TestApp } from '../helpers/app';
import { loadUser } from '../../cms/src/store/user-row';
import { userActorFrom } from '../../cms/src/scope/actor';
import { isRow, rowsOf, strOf } from '../../cms/src/util/row';

const USER = 'plugin::users-permissions.user';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

async function throughQueryEngine(id: number) {
  const user: unknown = await app.strapi.db.query(USER).findOne({ where: { id }, populate: { role: true, government: true, department: { populate: { government: true } } } });
  if (!isRow(user)) throw new Error(`no user ${id}`);
  const roleId = Number((user.role as { id: number }).id);
  const permissions: unknown = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: { id: roleId } }, select: ['action'] });
  return { actor: userActorFrom(user), actions: rowsOf(permissions).map((p) => strOf(p, 'action') ?? '').sort(), blocked: user.blocked === true };
}

test('every demo account: the same actor and permissions as the query engine reads', async () => {
  const users = rowsOf(await app.strapi.db.query(USER).findMany({ select: ['id', 'username'] }));
  expect(users.length).toBeGreaterThanOrEqual(20);
  const scopes = new Set<string>();
  for (const u of users) {
    const id = Number(u.id);
    const expected = await throughQueryEngine(id);
    const loaded = await loadUser(app.strapi, id);
    expect(loaded).not.toBeNull();
    expect(userActorFrom(loaded!.user)).toEqual(expected.actor);
    expect([...loaded!.actions].sort()).toEqual(expected.actions);
    expect(loaded!.user.blocked === true).toBe(expected.blocked);
    scopes.add(expected.actor.scope.kind);
  }
  // Department-scoped, subtree (justice and government accounts) and both kinds were compared.
  expect([...scopes].sort()).toEqual(['department', 'subtree']);
});

test('an unknown or malformed id loads nothing', async () => {
  expect(await loadUser(app.strapi, 987654321)).toBeNull();
  expect(await loadUser(app.strapi, Number.NaN)).toBeNull();
});

test('a blocked account is refused on its next console request, though its token was verified before', async () => {
  const bearer = await app.bearer('county2-viewer');
  expect((await app.http().get('/console-api/me').set('Authorization', bearer)).status).toBe(200);
  const user = await app.strapi.db.query(USER).findOne({ where: { username: 'county2-viewer' } });
  await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: true } });
  try {
    const res = await app.http().get('/console-api/me').set('Authorization', bearer);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  } finally {
    await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: false } });
  }
});
