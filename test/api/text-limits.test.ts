// Issue 13, text lengths: every string/text attribute has a maxLength sized from DOMAIN.md. Over it,
// every write path answers 400 with a stable code, a Chinese message and the field, and writes
// nothing: the console API (fields and component fields), the import, Strapi's content manager.
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { textAttributes } from './bad-input/corpus';

let app: TestApp;
let editor: string;

beforeAll(async () => {
  app = await bootApp();
  editor = await app.bearer('county-dept-editor');
});
afterAll(async () => {
  await app?.close();
});

async function firstRecord(plural: string): Promise<Record<string, unknown>> {
  const list = await app.http().get(`/console-api/${plural}`).query({ range: '[0,0]' }).set('Authorization', editor);
  expect(list.status).toBe(200);
  expect({ plural, count: (list.body as unknown[]).length }).toEqual({ plural, count: 1 });
  const id = String((list.body as { id: string }[])[0]?.id);
  const one = await app.http().get(`/console-api/${plural}/${id}`).set('Authorization', editor);
  expect(one.status).toBe(200);
  return one.body as Record<string, unknown>;
}

function expectTooLong(res: Response, field: string): void {
  const body = res.body as { code?: string; message?: string; errors?: Record<string, string[]> };
  expect({ field, status: res.status, code: body.code, fields: Object.keys(body.errors ?? {}) }).toEqual({ field, status: 400, code: 'TEXT_TOO_LONG', fields: expect.arrayContaining([field]) });
  expect(body.message).toMatch(/最多 \d+ 个字符/);
}

test('every text attribute has a maxLength', () => {
  const missing = textAttributes().filter((a) => a.maxLength === undefined).map((a) => `${a.owner}.${a.name}`);
  expect(missing).toEqual([]);
});

test('one character over the limit on every text field of agencies, officers and powers → 400 TEXT_TOO_LONG by field, nothing written', async () => {
  const checked: string[] = [];
  for (const plural of ['agencies', 'officers', 'powers']) {
    const record = await firstRecord(plural);
    for (const { name, maxLength } of textAttributes().filter((a) => a.owner === plural)) {
      if (maxLength === undefined || ['idNumberHash', 'phoneHash', 'certificateNumber', 'phone', 'idNumber', 'code'].includes(name)) continue;
      const res = await app.http().put(`/console-api/${plural}/${String(record.id)}`).set('Authorization', editor).send({ ...record, [name]: '长'.repeat(maxLength + 1) });
      expectTooLong(res, name);
      checked.push(`${plural}.${name}`);
    }
    const after = await app.http().get(`/console-api/${plural}/${String(record.id)}`).set('Authorization', editor);
    expect(after.body).toEqual(record);
  }
  expect(checked).toEqual(expect.arrayContaining(['agencies.description', 'powers.serviceGuide', 'powers.remarks', 'officers.name']));
}, 300_000);

test('a 10 MB description and a too-long responsibility step (component) are refused with the field', async () => {
  const agency = await firstRecord('agencies');
  expectTooLong(await app.http().put(`/console-api/agencies/${String(agency.id)}`).set('Authorization', editor).send({ ...agency, description: 'x'.repeat(10 * 1024 * 1024) }), 'description');
  const power = await firstRecord('powers');
  const longSteps = [{ step: '受理', content: '审'.repeat(2001) }];
  expectTooLong(await app.http().put(`/console-api/powers/${String(power.id)}`).set('Authorization', editor).send({ ...power, steps: longSteps }), 'steps.0.content');
}, 120_000);

test('the import refuses an over-long row by field and writes nothing', async () => {
  const agency = await firstRecord('agencies');
  const res = await app.http().post('/console-api/agencies/import').set('Authorization', editor).send({ rows: [{ name: '长'.repeat(101), department: agency.department }] });
  expect(res.status).toBeLessThan(500);
  expect(JSON.stringify(res.body)).toMatch(/最多 100 个字符/);
  const list = await app.http().get('/console-api/agencies').query({ filter: JSON.stringify({ q: '长长长长长' }) }).set('Authorization', editor);
  expect(list.body).toEqual([]);
}, 120_000);

test("Strapi's content manager answers 400 (not 500) with the field for a 100,000-character text", async () => {
  const agency = await firstRecord('agencies');
  const res = await app.http().put(`/content-manager/collection-types/api::agency.agency/${String(agency.id)}`).set('Authorization', await app.adminBearer()).send({ name: agency.name, description: '意'.repeat(100_000), updatedAt: agency.updatedAt });
  expect(res.status).toBe(400);
  const error = (res.body as { error: { name: string; details: { errors: { path: string[]; message: string }[] } } }).error;
  expect(error.name).toBe('ValidationError');
  expect(error.details.errors.map((e) => e.path.join('.'))).toContain('description');
  const after = await firstRecord('agencies');
  expect(after.description).toEqual(agency.description);
}, 120_000);
