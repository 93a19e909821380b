// Issue 13, input at the edge: every row of the bad-input corpus (test/api/bad-input/corpus.ts)
// is refused with the expected 4xx and code, never a 5xx, and the database is left exactly as it
// was (row counts and latest updated_at of every content-type table, plus the audit log).
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { CORPUS, numericAttributes, type BadInput } from './bad-input/corpus';

let app: TestApp;
let consoleAuth: string;
let apiAuth: string;

beforeAll(async () => {
  app = await bootApp();
  consoleAuth = await app.bearer('county-dept-editor');
  apiAuth = consoleAuth;
});
afterAll(async () => {
  await app?.close();
});

/** Row count and latest updated_at of every content-type table (and users, audit). */
async function fingerprint(): Promise<string> {
  const knex = app.strapi.db.connection;
  const tables = new Set<string>(['up_users']);
  for (const uid of Object.keys(app.strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const name = app.strapi.db.metadata.get(uid).tableName;
    tables.add(name);
  }
  const parts: string[] = [];
  for (const table of [...tables].sort()) {
    const result: unknown = await knex.raw(`select count(*)::text as n, coalesce(max(updated_at)::text, '') as t from "${table}"`);
    const rows = (result as { rows: { n: string; t: string }[] }).rows;
    parts.push(`${table}:${rows[0]?.n}:${rows[0]?.t}`);
  }
  return parts.join('\n');
}

function codeOf(res: Response): unknown {
  const body = res.body as { code?: unknown; error?: { code?: unknown; details?: { code?: unknown } } } | undefined;
  return body?.code ?? body?.error?.code ?? body?.error?.details?.code;
}

async function send(row: BadInput): Promise<Response> {
  let req = app.http()[row.method](row.path);
  if (row.surface === 'console' || row.surface === 'import' || row.surface === 'api') req = req.set('Authorization', row.surface === 'api' ? apiAuth : consoleAuth);
  if (row.raw !== undefined) return req.set('Content-Type', 'application/json').send(row.raw);
  if (row.body !== undefined) return req.send(row.body as object);
  return req;
}

test(`the corpus has at least 300 cases (${CORPUS.length})`, () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(300);
});

test('every bad input is a 4xx with its code, no 5xx, and the database is unchanged', async () => {
  const before = await fingerprint();
  const failures: string[] = [];
  let fiveXX = 0;
  for (const row of CORPUS) {
    const res = await send(row);
    const expected = Array.isArray(row.status) ? row.status : [row.status];
    if (res.status >= 500) fiveXX += 1;
    if (!expected.includes(res.status) || (row.code !== undefined && codeOf(res) !== row.code)) {
      failures.push(`${row.method.toUpperCase()} ${row.path} ${JSON.stringify(row.body ?? row.raw ?? '')} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
  }
  console.log(`bad-input corpus: ${CORPUS.length} cases, ${fiveXX} answered 5xx, ${failures.length} unexpected`);
  expect(failures).toEqual([]);
  expect(fiveXX).toBe(0);
  expect(await fingerprint()).toBe(before);
}, 300_000);

test('a refusal in the console dialect names the field in Chinese', async () => {
  const res = await app.http().post('/console-api/agencies').set('Authorization', consoleAuth).send({ name: 'a\u0000' });
  expect(res.status).toBe(400);
  const body = res.body as { code: string; message: string; errors: Record<string, string[]> };
  expect(body.code).toBe('INVALID_CHARACTERS');
  expect(body.message).toMatch(/空字符/);
  expect(body.errors).toHaveProperty(['body.name']);
  const q = await app.http().get('/console-api/agencies?filter=%FF').set('Authorization', consoleAuth);
  expect((q.body as { errors: Record<string, string[]> }).errors).toHaveProperty(['query.filter']);
});

test('legitimate non-ASCII input still passes (Chinese, emoji, percent-encoded UTF-8)', async () => {
  const res = await app.http().get(`/console-api/agencies?filter=${encodeURIComponent(JSON.stringify({ q: '锡林浩特😀' }))}`).set('Authorization', consoleAuth);
  expect(res.status).toBe(200);
});

/** Asserts a console 400 naming the field in Chinese. */
function expectFieldRefusal(res: Response, name: string, value: number): void {
  const body = res.body as { message?: string; errors?: Record<string, string[]> };
  expect({ name, value, status: res.status, field: Object.keys(body.errors ?? {}).includes(name) }).toEqual({ name, value, status: 400, field: true });
  expect(body.message).toMatch(/[\u4e00-\u9fff]/);
}

test('out-of-range numbers on a training record (create and update) and a power (update) → 400 by field, nothing written', async () => {
  const officers = await app.http().get('/console-api/officers').query({ range: '[0,0]' }).set('Authorization', consoleAuth);
  expect(officers.status).toBe(200);
  const officer = String((officers.body as { id: string }[])[0]?.id);
  const record = { officer, title: '执法培训（边界值）', date: '2026-03-01', hours: 8 };
  const before = await fingerprint();
  for (const hours of [1e20, -1, 1000.5]) {
    expectFieldRefusal(await app.http().post('/console-api/training-records').set('Authorization', consoleAuth).send({ ...record, hours }), 'hours', hours);
  }
  expect(await fingerprint()).toBe(before);
  const created = await app.http().post('/console-api/training-records').set('Authorization', consoleAuth).send(record);
  expect(created.status).toBe(201);
  const checked: string[] = [];
  const afterCreate = await fingerprint();
  for (const plural of ['training-records', 'powers']) {
    const list = await app.http().get(`/console-api/${plural}`).query({ range: '[0,0]' }).set('Authorization', consoleAuth);
    expect(list.status).toBe(200);
    const id = String((list.body as { id: string }[])[0]?.id);
    const one = await app.http().get(`/console-api/${plural}/${id}`).set('Authorization', consoleAuth);
    expect(one.status).toBe(200);
    for (const { name, values } of numericAttributes().filter((a) => a.plural === plural)) {
      for (const value of values) {
        const res = await app.http().put(`/console-api/${plural}/${id}`).set('Authorization', consoleAuth).send({ ...(one.body as object), [name]: value });
        expectFieldRefusal(res, name, value);
        checked.push(`${name}=${value}`);
      }
    }
  }
  expect(checked).toEqual(expect.arrayContaining(['hours=100000000000000000000', 'hours=-1', 'statutoryMin=-1']));
  expect(await fingerprint()).toBe(afterCreate);
}, 120_000);

test('a JSON attribute over its cap: 400 JSON_TOO_LARGE on the console API, the same code per row in the import, nothing written', async () => {
  const categories = Array.from({ length: 21 }, (_, i) => `执法类别${i}`);
  const before = await fingerprint();
  const res = await app.http().post('/console-api/officers').set('Authorization', consoleAuth).send({ name: '超限类别人员', status: 'none', enforcementCategories: categories });
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status: 400, code: 'JSON_TOO_LARGE' });
  expect((res.body as { message: string }).message).toBe('字段“enforcementCategories”最多 20 项（现有 21 项）。');
  expect(Object.keys((res.body as { errors: Record<string, string[]> }).errors)).toEqual(['enforcementCategories']);
  const imported = await app.http().post('/console-api/officers/import').set('Authorization', consoleAuth)
    .send({ rows: [{ name: '超限类别人员', status: 'none', enforcementCategories: categories }], commit: true });
  expect(imported.status).toBe(200);
  const row = (imported.body as { rows: { ok: boolean; code?: string; errors?: Record<string, string[]> }[] }).rows[0];
  expect({ ok: row?.ok, code: row?.code, fields: Object.keys(row?.errors ?? {}) }).toEqual({ ok: false, code: 'JSON_TOO_LARGE', fields: ['enforcementCategories'] });
  // Within the cap the same body passes the check (and is then judged on its own merits).
  const fine = await app.http().post('/console-api/officers/import').set('Authorization', consoleAuth)
    .send({ rows: [{ name: '类别正常人员', status: 'none', enforcementCategories: categories.slice(1) }], commit: false });
  expect((fine.body as { rows: { code?: string }[] }).rows[0]?.code).not.toBe('JSON_TOO_LARGE');
  expect(await fingerprint()).toBe(before);
}, 60_000);
