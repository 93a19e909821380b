// Deletion that keeps the record (issue 13): a department, an officer, a legal basis that anything
// still refers to is not deleted, on the console API (409 HAS_DEPENDENTS naming the dependents in
// Chinese) and in the admin's content manager; nothing is orphaned, no audit row, the public record
// still answers. A record that nothing refers to is deleted as before.
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, CATALOGUE, DEPARTMENT, LEGAL_BASIS, OFFICER, POWER, auditCount, count, department, findOne, iso, type Row } from '../helpers/data';
import type { ConsoleErrorBody, StrapiErrorBody } from '../helpers/expect';
import { concurrently } from '../helpers/listen';
import { publishSeededList, tierUsers } from '../helpers/workflow';

const CASE = 'api::accountability-case.accountability-case';
const USER = 'plugin::users-permissions.user';

let app: TestApp;
let market: string;
let adminToken: string | undefined;
// One sign-in for the file: /admin/login allows only a few sign-ins a minute from one address.
const adminAuth = async (): Promise<string> => (adminToken ??= await app.adminBearer());

beforeAll(async () => {
  app = await bootApp();
  market = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

const holdings = async (): Promise<Row> => ({
  officers: await count(app.strapi, OFFICER, { department: { documentId: market } }),
  powers: await count(app.strapi, POWER, { department: { documentId: market } }),
  agencies: await count(app.strapi, AGENCY, { department: { documentId: market } }),
  users: await count(app.strapi, USER, { department: { documentId: market } }),
  audit: await auditCount(app.strapi),
});

describe('a department with officers, powers, agencies and accounts', () => {
  test('DELETE /console-api/departments/:id as county-gov-admin → 409 HAS_DEPENDENTS listing them in Chinese; nothing orphaned, no audit row', async () => {
    const before = await holdings();
    expect(before.officers).toBeGreaterThan(0);
    expect(before.powers).toBeGreaterThan(0);
    const res = await app.http().delete(`/console-api/departments/${market}`).set('Authorization', await app.bearer('county-gov-admin'));
    expect(res.status).toBe(409);
    const body = res.body as Omit<ConsoleErrorBody, 'items'> & { items?: { label: string; count: number }[] };
    expect(body.code).toBe('HAS_DEPENDENTS');
    expect(body.message).toContain('该行政执法部门仍被以下记录引用，不能删除');
    expect(body.message).toContain(`行政执法人员 ${String(before.officers)} 条`);
    expect(body.message).toContain(`权责事项 ${String(before.powers)} 条`);
    expect(body.message).toContain('用户账号');
    expect(body.errors.id).toEqual([body.message]);
    expect(body.items?.find((i) => i.label === '行政执法人员')?.count).toBe(before.officers);
    expect(await count(app.strapi, DEPARTMENT, { documentId: market })).toBe(1);
    expect(await holdings()).toEqual(before);
  });

  test('a department with published items: the delete is refused naming 已公布事项, it stays on the public department list and its page answers', async () => {
    await publishSeededList(app, '锡林浩特市市场监督管理局', tierUsers('county'));
    const item = await findOne(app.strapi, 'api::published-item.published-item', { current: true });
    const published = String(item.departmentId);
    expect(published).toBe(market);
    const row = await findOne(app.strapi, DEPARTMENT, { documentId: published }, { government: true });
    const res = await app.http().delete(`/content-manager/collection-types/${DEPARTMENT}/${published}`).set('Authorization', await adminAuth());
    expect((res.body as StrapiErrorBody).error?.details?.code).toBe('HAS_DEPENDENTS');
    expect((res.body as StrapiErrorBody).error?.message).toContain('已公布事项');
    const list = await app.http().get(`/api/public/governments/${String((row.government as Row).code)}/departments`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(published);
    expect((await app.http().get(`/api/public/departments/${published}`)).status).toBe(200);
  });

  test('the admin content manager is refused the same way (code HAS_DEPENDENTS), nothing orphaned', async () => {
    const before = await holdings();
    const res = await app.http().delete(`/content-manager/collection-types/${DEPARTMENT}/${market}`).set('Authorization', await adminAuth());
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((res.body as StrapiErrorBody).error?.details?.code).toBe('HAS_DEPENDENTS');
    expect(await count(app.strapi, DEPARTMENT, { documentId: market })).toBe(1);
    expect(await holdings()).toEqual(before);
  });
});

describe('officers and legal bases', () => {
  test('an officer who is the subject of an accountability case (相应处理) → 409 naming 责任追究; the case keeps its subject', async () => {
    const officer = await findOne(app.strapi, OFFICER, { department: { documentId: market } });
    const opened = await app.http().post('/console-api/accountability-cases').set('Authorization', await app.bearer('county-gov-admin'))
      .send({ subjectKind: 'officer', officer: officer.documentId, department: market, finding: '未出示执法证件', measure: 'handling' });
    expect(opened.status).toBe(201);
    const caseId = String((opened.body as Row).id);
    const res = await app.http().delete(`/console-api/officers/${String(officer.documentId)}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(409);
    expect((res.body as ConsoleErrorBody).code).toBe('HAS_DEPENDENTS');
    expect((res.body as ConsoleErrorBody).message).toContain('责任追究 ');
    const kept = await findOne(app.strapi, CASE, { documentId: caseId }, { officer: true });
    expect((kept.officer as Row).documentId).toBe(officer.documentId);
  });

  test('a legal basis cited by powers (a relation inside a component) → refused in the content manager, still cited', async () => {
    const basis = await findOne(app.strapi, LEGAL_BASIS, { title: '中华人民共和国食品安全法' });
    const citing = await count(app.strapi, POWER, { bases: { legalBasis: { documentId: basis.documentId } } });
    expect(citing).toBeGreaterThan(0);
    const res = await app.http().delete(`/content-manager/collection-types/${LEGAL_BASIS}/${String(basis.documentId)}`).set('Authorization', await adminAuth());
    expect((res.body as StrapiErrorBody).error?.details?.code).toBe('HAS_DEPENDENTS');
    expect((res.body as StrapiErrorBody).error?.message).toContain('依据引用');
    expect(await count(app.strapi, POWER, { bases: { legalBasis: { documentId: basis.documentId } } })).toBe(citing);
  });

  test('an agency nothing refers to is still deleted (200), with one delete audit row', async () => {
    const auth = await app.bearer('county-dept-editor');
    const created = await app.http().post('/console-api/agencies').set('Authorization', auth).send({ name: '完整性测试空机构', department: market });
    expect(created.status).toBe(201);
    const id = String((created.body as Row).id);
    const res = await app.http().delete(`/console-api/agencies/${id}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    expect(await count(app.strapi, AGENCY, { documentId: id })).toBe(0);
    expect(await auditCount(app.strapi, { action: 'delete', recordId: id })).toBe(1);
  });
});

describe('the admin content manager: a save carries the version it loaded', () => {
  test('PUT /content-manager/… with an older updatedAt → refused STALE_VERSION in Chinese, unchanged; with the current one → 200', async () => {
    const agency = await findOne(app.strapi, AGENCY, { department: { documentId: market } });
    const url = `/content-manager/collection-types/${AGENCY}/${String(agency.documentId)}`;
    const stale = await app.http().put(url).set('Authorization', await adminAuth()).send({ name: '管理后台旧版本改名', updatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.status).toBeGreaterThanOrEqual(400);
    expect(stale.status).toBeLessThan(500);
    expect((stale.body as StrapiErrorBody).error?.details?.code).toBe('STALE_VERSION');
    expect((stale.body as StrapiErrorBody).error?.message).toContain('已被他人修改');
    expect((await findOne(app.strapi, AGENCY, { documentId: agency.documentId })).name).toBe(agency.name);
    const fresh = await app.http().put(url).set('Authorization', await adminAuth()).send({ name: '管理后台当前版本改名', updatedAt: new Date(String(agency.updatedAt)).toISOString() });
    expect(fresh.status).toBe(200);
    expect((await findOne(app.strapi, AGENCY, { documentId: agency.documentId })).name).toBe('管理后台当前版本改名');
  });
});

describe('the admin content manager: one concurrency rule (issue 13)', () => {
  const cm = (uid: string, documentId: unknown): string => `/content-manager/collection-types/${uid}/${String(documentId)}`;
  const refusal = (body: unknown): { code?: string; message?: string } => {
    const error = (body as StrapiErrorBody).error;
    return { code: error?.details?.code, message: error?.message };
  };

  test('PUT /content-manager/… without updatedAt → 400 VERSION_REQUIRED in Chinese (field updatedAt), unchanged, no audit row', async () => {
    const power = await findOne(app.strapi, POWER, { department: { documentId: market } });
    const audit = await auditCount(app.strapi, { recordId: power.documentId });
    const res = await app.http().put(cm(POWER, power.documentId)).set('Authorization', await adminAuth()).send({ remarks: '没有版本的保存' });
    expect(res.status).toBe(400);
    expect(refusal(res.body)).toEqual({ code: 'VERSION_REQUIRED', message: expect.stringContaining('保存时须附带读取时的版本') as unknown as string });
    expect((res.body as StrapiErrorBody).error?.details?.field).toBe('updatedAt');
    const after = await findOne(app.strapi, POWER, { documentId: power.documentId });
    expect(after.remarks).toBe(power.remarks);
    expect(iso(after.updatedAt)).toBe(iso(power.updatedAt));
    expect(await auditCount(app.strapi, { recordId: power.documentId })).toBe(audit);
  });

  test('20 concurrent content-manager PUTs of one power with the version they loaded → exactly one 200 and 19 × 400 STALE_VERSION; the stored remark is the winner\'s', async () => {
    const power = await findOne(app.strapi, POWER, { department: { documentId: market } });
    const auth = await adminAuth();
    const remarks = Array.from({ length: 20 }, (_, i) => `管理后台并发保存 ${String(i)}`);
    const results = await concurrently(app, 20, (i) => ({ method: 'PUT', path: cm(POWER, power.documentId), auth, body: { remarks: remarks[i], updatedAt: iso(power.updatedAt) } }));
    const won = results.map((r, i) => ({ ...r, i })).filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    const lost = results.filter((r) => r.status !== 200);
    expect(lost.map((r) => r.status)).toEqual(Array(19).fill(400));
    expect(lost.map((r) => refusal(r.body).code)).toEqual(Array(19).fill('STALE_VERSION'));
    expect((await findOne(app.strapi, POWER, { documentId: power.documentId })).remarks).toBe(remarks[won[0].i]);
    expect(await auditCount(app.strapi, { action: 'update', recordId: power.documentId })).toBe(1);
  });

  test('save-and-publish (POST …/actions/publish) of a catalogue item without its version → VERSION_REQUIRED, nothing published', async () => {
    const item = await findOne(app.strapi, CATALOGUE, { publishedAt: { $null: true } });
    const published = await count(app.strapi, CATALOGUE, { documentId: item.documentId, publishedAt: { $notNull: true } });
    const res = await app.http().post(`${cm(CATALOGUE, item.documentId)}/actions/publish`).set('Authorization', await adminAuth()).send({ name: String(item.name) });
    expect(res.status).toBe(400);
    expect(refusal(res.body).code).toBe('VERSION_REQUIRED');
    expect(await count(app.strapi, CATALOGUE, { documentId: item.documentId, publishedAt: { $notNull: true } })).toBe(published);
  });

  test('an account saved in the content manager without its version → VERSION_REQUIRED; with it → 200', async () => {
    const user = await findOne(app.strapi, 'plugin::users-permissions.user', { username: 'county-viewer' });
    const url = cm('plugin::users-permissions.user', user.documentId);
    const auth = await adminAuth();
    const refused = await app.http().put(url).set('Authorization', auth).send({ email: 'county-viewer-renamed@example.cn' });
    expect(refused.status).toBe(400);
    expect(refusal(refused.body).code).toBe('VERSION_REQUIRED');
    expect((await findOne(app.strapi, 'plugin::users-permissions.user', { documentId: user.documentId })).email).toBe(user.email);
    const saved = await app.http().put(url).set('Authorization', auth).send({ email: 'county-viewer-renamed@example.cn', updatedAt: iso(user.updatedAt) });
    expect(saved.status).toBe(200);
    expect((await findOne(app.strapi, 'plugin::users-permissions.user', { documentId: user.documentId })).email).toBe('county-viewer-renamed@example.cn');
  });
});
