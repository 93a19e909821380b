// NODE_ENV=production (GB/T 22239-2019 身份鉴别): the server refuses development secrets before it
// does anything, seeds no demo account, and the first administrators come from `npm run admin:create`
// with a password that meets the policy. Servers and scripts run as child processes, as an operator
// runs them, on throwaway databases of the test PostgreSQL.
import { randomBytes } from 'crypto';
import { join } from 'path';
import { Client } from 'pg';
import request from 'supertest';
import { runNode, serveInChild, type ServingChild } from '../helpers/child';
import { ROOT, TEMPLATE_DB } from '../helpers/paths';

const START = join(ROOT, '.build', 'scripts', 'start.js');
const ADMIN_CREATE = join(ROOT, '.build', 'scripts', 'admin-create.js');
const BOOT_ONLY = `require(${JSON.stringify(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js'))}).loadStrapi().then(() => process.exit(0), (e) => { console.error(String(e && e.message)); process.exit(1); })`;

const secret = (name: string): string => `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const SECRETS = {
  APP_KEYS: `${secret('k1')},${secret('k2')}`,
  JWT_SECRET: secret('jwt'),
  ADMIN_JWT_SECRET: secret('admin'),
  API_TOKEN_SALT: secret('api'),
  TRANSFER_TOKEN_SALT: secret('transfer'),
  ENCRYPTION_KEY: secret('encryption'),
  PII_KEY: randomBytes(32).toString('base64'),
  PII_HASH_KEY: randomBytes(32).toString('base64'),
};
const ALL_SECRETS = ['APP_KEYS', 'JWT_SECRET', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'PII_KEY', 'PII_HASH_KEY'];

const adminUrl = (): string => String(process.env.NMG_TEST_ADMIN_URL);
async function sql(statement: string, database?: string): Promise<{ rows: Record<string, unknown>[] }> {
  const url = new URL(adminUrl());
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}
const urlOf = (database: string): string => {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
};

describe('a production start with unsafe secrets is refused before anything starts', () => {
  test('nothing set: `npm start` exits 1 naming every secret and DATABASE_URL', async () => {
    const started = Date.now();
    const result = await runNode([START], { NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    for (const name of [...ALL_SECRETS, 'DATABASE_URL']) expect(result.stderr).toContain(`  ${name}: `);
    expect(result.stderr).toContain('拒绝以生产模式');
    // Refused before any build or database: seconds, not the minutes of a build.
    expect(Date.now() - started).toBeLessThan(20000);
  });

  test('one development default among good secrets: only that variable is named', async () => {
    const result = await runNode([START], { NODE_ENV: 'production', ...SECRETS, JWT_SECRET: 'nmg-dev-jwt-secret', DATABASE_URL: 'postgres://nowhere.invalid/x' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('JWT_SECRET: 是公开的开发默认值');
    for (const name of ALL_SECRETS.filter((n) => n !== 'JWT_SECRET')) expect(result.stderr).not.toContain(`  ${name}: `);
  });

  test('Strapi launched any other way (its config) refuses too', async () => {
    const { ADMIN_JWT_SECRET: _unset, ...rest } = SECRETS;
    const result = await runNode(['-e', BOOT_ONLY], { NODE_ENV: 'production', ...rest, DATABASE_URL: 'postgres://nowhere.invalid/x' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ADMIN_JWT_SECRET: 未设置');
  });

  test('the demo seed scripts refuse to run in production', async () => {
    const result = await runNode([join(ROOT, '.build', 'scripts', 'seed.js')], { NODE_ENV: 'production', ...SECRETS });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run seed');
  });
});

describe('with every secret set', () => {
  const database = `nmg_prod_${process.pid}_${Date.now()}`;
  const env = (): NodeJS.ProcessEnv => ({ NODE_ENV: 'production', ...SECRETS, DATABASE_URL: urlOf(database) });
  let server: ServingChild;
  const http = () => request(`http://127.0.0.1:${server.port}`);

  beforeAll(async () => {
    await sql(`CREATE DATABASE ${database}`);
    server = await serveInChild(env());
  }, 600000);
  afterAll(async () => {
    await server?.stop();
    await sql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  test('it starts, seeds the governments and no demo data, no account at all', async () => {
    expect(server.prepared).toMatchObject({ production: true, seeded: true, administrators: 0 });
    const count = async (table: string, where = 'true'): Promise<number> => Number((await sql(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, database)).rows[0].n);
    expect(await count('up_users')).toBe(0);
    expect(await count('admin_users')).toBe(0);
    expect(await count('governments')).toBe(116);
    // Only the justice departments that go with the governments: no demo department, list or power.
    expect(await count('departments', 'is_justice = false')).toBe(0);
    expect(await count('powers')).toBe(0);
    const demo = await http().post('/api/auth/local').send({ identifier: 'region-gov-admin', password: 'Demo@2026!' });
    expect(demo.status).toBe(400);
    const admin = await http().post('/admin/login').send({ email: 'admin@nmg.gov.cn.local', password: 'Admin@2026!' });
    expect(admin.status).toBe(400);
    // With no administrator, Strapi's admin would let the first visitor register as super-admin.
    const claim = await http().post('/admin/register-admin').send({ email: 'first@example.com', firstname: 'x', lastname: 'y', password: 'Xm4!pQ9rTz-2026' });
    expect(claim.status).toBe(403);
    expect(await count('admin_users')).toBe(0);
  });

  test('registration is refused here too; no HSTS without TLS', async () => {
    const res = await http().post('/api/auth/local/register').send({ username: 'walk-in', email: 'walk-in@example.com', password: 'Xm4!pQ9rTz-2026' });
    expect(res.status).toBe(403);
    const page = await http().get('/console');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  test('admin:create refuses a weak password (read from stdin) and creates nothing', async () => {
    const result = await runNode([ADMIN_CREATE, '--email', 'it@nmg.gov.cn', '--username', 'region-admin'], env(), 'aaaaaaaa\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('WEAK_PASSWORD');
    const named = await runNode([ADMIN_CREATE, '--email', 'it@nmg.gov.cn', '--username', 'region-admin'], { ...env(), ADMIN_PASSWORD: 'Region-Admin-2026!' });
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('不得包含账号名');
    expect(Number((await sql('SELECT count(*) AS n FROM admin_users', database)).rows[0].n)).toBe(0);
  });

  test('admin:create with a good password makes a Strapi super-admin and the region gov-admin, who sign in', async () => {
    const password = 'Qz7#长城-Hohhot';
    const result = await runNode([ADMIN_CREATE, '--email', 'it@nmg.gov.cn', '--username', 'region-admin'], { ...env(), ADMIN_PASSWORD: password });
    expect({ code: result.code, stderr: result.stderr.includes('Error') ? result.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('内蒙古自治区');

    const admin = await http().post('/admin/login').send({ email: 'it@nmg.gov.cn', password });
    expect(admin.status).toBe(200);
    const roles = await sql("SELECT r.code FROM admin_users u JOIN admin_users_roles_lnk l ON l.user_id = u.id JOIN admin_roles r ON r.id = l.role_id WHERE u.email = 'it@nmg.gov.cn'", database);
    expect(roles.rows.map((r) => r.code)).toEqual(['strapi-super-admin']);

    const signIn = await http().post('/api/auth/local').send({ identifier: 'region-admin', password });
    expect(signIn.status).toBe(200);
    const me = await http().get('/console-api/me').set('Authorization', `Bearer ${String(signIn.body.jwt)}`);
    expect(me.status).toBe(200);
    expect(JSON.stringify(me.body)).toContain('gov-admin');
    expect(JSON.stringify(me.body)).toContain('内蒙古自治区');

  });
});

test('a production start on a database that began as the demo is refused while demo accounts keep the published password', async () => {
  const database = `nmg_prod_demo_${process.pid}_${Date.now()}`;
  await sql(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DB}`);
  try {
    await expect(serveInChild({ NODE_ENV: 'production', ...SECRETS, DATABASE_URL: urlOf(database) })).rejects.toThrow(/region-gov-admin.*admin@nmg\.gov\.cn\.local/s);
  } finally {
    await sql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}, 300000);

test('development keeps the one-command demo: demo data, published lists and the demo accounts', async () => {
  const database = `nmg_dev_${process.pid}_${Date.now()}`;
  await sql(`CREATE DATABASE ${database}`);
  const server = await serveInChild({ DATABASE_URL: urlOf(database) });
  try {
    expect(server.prepared).toMatchObject({ production: false, seeded: true, administrators: 1 });
    expect((server.prepared.published as string[]).length).toBeGreaterThan(0);
    const signIn = await request(`http://127.0.0.1:${server.port}`).post('/api/auth/local').send({ identifier: 'county-dept-editor', password: 'Demo@2026!' });
    expect(signIn.status).toBe(200);
  } finally {
    await server.stop();
    await sql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}, 600000);
