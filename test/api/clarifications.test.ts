// 第三十一条 CLARIFICATION_PUBLISHED: a department clears its falsely reported officer's name. The
// clarification is published only once the case against the officer ended without a measure, then
// stands unchanged; the public API serves it (ETag, 304, Chinese errors) naming the officer by name
// only. Also 第三十条: listing interference records logs a read of each record listed.
import { bootApp, type TestApp } from '../helpers/app';
import { count, department, findOne, INTERFERENCE, auditCount, iso, OFFICER, type Row } from '../helpers/data';
import { expectRule } from '../helpers/expect';

const CLARIFICATION = 'api::clarification.clarification';
const CASE = 'api::accountability-case.accountability-case';
const today = (): string => new Date().toISOString().slice(0, 10);

let app: TestApp;
let market: string;
let officer: Row;
let caseId: string;
let clarificationId: string;

const put = async (username: string, resource: string, uid: string, id: string, body: Row) => {
  const row = await findOne(app.strapi, uid, { documentId: id });
  return app.http().put(`/console-api/${resource}/${id}`).set('Authorization', await app.bearer(username)).send({ ...body, updatedAt: iso(row.updatedAt) });
};

beforeAll(async () => {
  app = await bootApp();
  market = await department(app.strapi, '锡林浩特市市场监督管理局');
  officer = await findOne(app.strapi, OFFICER, { department: { documentId: market } });
  const opened = await app.http().post('/console-api/accountability-cases').set('Authorization', await app.bearer('county-dept-head'))
    .send({ subjectKind: 'officer', officer: String(officer.documentId), finding: '群众举报该执法人员检查时索要财物', measure: 'handling' });
  expect(opened.status).toBe(201);
  caseId = String((opened.body as { id: string }).id);
});
afterAll(async () => {
  await app?.close();
});

describe('第三十一条 CLARIFICATION_PUBLISHED', () => {
  test('第三十一条: the case is named by its subject, measure and opening date (the server\'s, not the client\'s), and the clarification form\'s picker finds it by name and by date', async () => {
    const stored = await findOne(app.strapi, CASE, { documentId: caseId });
    const title = `${String(officer.name)} · 相应处理 · ${iso(stored.createdAt).slice(0, 10)}`;
    expect(stored.title).toBe(title);
    // A client cannot write the name: it stays the server's.
    const renamed = await put('county-dept-head', 'accountability-cases', CASE, caseId, { title: '随便起的名字' });
    expect(renamed.status).toBe(200);
    expect((await findOne(app.strapi, CASE, { documentId: caseId })).title).toBe(title);
    const bearer = await app.bearer('county-dept-head');
    for (const q of [String(officer.name), iso(stored.createdAt).slice(0, 10)]) {
      const found = await app.http().get('/console-api/accountability-cases').query({ filter: JSON.stringify({ q }) }).set('Authorization', bearer);
      expect(found.status).toBe(200);
      expect((found.body as Row[]).find((c) => c.id === caseId)?.title).toBe(title);
    }
  });

  test('第三十一条: the department records a clarification draft (201), linked to the case; an editor may not (403)', async () => {
    const body = { officer: String(officer.documentId), accountabilityCase: caseId, title: '关于某执法人员被举报问题的澄清说明', reportSummary: '举报人张某反映该执法人员索要财物', finding: '经调取执法记录仪视频核实，举报内容不实。', statement: '经调查核实，举报反映的问题不属实，特此澄清。' };
    const refused = await app.http().post('/console-api/clarifications').set('Authorization', await app.bearer('county-dept-editor')).send(body);
    expect(refused.status).toBe(403);
    const res = await app.http().post('/console-api/clarifications').set('Authorization', await app.bearer('county-dept-head')).send(body);
    expect(res.status).toBe(201);
    clarificationId = String((res.body as { id: string }).id);
    expect(res.body).toMatchObject({ state: 'draft', department: market, publishedOn: null });
  });

  test('第三十一条: publishing while the case is still open → 400, still a draft', async () => {
    expectRule(await put('county-dept-head', 'clarifications', CLARIFICATION, clarificationId, { state: 'published' }), 'CLARIFICATION_PUBLISHED', 'accountabilityCase');
    expect((await findOne(app.strapi, CLARIFICATION, { documentId: clarificationId })).state).toBe('draft');
  });

  test('第二十九条 then 第三十一条: the case is exempted, then the clarification is published with today\'s date', async () => {
    const checklist = ['lawful-basis', 'lawful-procedure', 'no-intent', 'objective-limits', 'remedied'].map((key) => ({ key, met: true }));
    const exempted = await put('county-dept-head', 'accountability-cases', CASE, caseId, { state: 'exempted', exemptionChecklist: checklist, exemptionDecision: '执法记录完整，依法履职，举报不实，予以免责。' });
    expect(exempted.status).toBe(200);
    const res = await put('county-dept-head', 'clarifications', CLARIFICATION, clarificationId, { state: 'published', publishedOn: '2000-01-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'published', publishedOn: today() });
  });

  test('第三十一条: a published clarification is neither edited nor deleted → 400, unchanged', async () => {
    expectRule(await put('county-dept-head', 'clarifications', CLARIFICATION, clarificationId, { statement: '改写' }), 'CLARIFICATION_PUBLISHED', 'state');
    const admin = await app.http().delete(`/content-manager/collection-types/${CLARIFICATION}/${clarificationId}`).set('Authorization', await app.adminBearer());
    expect(admin.status).toBe(400);
    const row = await findOne(app.strapi, CLARIFICATION, { documentId: clarificationId });
    expect(row.statement).toBe('经调查核实，举报反映的问题不属实，特此澄清。');
  });

  test('scope: invisible to another county (404, not listed); visible to the league', async () => {
    const other = await app.http().get(`/console-api/clarifications/${clarificationId}`).set('Authorization', await app.bearer('county2-gov-admin'));
    expect(other.status).toBe(404);
    const list = await app.http().get('/console-api/clarifications').set('Authorization', await app.bearer('county2-viewer'));
    expect((list.body as { id: string }[]).map((c) => c.id)).not.toContain(clarificationId);
    const league = await app.http().get(`/console-api/clarifications/${clarificationId}`).set('Authorization', await app.bearer('league-viewer'));
    expect(league.status).toBe(200);
  });
});

describe('第三十一条: /api/public/clarifications', () => {
  test('lists the published clarification naming the officer by name only; drafts are not served', async () => {
    await app.http().post('/console-api/clarifications').set('Authorization', await app.bearer('county-dept-head'))
      .send({ officer: String(officer.documentId), title: '未公布的草稿', reportSummary: '草稿', finding: '草稿' });
    const res = await app.http().get('/api/public/clarifications');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.body as { data: Row[]; meta: { total: number } };
    expect(body.meta.total).toBe(1);
    expect(body.data[0]).toEqual({
      id: clarificationId, title: '关于某执法人员被举报问题的澄清说明', statement: '经调查核实，举报反映的问题不属实，特此澄清。', publishedOn: today(),
      officerName: officer.name, department: { id: market, name: '锡林浩特市市场监督管理局' }, government: { code: '152502000000', name: '锡林浩特市' },
    });
    const text = JSON.stringify(res.body);
    for (const secret of [officer.idNumber, officer.phone, officer.certificateNumber, '张某', '执法记录仪']) if (typeof secret === 'string' && secret) expect(text).not.toContain(secret);
    const again = await app.http().get('/api/public/clarifications').set('If-None-Match', String(res.headers.etag));
    expect(again.status).toBe(304);
  });

  test('one clarification; an unknown or draft one is 404 CLARIFICATION_NOT_FOUND in Chinese; OpenAPI describes the routes', async () => {
    const one = await app.http().get(`/api/public/clarifications/${clarificationId}`);
    expect(one.status).toBe(200);
    expect((one.body as { data: Row }).data.id).toBe(clarificationId);
    const draft = (await app.strapi.db.query(CLARIFICATION).findOne({ where: { state: 'draft' } })) as Row;
    for (const id of ['nope', String(draft.documentId)]) {
      const missing = await app.http().get(`/api/public/clarifications/${id}`);
      expect({ status: missing.status, code: (missing.body as { error: { code: string } }).error.code }).toEqual({ status: 404, code: 'CLARIFICATION_NOT_FOUND' });
      expect((missing.body as { error: { message: string } }).error.message).toContain('澄清说明');
    }
    const openapi = await app.http().get('/api/public/openapi.json');
    expect(Object.keys((openapi.body as { paths: Row }).paths)).toEqual(expect.arrayContaining(['/clarifications', '/clarifications/{id}']));
  });
});

describe('第三十条 INTERFERENCE_SEALED: each read is logged, in lists too', () => {
  test('listing interference records adds one read row per record listed, for the reader', async () => {
    const created = await app.http().post('/console-api/interference-records').set('Authorization', await app.bearer('county-dept-editor'))
      .send({ officer: String(officer.documentId), interferer: '某领导', occurredAt: '2026-02-01T01:00:00.000Z', manner: 'verbal', content: '要求撤销处罚决定' });
    expect(created.status).toBe(201);
    const id = String((created.body as { id: string }).id);
    const reads = await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId: id, actor: 'county-justice-reviewer' });
    const list = await app.http().get('/console-api/interference-records').set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(list.status).toBe(200);
    expect((list.body as { id: string }[]).map((r) => r.id)).toContain(id);
    expect(await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId: id, actor: 'county-justice-reviewer' })).toBe(reads + 1);
    expect(await count(app.strapi, INTERFERENCE, { documentId: id })).toBe(1);
  });
});
