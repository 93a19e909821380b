// The import endpoint writes a whole sheet or nothing: every row is checked by really writing it
// (scope, the regulation's rules, the database) inside one transaction that commits only when asked
// and every row passed (Art. 11 decomposition data, Art. 19 certificates as examples).
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, OFFICER, auditCount, count, department } from '../helpers/data';

interface RowReport { index: number; ok: boolean; id?: string; code?: string; message?: string; errors?: Record<string, string[]> }
interface ImportReport { total: number; passed: number; failed: number; committed: boolean; rows: RowReport[] }

let app: TestApp;
let countyMarket: string;

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

const importAs = async (username: string, resource: string, body: unknown) =>
  app.http().post(`/console-api/${resource}/import`).set('Authorization', await app.bearer(username)).send(body as object);

const agencyRows = (names: string[]) => names.map((name) => ({ name, description: `导入测试：${name}` }));

test('a dry run reports every row and writes nothing', async () => {
  const before = { agencies: await count(app.strapi, AGENCY), audit: await auditCount(app.strapi) };
  const res = await importAs('county-dept-editor', 'agencies', { rows: agencyRows(['导入一科', '导入二科']), commit: false });
  expect(res.status).toBe(200);
  const report = res.body as ImportReport;
  expect(report).toMatchObject({ total: 2, passed: 2, failed: 0, committed: false });
  expect(report.rows.every((r) => r.ok && r.id === undefined)).toBe(true);
  expect(await count(app.strapi, AGENCY)).toBe(before.agencies);
  expect(await auditCount(app.strapi)).toBe(before.audit);
});

test('a committed import writes every row, each attached to the importer\'s department and audited', async () => {
  const before = await auditCount(app.strapi);
  const res = await importAs('county-dept-editor', 'agencies', { rows: agencyRows(['导入三科', '导入四科']), commit: true });
  expect(res.status).toBe(200);
  const report = res.body as ImportReport;
  expect(report).toMatchObject({ total: 2, passed: 2, failed: 0, committed: true });
  expect(await count(app.strapi, AGENCY, { name: { $in: ['导入三科', '导入四科'] }, department: { documentId: countyMarket } })).toBe(2);
  expect(await auditCount(app.strapi)).toBe(before + 2);
});

test('第十九条 CERTIFIED_OFFICER: one bad row fails the whole import, reported by row, field and rule', async () => {
  const post = await app.strapi.db.query('api::post.post').findOne({ where: { name: '案件办理岗', agency: { department: { documentId: countyMarket } } } });
  const before = await count(app.strapi, OFFICER);
  const rows = [
    { name: '导入合格人员', status: 'valid', certificateNumber: 'NMIMPORT0001', certificateExpiresAt: '2030-01-01', posts: [String((post as { documentId: string }).documentId)] },
    { name: '导入无证人员', status: 'none', posts: [String((post as { documentId: string }).documentId)] },
    { name: '导入格式错误', status: 'bogus' },
  ];
  const res = await importAs('county-dept-editor', 'officers', { rows, commit: true });
  expect(res.status).toBe(200);
  const report = res.body as ImportReport;
  expect(report).toMatchObject({ total: 3, passed: 1, failed: 2, committed: false });
  expect(report.rows[1]).toMatchObject({ index: 1, ok: false, code: 'CERTIFIED_OFFICER' });
  expect(report.rows[1].message).toContain('第十九条');
  expect(Object.keys(report.rows[1].errors ?? {})).toEqual(['certificateNumber']);
  expect(report.rows[2]).toMatchObject({ index: 2, ok: false, code: 'INVALID_FIELD' });
  expect(Object.keys(report.rows[2].errors ?? {})).toEqual(['status']);
  expect(await count(app.strapi, OFFICER)).toBe(before);
});

test('rows outside the importer\'s scope are refused row by row and nothing is written', async () => {
  const other = await department(app.strapi, '二连浩特市市场监督管理局');
  const before = await count(app.strapi, AGENCY);
  const res = await importAs('county-dept-editor', 'agencies', { rows: [{ name: '越权导入', department: other }], commit: true });
  expect(res.status).toBe(200);
  expect((res.body as ImportReport).rows[0]).toMatchObject({ ok: false, code: 'SCOPE_FORBIDDEN' });
  expect(await count(app.strapi, AGENCY)).toBe(before);
});

test.each([
  ['no rows key', {}],
  ['an empty sheet', { rows: [] }],
  ['a row that is not an object', { rows: ['x'] }],
])('a malformed import body (%s) is a 400 INVALID_BODY', async (_title, body) => {
  const res = await importAs('county-dept-editor', 'agencies', body);
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('INVALID_BODY');
});

test('a role without create permission cannot import', async () => {
  const res = await importAs('county-viewer', 'agencies', { rows: agencyRows(['无权导入']), commit: true });
  expect(res.status).toBe(403);
  expect(res.body.code).toBe('ROLE_FORBIDDEN');
});
