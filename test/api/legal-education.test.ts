// 第十八条 LEGAL_EDUCATION: 谁执法谁普法 — a department's 普法责任清单 (items: content, target groups,
// means, period; one per year) and its 以案释法 cases, scoped to the department, published on the
// public API with a server-set date, frozen once published, and counted in the annual report.
import { bootApp, type TestApp } from '../helpers/app';
import { department, findOne, type Row } from '../helpers/data';
import { expectRule, totalOf } from '../helpers/expect';
import { putRecord } from '../helpers/workflow';

const LIST = 'api::legal-education-list.legal-education-list';
const CASE = 'api::case-interpretation.case-interpretation';
const REPORT = 'api::annual-report.annual-report';
const YEAR = new Date().getUTCFullYear();
const today = (): string => new Date().toISOString().slice(0, 10);

let app: TestApp;
let countyMarket: string;
let listId: string;
let caseId: string;

const item = (over: Row = {}): Row => ({ content: '《中华人民共和国食品安全法》', targets: '食品生产经营者', means: '上门宣讲、发放明白纸', period: '每季度', ...over });
const post = async (username: string, resource: string, body: Row) => app.http().post(`/console-api/${resource}`).set('Authorization', await app.bearer(username)).send(body);

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

describe('第十八条 LEGAL_EDUCATION: 普法责任清单', () => {
  test('the county editor drafts its year\'s list (201) on its own department', async () => {
    const res = await post('county-dept-editor', 'legal-education-lists', { year: YEAR, title: `锡林浩特市市场监督管理局${YEAR}年度普法责任清单`, items: [item()] });
    expect(res.status).toBe(201);
    listId = String(res.body.id);
    expect(((await findOne(app.strapi, LIST, { documentId: listId }, { department: true })).department as Row).documentId).toBe(countyMarket);
  });

  test('第十八条: an item without target group (named by its sub-field), a second list of the year → 400; nothing stored', async () => {
    expectRule(await putRecord(app, 'county-dept-editor', 'legal-education-lists', LIST, listId, { items: [item(), item({ targets: ' ' })] }), 'LEGAL_EDUCATION', 'items.1.targets');
    expectRule(await post('county-dept-editor', 'legal-education-lists', { year: YEAR, title: '重复', items: [item()] }), 'LEGAL_EDUCATION', 'year');
    expect(await app.strapi.db.query(LIST).count({})).toBe(1);
    const items = (await findOne(app.strapi, LIST, { documentId: listId }, { items: true })).items as Row[];
    expect(items.map(({ content, targets, means, period }) => ({ content, targets, means, period }))).toEqual([item()]);
  });

  test('第十八条: publishing an empty list → 400; with its item it is published with today\'s date (not the client\'s), then frozen', async () => {
    expectRule(await putRecord(app, 'county-dept-editor', 'legal-education-lists', LIST, listId, { items: [], state: 'published' }), 'LEGAL_EDUCATION', 'items');
    const res = await putRecord(app, 'county-dept-editor', 'legal-education-lists', LIST, listId, { state: 'published', publishedOn: '2000-01-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'published', publishedOn: today() });
    expectRule(await putRecord(app, 'county-dept-head', 'legal-education-lists', LIST, listId, { title: '改名' }), 'LEGAL_EDUCATION', 'state');
    const removed = await app.http().delete(`/console-api/legal-education-lists/${listId}`).set('Authorization', await app.bearer('county-dept-head'));
    expect(removed.status).toBe(400);
    expect(await app.strapi.db.query(LIST).count({ where: { documentId: listId } })).toBe(1);
  });
});

describe('第十八条 LEGAL_EDUCATION: 以案释法', () => {
  test('a case in the future → 400 on caseDate; a draft without the law explained is kept (201), but not published without it', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const body: Row = { title: '销售过期食品被处罚案释法', caseSummary: '某超市销售超过保质期的食品，被依法处罚。', caseDate: today() };
    expectRule(await post('county-dept-editor', 'case-interpretations', { ...body, caseDate: tomorrow }), 'LEGAL_EDUCATION', 'caseDate');
    const res = await post('county-dept-editor', 'case-interpretations', body);
    expect(res.status).toBe(201);
    caseId = String(res.body.id);
    expectRule(await putRecord(app, 'county-dept-editor', 'case-interpretations', CASE, caseId, { state: 'published' }), 'LEGAL_EDUCATION', 'lawExplained');
    expectRule(await putRecord(app, 'county-dept-editor', 'case-interpretations', CASE, caseId, { state: 'published', lawExplained: '经营者应当定期检查库存食品。' }), 'LEGAL_EDUCATION', 'legalBasis');
    expect((await findOne(app.strapi, CASE, { documentId: caseId })).state).toBe('draft');
    const published = await putRecord(app, 'county-dept-editor', 'case-interpretations', CASE, caseId, {
      state: 'published', lawExplained: '经营者应当定期检查库存食品，及时清理超过保质期的食品。', legalBasis: '《中华人民共和国食品安全法》第五十四条、第一百二十四条',
    });
    expect(published.status).toBe(200);
  });

  test('scope: the county reviewer lists both; another county lists none and cannot read them', async () => {
    for (const resource of ['legal-education-lists', 'case-interpretations']) {
      const own = await app.http().get(`/console-api/${resource}`).set('Authorization', await app.bearer('county-justice-reviewer'));
      expect(totalOf(own.headers['content-range'])).toBe(1);
      const other = await app.http().get(`/console-api/${resource}`).set('Authorization', await app.bearer('county2-viewer'));
      expect(totalOf(other.headers['content-range'])).toBe(0);
    }
    expect((await app.http().get(`/console-api/case-interpretations/${caseId}`).set('Authorization', await app.bearer('county2-viewer'))).status).toBe(404);
  });

  test('public: both are served without sign-in, with the department; a draft is not; OpenAPI lists the routes', async () => {
    await post('county-dept-editor', 'case-interpretations', { title: '草稿案例', caseSummary: '未公布' });
    const lists = await app.http().get('/api/public/legal-education-lists');
    expect(lists.status).toBe(200);
    expect(lists.body.data).toEqual([expect.objectContaining({ id: listId, year: YEAR, items: [item()], department: expect.objectContaining({ name: '锡林浩特市市场监督管理局' }) })]);
    const cases = await app.http().get('/api/public/case-interpretations');
    expect((cases.body.data as Row[]).map((c) => c.title)).toEqual(['销售过期食品被处罚案释法']);
    const bad = await app.http().get('/api/public/case-interpretations?pageSize=0');
    expect(bad.status).toBe(400);
    const openapi = await app.http().get('/api/public/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/legal-education-lists', '/case-interpretations']));
  });

  test('第七条、第十八条: the annual report of the year counts the published list and case', async () => {
    const existing = await app.strapi.db.query(REPORT).findOne({ where: { year: YEAR, department: { documentId: countyMarket } } });
    const created = existing ? { status: 201, body: { id: String((existing as Row).documentId) } } : await post('county-dept-editor', 'annual-reports', { year: YEAR });
    expect(created.status).toBe(201);
    const drafted = await app.http().post(`/console-api/annual-reports/${String(created.body.id)}/draft`).set('Authorization', await app.bearer('county-dept-editor')).send({});
    expect(drafted.status).toBe(200);
    expect(drafted.body.figures).toMatchObject({ legalEducationLists: 1, caseInterpretations: 1 });
    expect(String((await findOne(app.strapi, REPORT, { documentId: String(created.body.id) })).content)).toContain('普法责任清单1份、以案释法案例1件');
  });
});
