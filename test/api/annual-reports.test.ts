// 第七条 REPORT_DUE / REPORT_ROUTE: a department reports to its government (and its upper department
// reads it), a government to the next higher one; the due date comes from config/deadlines.json; the
// report is drafted from the system's own figures, edited, submitted, accepted or returned, rolled up
// into the government's report, and exported as .docx.
import JSZip from 'jszip';
import type { UID } from '@strapi/strapi';
import type { Response } from 'supertest';
import { ARTICLE } from '../../cms/src/domain/result';
import { bootApp, type TestApp } from '../helpers/app';
import { DEPARTMENT, OFFICER, count, department, findOne, government, type Row } from '../helpers/data';
import { expectRule, type ConsoleErrorBody, type StrapiErrorBody } from '../helpers/expect';
import { putRecord } from '../helpers/workflow';

const REPORT = 'api::annual-report.annual-report';
const RES = 'annual-reports';
// Two years back: its due date (31 March of the following year) has always passed.
const YEAR = new Date().getUTCFullYear() - 2;
const DUE = `${YEAR + 1}-03-31`;

let app: TestApp;
let countyMarket: string;
let leagueMarket: string;
let county: string;
let reportId: string;
let countyReportId: string;

const stored = (id = reportId): Promise<Row> => findOne(app.strapi, REPORT, { documentId: id });
const dateOf = (value: unknown): string | null => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null);
const post = async (username: string, path: string, body: Row = {}): Promise<Response> =>
  app.http().post(`/console-api/${RES}${path}`).set('Authorization', await app.bearer(username)).send(body);
const step = (username: string, id: string, action: string, opinion?: string) => post(username, `/${id}/transition`, opinion ? { action, opinion } : { action });
const view = async (username: string, id: string): Promise<Response> => app.http().get(`/console-api/${RES}/${id}/view`).set('Authorization', await app.bearer(username));

function expectForbidden(res: Response, field: string): void {
  const body = res.body as ConsoleErrorBody;
  expect({ status: res.status, code: body.code }).toEqual({ status: 403, code: 'REPORT_ROUTE' });
  expect(body.message).toContain(ARTICLE.REPORT_ROUTE);
  expect(Object.keys(body.errors)).toContain(field);
}

/** The year's records the figures are drawn from, made as the server itself. */
async function yearFixtures(): Promise<void> {
  const { strapi } = app;
  const officer = await findOne(strapi, OFFICER, { department: { documentId: countyMarket } });
  await strapi.documents('api::training-record.training-record').create({ data: { officer: String(officer.documentId), title: '行政处罚法专题培训', organiser: '锡林浩特市司法局', date: `${YEAR}-05-10`, hours: 8 } });
  await strapi.documents('api::training-record.training-record').create({ data: { officer: String(officer.documentId), title: '上一年度培训', date: `${YEAR - 1}-05-10`, hours: 100 } });
  const decided = `${YEAR}-06-01`;
  await strapi.documents('api::major-penalty-filing.major-penalty-filing').create({ data: {
    department: countyMarket, caseNumber: 'REPORT-F1', proposedDecision: '罚款', legalReviewer: '审核员', legalReviewOpinion: '同意', legalReviewAt: decided,
    discussionAt: decided, discussionParticipants: '班子成员', discussionDecision: '同意', decision: '罚款五万元', decidedAt: decided, filedAt: `${YEAR}-07-01`,
  } });
  const created = (await strapi.documents('api::accountability-case.accountability-case').create({ data: { subjectKind: 'department', department: countyMarket, finding: '未按期调整清单', measure: 'correction-order', deadline: `${YEAR}-09-01`, state: 'open' } })) as Row;
  await strapi.db.query('api::accountability-case.accountability-case' as UID.Schema).update({ where: { documentId: created.documentId }, data: { createdAt: new Date(`${YEAR}-08-01T00:00:00Z`) } });
  const assessment = (await strapi.documents('api::assessment.assessment').create({ data: { year: YEAR, kind: 'annual', method: 'internal', assessorGovernment: county, targetDepartment: countyMarket, state: 'draft' } })) as Row;
  // The nine scores are another rule's business (Art. 24); the figure reads the completed total.
  await strapi.db.query('api::assessment.assessment' as UID.Schema).update({ where: { documentId: assessment.documentId }, data: { state: 'completed', total: 90 } });
}

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  county = await government(app.strapi, '锡林浩特市');
  // Art. 7: the county market regulator's upper department is the league's.
  await app.strapi.db.query(DEPARTMENT as UID.Schema).update({ where: { documentId: countyMarket }, data: { upperDepartment: (await findOne(app.strapi, DEPARTMENT, { documentId: leagueMarket })).id } });
  await yearFixtures();
});
afterAll(async () => {
  await app?.close();
});

describe('第七条: a department\'s report', () => {
  test('第七条 REPORT_DUE: the county editor drafts its report (201); the due date is the server\'s, from config/deadlines.json', async () => {
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-dept-editor')).send({ year: YEAR, dueAt: '2099-12-31', state: 'draft' });
    expect(res.status).toBe(201);
    reportId = String(res.body.id);
    const row = await findOne(app.strapi, REPORT, { documentId: reportId }, { department: true, government: true });
    expect({ due: dateOf(row.dueAt), state: row.state, department: (row.department as Row).documentId, government: row.government }).toEqual({ due: DUE, state: 'draft', department: countyMarket, government: null });
  });

  test('第七条 REPORT_DUE: a second report of the same year → 400 on year; still one', async () => {
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-dept-head')).send({ year: YEAR });
    expectRule(res, 'REPORT_DUE', 'year');
    expect(await count(app.strapi, REPORT, { year: YEAR, department: { documentId: countyMarket } })).toBe(1);
  });

  test('第七条 REPORT_DUE: a report on a year not yet begun → 400 on year', async () => {
    expectRule(await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-dept-head')).send({ year: new Date().getUTCFullYear() + 1 }), 'REPORT_DUE', 'year');
  });

  test('第七条 REPORT_ROUTE: the county government cannot draft its department\'s report → 403; nothing stored', async () => {
    const before = await count(app.strapi, REPORT);
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-gov-admin')).send({ year: YEAR - 1, department: countyMarket });
    expectForbidden(res, 'department');
    expect(await count(app.strapi, REPORT)).toBe(before);
  });

  test('第七条: the editor drafts it from the system\'s figures of the year (training, penalties, cases, assessments)', async () => {
    const res = await post('county-dept-editor', `/${reportId}/draft`);
    expect(res.status).toBe(200);
    const { figures } = res.body as { figures: Row };
    const activePowers = await count(app.strapi, 'api::power.power', { department: { documentId: countyMarket }, status: { $in: ['valid', 'changed', 'undertaken'] } });
    expect(figures).toMatchObject({
      year: YEAR, reporter: '锡林浩特市市场监督管理局', scope: 'department', trainingSessions: 1, trainingHours: 8,
      majorPenalties: 1, majorPenaltiesFiledLate: 1, accountabilityCases: 1, assessments: 1, assessmentAverage: 90, activePowers,
    });
    const row = await stored();
    expect((row.figures as Row).trainingHours).toBe(8);
    expect(String(row.content)).toContain('一、行政执法责任制落实基本情况');
    expect(String(row.content)).toContain('8学时');
    expect(row.title).toBe(`锡林浩特市市场监督管理局关于${YEAR}年度行政执法责任制落实情况的报告`);
  });

  test('第七条: the figures are the server\'s: a client cannot overwrite them; the text is the reporter\'s to edit', async () => {
    const res = await putRecord(app, 'county-dept-editor', RES, REPORT, reportId, { figures: { trainingHours: 999 }, content: '一、基本情况\n本年度培训8学时。', documentNumber: `锡市监发〔${YEAR + 1}〕3号` });
    expect(res.status).toBe(200);
    const row = await stored();
    expect((row.figures as Row).trainingHours).toBe(8);
    expect(row.content).toBe('一、基本情况\n本年度培训8学时。');
  });

  test('第七条: only the reporter computes figures; another county does not see the report at all', async () => {
    expectForbidden(await post('county-gov-admin', `/${reportId}/draft`), 'figures');
    expect((await post('county2-dept-editor', `/${reportId}/draft`)).status).toBe(404);
    const list = await app.http().get(`/console-api/${RES}`).query({ range: '[0,99]' }).set('Authorization', await app.bearer('county2-gov-admin'));
    expect((list.body as Row[]).map((r) => r.id)).not.toContain(reportId);
  });

  test('第七条: its routing — the county government receives it, the upper department (the league\'s) reads it; overdue while unsent', async () => {
    const res = await view('county-dept-editor', reportId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'draft', dueAt: DUE, overdue: true, actions: ['submit'], editable: true });
    expect(res.body.receivers).toEqual([
      { kind: 'government', id: county, name: '锡林浩特市', accepts: true },
      { kind: 'department', id: leagueMarket, name: '锡林郭勒盟市场监督管理局', accepts: false },
    ]);
    const upper = await app.http().get(`/console-api/${RES}/${reportId}`).set('Authorization', await app.bearer('league-dept-head'));
    expect(upper.status).toBe(200);
    expectForbidden(await putRecord(app, 'league-dept-head', RES, REPORT, reportId, { content: '上级部门改写' }), 'content');
    expect((await stored()).content).toBe('一、基本情况\n本年度培训8学时。');
  });

  test('第七条 REPORT_DUE: the editor submits after the due date (200): stored submitted, submittedLate, one history entry', async () => {
    const res = await step('county-dept-editor', reportId, 'submit');
    expect(res.status).toBe(200);
    const row = await stored();
    expect({ state: row.state, late: row.submittedLate, history: (row.history as Row[]).map((h) => [h.from, h.to, h.by]) }).toEqual({ state: 'submitted', late: true, history: [['draft', 'submitted', 'county-dept-editor']] });
    expect(row.submittedAt).not.toBeNull();
    expect(res.body).toMatchObject({ overdue: false, submittedLate: true, actions: [] });
  });

  test('第七条 REPORT_DUE: a submitted report cannot be edited → 400; unchanged', async () => {
    expectRule(await putRecord(app, 'county-dept-editor', RES, REPORT, reportId, { content: '报送后修改' }), 'REPORT_DUE', 'content');
    expect((await stored()).content).toBe('一、基本情况\n本年度培训8学时。');
  });

  test('第七条 REPORT_ROUTE: the league government is not its receiver → 403; the department cannot accept its own (/api writes are closed: 405)', async () => {
    expectForbidden(await step('league-gov-admin', reportId, 'accept'), 'state');
    const api = await app.http().put(`/api/annual-reports/${reportId}`).set('Authorization', await app.bearer('county-dept-head')).send({ data: { state: 'accepted' } });
    const body = api.body as StrapiErrorBody;
    expect({ status: api.status, code: body.error?.details?.code }).toEqual({ status: 405, code: 'API_WRITE_CLOSED' });
    expect((await stored()).state).toBe('submitted');
  });

  test('第七条 REPORT_DUE: the county government returns it only with an opinion; the editor resubmits; the government accepts', async () => {
    expectRule(await step('county-gov-admin', reportId, 'return'), 'REPORT_DUE', 'reviewOpinion');
    expect((await stored()).state).toBe('submitted');
    expect((await step('county-gov-admin', reportId, 'return', '请补充执法人员培训的具体情况')).status).toBe(200);
    expect(await stored()).toMatchObject({ state: 'returned', reviewOpinion: '请补充执法人员培训的具体情况' });
    expect((await putRecord(app, 'county-dept-editor', RES, REPORT, reportId, { content: '一、基本情况\n本年度组织培训1人次、8学时。' })).status).toBe(200);
    expect((await step('county-dept-editor', reportId, 'submit')).status).toBe(200);
    const accepted = await step('county-gov-admin', reportId, 'accept');
    expect(accepted.status).toBe(200);
    const row = await stored();
    expect(row.state).toBe('accepted');
    expect(row.acceptedAt).not.toBeNull();
    expect((row.history as Row[]).map((h) => h.to)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
  });

  test('第七条: a step already taken is a 409 WRONG_STATE', async () => {
    const res = await step('county-gov-admin', reportId, 'accept');
    expect({ status: res.status, code: (res.body as ConsoleErrorBody).code }).toEqual({ status: 409, code: 'WRONG_STATE' });
  });
});

describe('第七条: a government\'s report and the roll-up', () => {
  test('第七条: the county government drafts its own report (its government by default) with its area\'s figures', async () => {
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-gov-admin')).send({ year: YEAR });
    expect(res.status).toBe(201);
    countyReportId = String(res.body.id);
    const row = await findOne(app.strapi, REPORT, { documentId: countyReportId }, { government: true });
    expect((row.government as Row).documentId).toBe(county);
    const drafted = await post('county-gov-admin', `/${countyReportId}/draft`);
    expect(drafted.status).toBe(200);
    expect(drafted.body.figures).toMatchObject({ scope: 'government', reporter: '锡林浩特市', trainingHours: 8 });
  });

  test('第七条: its roll-up lists its departments with their reports and sums the delivered ones', async () => {
    const res = await view('county-gov-admin', countyReportId);
    expect(res.status).toBe(200);
    const rollup = res.body.rollup as { entries: Row[]; totals: Row; reported: number };
    const market = rollup.entries.find((e) => e.id === countyMarket);
    expect(market).toMatchObject({ kind: 'department', name: '锡林浩特市市场监督管理局', report: { id: reportId, state: 'accepted', submittedLate: true } });
    const transport = rollup.entries.find((e) => e.name === '锡林浩特市交通运输局');
    expect(transport?.report).toBeNull();
    expect(rollup.reported).toBe(1);
    expect(rollup.totals).toMatchObject({ trainingHours: 8, majorPenalties: 1 });
    expect(res.body.receivers).toEqual([expect.objectContaining({ kind: 'government', name: '锡林郭勒盟', accepts: true })]);
  });

  test('第七条 REPORT_ROUTE: the county cannot accept its own report; the league government does (200)', async () => {
    expect((await step('county-gov-admin', countyReportId, 'submit')).status).toBe(200);
    expectForbidden(await step('county-gov-admin', countyReportId, 'accept'), 'state');
    expect((await step('league-gov-admin', countyReportId, 'accept')).status).toBe(200);
    expect((await stored(countyReportId)).state).toBe('accepted');
  });

  test('第七条: the league viewer sees both reports; 二连浩特市\'s administrator sees neither', async () => {
    const league = await app.http().get(`/console-api/${RES}`).query({ range: '[0,99]' }).set('Authorization', await app.bearer('league-viewer'));
    expect((league.body as Row[]).map((r) => r.id)).toEqual(expect.arrayContaining([reportId, countyReportId]));
    const other = await app.http().get(`/console-api/${RES}`).query({ range: '[0,99]' }).set('Authorization', await app.bearer('county2-gov-admin'));
    expect((other.body as Row[]).map((r) => r.id)).not.toEqual(expect.arrayContaining([reportId]));
    expect((other.body as Row[]).map((r) => r.id)).not.toContain(countyReportId);
    expect((await view('county2-gov-admin', countyReportId)).status).toBe(404);
  });
});

describe('第七条: the report as offices file it (.docx)', () => {
  test('第七条: export.docx unzips to a Word document with the number, title, receivers, text and the figures table', async () => {
    const res = await app.http().get(`/console-api/${RES}/${reportId}/export.docx`).set('Authorization', await app.bearer('county-gov-admin'))
      .buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
    const xml = await zip.file('word/document.xml')?.async('string');
    const text = String(xml).replace(/<[^>]+>/g, '');
    expect(text).toContain(`锡市监发〔${YEAR + 1}〕3号`);
    expect(text).toContain(`锡林浩特市市场监督管理局关于${YEAR}年度行政执法责任制落实情况的报告`);
    expect(text).toContain('锡林浩特市、锡林郭勒盟市场监督管理局：');
    expect(text).toContain('本年度组织培训1人次、8学时。');
    expect(text).toContain('培训学时8 学时');
    expect(text).toContain('重大行政处罚决定1 件');
    expect(text).toContain('其中逾期备案1 件');
  });

  test('第七条: another county cannot export it (404)', async () => {
    const res = await app.http().get(`/console-api/${RES}/${reportId}/export.docx`).set('Authorization', await app.bearer('county2-gov-admin'));
    expect(res.status).toBe(404);
  });

  test('第七条 REPORT_DUE: the dashboard flags the late submission', async () => {
    const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-dept-editor'));
    const late = (res.body.overdue as Row[]).find((f) => f.key === 'annualReportsSubmittedLate');
    expect(late).toMatchObject({ count: 1, resource: RES, filter: { submittedLate: true } });
  });
});
