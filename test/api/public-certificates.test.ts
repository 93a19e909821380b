// 第十九条 GET /api/public/certificates/:number, without signing in: whether a certificate is valid,
// the holder's name, department and enforcement categories, and nothing else (第二十一条: no ID
// number, phone, dates or posts); ETag/304 like the rest of the public API, but never stale after a
// suspension; Chinese errors; an OpenAPI entry; a per-address limit on look-ups.
import { bootApp, type TestApp } from '../helpers/app';
import { OFFICER, POST, department, findOne, type Row } from '../helpers/data';

const CHINESE = /[\u4e00-\u9fa5]/;
let app: TestApp;
let officer: Row;

beforeAll(async () => {
  app = await bootApp();
  const countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  const post = await findOne(app.strapi, POST, { name: '食品安全检查岗', agency: { department: { documentId: countyMarket } } }, { officers: true });
  officer = await findOne(app.strapi, OFFICER, { documentId: (post.officers as Row[])[0].documentId });
});
afterAll(async () => {
  delete process.env.PUBLIC_LOOKUPS_PER_MINUTE;
  await app?.close();
});

const verify = (number: string, etag?: string) => {
  const req = app.http().get(`/api/public/certificates/${encodeURIComponent(number)}`);
  return etag ? req.set('If-None-Match', etag) : req;
};

test('第十九条 a valid certificate: valid, name, department and categories, and nothing personal (第二十一条)', async () => {
  const res = await verify(String(officer.certificateNumber));
  expect(res.status).toBe(200);
  const data = (res.body as { data: Row }).data;
  expect(Object.keys(data).sort()).toEqual(['certificateNumber', 'department', 'enforcementCategories', 'holderName', 'status', 'valid']);
  expect(data).toMatchObject({ certificateNumber: officer.certificateNumber, valid: true, status: 'valid', holderName: officer.name, department: '锡林浩特市市场监督管理局', enforcementCategories: ['市场监管'] });
  const text = res.text;
  for (const secret of [officer.idNumber, officer.phone, officer.documentId, String(officer.certificateExpiresAt)]) {
    expect(typeof secret === 'string' && secret.length > 0).toBe(true);
    expect(text).not.toContain(String(secret));
  }
  expect(res.headers['cache-control']).toBe('public, max-age=60');
  expect(res.headers.etag).toMatch(/^"/);
  const again = await verify(String(officer.certificateNumber), res.headers.etag);
  expect(again.status).toBe(304);
});

test('第十九条 a suspended certificate reads as not valid at once (no stale answer from the server)', async () => {
  const first = await verify(String(officer.certificateNumber));
  const res = await app.http().post(`/console-api/officers/${String(officer.documentId)}/certificate`).set('Authorization', await app.bearer('county-justice-reviewer')).send({ action: 'suspend', reason: '涉嫌违法执法' });
  expect(res.status).toBe(200);
  const after = await verify(String(officer.certificateNumber), first.headers.etag);
  expect(after.status).toBe(200);
  expect((after.body as { data: Row }).data).toMatchObject({ valid: false, status: 'suspended', holderName: officer.name });
  expect(after.headers.etag).not.toBe(first.headers.etag);
});

test.each([
  ['an unknown number', 'NM00000000X', 404, 'CERTIFICATE_NOT_FOUND'],
  ['a malformed number', 'NM 1;drop', 400, 'INVALID_CERTIFICATE_NUMBER'],
])('第十九条 %s is refused in Chinese', async (_title, number, status, code) => {
  const res = await verify(number);
  const error = (res.body as { data: null; error: { status: number; code: string; message: string } }).error;
  expect({ status: res.status, code: error.code, bodyStatus: error.status }).toEqual({ status, code, bodyStatus: status });
  expect(error.message).toMatch(CHINESE);
});

test('第十九条 the OpenAPI description lists the verification route and its answer', async () => {
  const res = await app.http().get('/api/public/openapi.json');
  const doc = res.body as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
  expect(Object.keys(doc.paths)).toContain('/certificates/{number}');
  expect(Object.keys(doc.components.schemas.PublicCertificate.properties)).not.toContain('idNumber');
});

test('第二十一条 look-ups are limited per address: past the limit, 429 with Retry-After', async () => {
  process.env.PUBLIC_LOOKUPS_PER_MINUTE = '3';
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await verify(String(officer.certificateNumber))).status);
  expect(statuses.at(-1)).toBe(429);
  const res = await verify(String(officer.certificateNumber));
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect((res.body as { error: { code: string; message: string } }).error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
});
