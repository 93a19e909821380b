// The audit trail: append-only in the database (the server's own connection can neither update,
// delete nor truncate it, not even with the archive flag for a recent row), archived past its
// retention to a gzip JSON-lines file through the one controlled path, role-permission changes in
// the Strapi admin recorded, and readable in the console by the roles of config/security.json.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { bootApp, type TestApp } from '../helpers/app';
import { AUDIT, auditRows, findOne } from '../helpers/data';
import { auditArchiveJob } from '../../cms/src/jobs/audit-archive';

let app: TestApp;
let archive: string;

beforeAll(async () => {
  archive = mkdtempSync(join(tmpdir(), 'nmg-audit-archive-'));
  process.env.AUDIT_ARCHIVE_DIR = archive;
  app = await bootApp();
});
afterAll(async () => {
  delete process.env.AUDIT_ARCHIVE_DIR;
  rmSync(archive, { recursive: true, force: true });
  await app?.close();
});

const raw = (sql: string, bindings: unknown[] = []) => app.strapi.db.connection.raw(sql, bindings);
const latestId = async (): Promise<number> => Number(((await raw('SELECT max(id) AS id FROM audit_logs')) as { rows: { id: number }[] }).rows[0].id);

describe('append-only', () => {
  test.each([
    ['UPDATE', 'UPDATE audit_logs SET actor = ? WHERE id = ?'],
    ['DELETE', 'DELETE FROM audit_logs WHERE id = ? OR id = ?'],
  ])('the server connection cannot %s an audit row', async (_op, sql) => {
    const id = await latestId();
    const before = await findOne(app.strapi, AUDIT, { id });
    await expect(raw(sql, sql.startsWith('UPDATE') ? ['forged', id] : [id, id])).rejects.toThrow(/append-only/);
    expect(await findOne(app.strapi, AUDIT, { id })).toEqual(before);
  });

  test('nor truncate the table', async () => {
    const n = await app.strapi.db.query(AUDIT).count({});
    await expect(raw('TRUNCATE audit_logs')).rejects.toThrow(/append-only/);
    expect(await app.strapi.db.query(AUDIT).count({})).toBe(n);
  });

  test('the query engine cannot either', async () => {
    const id = await latestId();
    await expect(app.strapi.db.query(AUDIT).update({ where: { id }, data: { actor: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(app.strapi.db.query(AUDIT).delete({ where: { id } })).rejects.toThrow(/append-only/);
  });

  test('setting the archive flag by hand does not open a recent row, and the purge function keeps 180 days', async () => {
    const id = await latestId();
    const knex = app.strapi.db.connection;
    await expect(knex.transaction(async (trx) => {
      await trx.raw("SET LOCAL nmg.audit_archive = 'on'");
      await trx.raw('DELETE FROM audit_logs WHERE id = ?', [id]);
    })).rejects.toThrow(/append-only/);
    await expect(raw("SELECT nmg_audit_purge(now() - interval '100 days', ?)", [id])).rejects.toThrow(/180 days/);
    expect(await app.strapi.db.query(AUDIT).count({ where: { id } })).toBe(1);
  });

  test("the admin's content manager cannot delete or edit an audit row", async () => {
    const row = await findOne(app.strapi, AUDIT, { id: await latestId() });
    const url = `/content-manager/collection-types/${AUDIT}/${String(row.documentId)}`;
    const admin = await app.adminBearer();
    const del = await app.http().delete(url).set('Authorization', admin);
    expect(del.status).toBe(403);
    expect(del.body.error.details.code).toBe('AUDIT_APPEND_ONLY');
    const put = await app.http().put(url).set('Authorization', admin).send({ actor: 'forged' });
    expect(put.status).toBe(403);
  });
});

describe('retention', () => {
  test('the archive job moves rows older than a year to a gzip JSON-lines file and keeps younger ones', async () => {
    const day = 86_400_000;
    const old: unknown = await app.strapi.db.query(AUDIT).create({ data: { actor: 'archive-probe-old', actorKind: 'system', at: new Date(Date.now() - 400 * day), action: 'update', resource: 'api::power.power', recordId: 'p-old', changes: { name: { before: 'a', after: 'b' } } } });
    await app.strapi.db.query(AUDIT).create({ data: { actor: 'archive-probe-kept', actorKind: 'system', at: new Date(Date.now() - 200 * day), action: 'update', resource: 'api::power.power', recordId: 'p-kept', changes: {} } });
    const outcome = await auditArchiveJob(app.strapi);
    expect(outcome.ran).toBe(true);
    if (!outcome.ran) return;
    expect(outcome.result.archived).toBe(1);
    expect(readdirSync(archive)).toHaveLength(1);
    const lines = gunzipSync(readFileSync(outcome.result.files[0])).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: (old as { id: number }).id, actor: 'archive-probe-old', record_id: 'p-old' });
    expect(await app.strapi.db.query(AUDIT).count({ where: { actor: 'archive-probe-old' } })).toBe(0);
    expect(await app.strapi.db.query(AUDIT).count({ where: { actor: 'archive-probe-kept' } })).toBe(1);
    const again = await auditArchiveJob(app.strapi);
    expect(again.ran && again.result.archived).toBe(0);
  });
});

describe('role-permission changes in the Strapi admin', () => {
  test('are audited with the administrator, the address and the permissions added and removed', async () => {
    const admin = await app.adminBearer();
    const role = await findOne(app.strapi, 'plugin::users-permissions.role', { type: 'viewer' });
    const shown = await app.http().get(`/users-permissions/roles/${String(role.id)}`).set('Authorization', admin);
    expect(shown.status).toBe(200);
    const body = shown.body.role as { name: string; description: string; permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }> };
    const legal = body.permissions['api::legal-basis'].controllers['legal-basis'];
    expect(legal.find.enabled).toBe(true);
    legal.find.enabled = false;
    body.permissions['api::power'].controllers.power.create.enabled = true;
    const res = await app.http().put(`/users-permissions/roles/${String(role.id)}`).set('Authorization', admin).send({ name: body.name, description: body.description, permissions: body.permissions });
    expect(res.status).toBe(200);
    const rows = await auditRows(app.strapi, { action: 'role-update', resource: 'plugin::users-permissions.role' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorKind: 'admin', actor: 'admin@nmg.gov.cn.local', recordId: String(role.id) });
    expect(rows[0].address).toEqual(expect.any(String));
    expect(rows[0].changes).toMatchObject({ role: body.name, permissions: { added: ['api::power.power.create'], removed: ['api::legal-basis.legal-basis.find'] } });
  });
});

describe('the console audit screen', () => {
  test('a gov-admin reads its subtree’s events, filtered by action, person and date', async () => {
    await app.http().post('/api/auth/local').send({ identifier: 'county-viewer', password: 'Demo@2026!' });
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const res = await app.http().get('/console-api/audit-logs')
      .query({ range: '[0,49]', filter: JSON.stringify({ action: 'sign-in', actor: 'county-viewer', at_gte: since }) })
      .set('Authorization', await app.bearer('league-gov-admin'));
    expect(res.status).toBe(200);
    const rows = res.body as { action: string; actor: string; governmentCode: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.action === 'sign-in' && r.actor === 'county-viewer')).toBe(true);
    const future = await app.http().get('/console-api/audit-logs')
      .query({ range: '[0,49]', filter: JSON.stringify({ action: 'sign-in', at_gte: new Date(Date.now() + 3_600_000).toISOString() }) })
      .set('Authorization', await app.bearer('league-gov-admin'));
    expect(future.body).toEqual([]);
    const other = await app.http().get('/console-api/audit-logs')
      .query({ range: '[0,49]', filter: JSON.stringify({ action: 'sign-in', actor: 'county-viewer' }) })
      .set('Authorization', await app.bearer('region-gov-admin'));
    expect((other.body as unknown[]).length).toBeGreaterThanOrEqual(1);
  });

  test('a role not named in config/security.json reads nothing, even with the permission, and has no audit screen', async () => {
    const role = await findOne(app.strapi, 'plugin::users-permissions.role', { type: 'dept-head' });
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'api::audit-log.audit-log.find', role: role.id } });
    const bearer = await app.bearer('county-dept-head');
    const res = await app.http().get('/console-api/audit-logs').query({ range: '[0,9]' }).set('Authorization', bearer);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    const me = await app.http().get('/console-api/me').set('Authorization', bearer);
    expect(me.body.permissions['audit-logs']).toBeUndefined();
  });
});
