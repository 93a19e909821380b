// 第十六条 MAJOR_PENALTY and 第二十一条 PII_PROTECTED on major-penalty filings: the decision only
// after the legal review and the collective discussion, the deadline and lateness computed by the
// server, receipt by the justice department of the deciding department's own government; the
// counterpart's name and ID number masked everywhere but the single (logged) read of the filing.
import { ARTICLE } from '../../cms/src/domain/result';
import { bootApp, type TestApp } from '../helpers/app';
import { AUDIT, auditCount, department, findOne, type Row } from '../helpers/data';
import { expectRule, totalOf, type ConsoleErrorBody, type StrapiErrorBody } from '../helpers/expect';
import { putRecord } from '../helpers/workflow';

const FILING = 'api::major-penalty-filing.major-penalty-filing';
const RES = 'major-penalty-filings';
const NAME = '内蒙古某某食品有限公司张三丰';
const ID_NUMBER = '152502199001011234';

let app: TestApp;
let countyMarket: string;
let filingId: string;

const stored = (id = filingId): Promise<Row> => findOne(app.strapi, FILING, { documentId: id });
const dateOf = (value: unknown): string | null => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null);
const put = (username: string, body: Row, id = filingId) => putRecord(app, username, RES, FILING, id, body);

const REVIEW = { legalReviewer: '法制审核岗 王审核', legalReviewOpinion: '事实清楚，证据确凿，程序合法，同意', legalReviewAt: '2026-03-01' };
const DISCUSSION = { discussionAt: '2026-03-03', discussionParticipants: '局长、分管副局长、法制科长、执法稽查大队长', discussionDecision: '同意罚款五万元' };

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

describe('第十六条 MAJOR_PENALTY: legal review and collective discussion before the decision', () => {
  test('第十六条: the county editor opens a case (201) for its department; no deadline before a decision, whatever the client sends', async () => {
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-dept-editor')).send({
      caseNumber: '锡市监罚〔2026〕12号', counterpartName: NAME, counterpartIdNumber: ID_NUMBER, proposedDecision: '拟罚款五万元', filingDeadline: '2099-01-01', filedLate: true,
    });
    expect(res.status).toBe(201);
    filingId = String(res.body.id);
    const row = await findOne(app.strapi, FILING, { documentId: filingId }, { department: true });
    expect((row.department as Row).documentId).toBe(countyMarket);
    expect({ deadline: row.filingDeadline, late: row.filedLate, name: row.counterpartName }).toEqual({ deadline: null, late: false, name: NAME });
  });

  test('第十六条: a decision without the legal review → 400 MAJOR_PENALTY on legalReviewer; nothing stored', async () => {
    const res = await put('county-dept-head', { decision: '罚款五万元', decidedAt: '2026-03-05' });
    expectRule(res, 'MAJOR_PENALTY', 'legalReviewer');
    const row = await stored();
    expect({ decision: row.decision, decidedAt: row.decidedAt }).toEqual({ decision: null, decidedAt: null });
  });

  test('第十六条: after the legal review only, a decision → 400 MAJOR_PENALTY on discussionAt; the review is kept, the decision is not', async () => {
    expect((await put('county-dept-editor', REVIEW)).status).toBe(200);
    const res = await put('county-dept-head', { decision: '罚款五万元', decidedAt: '2026-03-05' });
    expectRule(res, 'MAJOR_PENALTY', 'discussionAt');
    const row = await stored();
    expect({ reviewer: row.legalReviewer, decision: row.decision }).toEqual({ reviewer: REVIEW.legalReviewer, decision: null });
  });

  test('第十六条: a discussion dated before the legal review → 400 on discussionAt', async () => {
    expectRule(await put('county-dept-head', { ...DISCUSSION, discussionAt: '2026-02-27' }), 'MAJOR_PENALTY', 'discussionAt');
    expect((await stored()).discussionAt).toBeNull();
  });

  test('第十六条: a decision dated before the collective discussion → 400 on decidedAt', async () => {
    expect((await put('county-dept-head', DISCUSSION)).status).toBe(200);
    expectRule(await put('county-dept-head', { decision: '罚款五万元', decidedAt: '2026-03-02' }), 'MAJOR_PENALTY', 'decidedAt');
    expect((await stored()).decidedAt).toBeNull();
  });

  test('第十六条: after both, the decision is recorded (200) and the server sets the deadline 15 days on (config/deadlines.json)', async () => {
    const res = await put('county-dept-head', { decision: '罚款五万元', decidedAt: '2026-03-05', filingDeadline: '2099-12-31' });
    expect(res.status).toBe(200);
    const row = await stored();
    expect({ decision: row.decision, decidedAt: dateOf(row.decidedAt), deadline: dateOf(row.filingDeadline) }).toEqual({ decision: '罚款五万元', decidedAt: '2026-03-05', deadline: '2026-03-20' });
    expect(res.body.filingDeadline).toBe('2026-03-20');
  });

  test('第十六条: filing dated before the decision → 400 on filedAt', async () => {
    expectRule(await put('county-dept-editor', { filedAt: '2026-03-04' }), 'MAJOR_PENALTY', 'filedAt');
    expect((await stored()).filedAt).toBeNull();
  });

  test('第十六条: the department cannot record the justice department\'s receipt itself → 400 on receivedAt', async () => {
    expectRule(await put('county-dept-head', { receivedAt: '2026-03-06' }), 'MAJOR_PENALTY', 'receivedAt');
    expect((await stored()).receivedAt).toBeNull();
  });

  test('第十六条: the justice department cannot record receipt before the department files → 400', async () => {
    const res = await app.http().post(`/console-api/${RES}/${filingId}/receipt`).set('Authorization', await app.bearer('county-justice-reviewer')).send({});
    expectRule(res, 'MAJOR_PENALTY', 'receivedAt');
  });

  test('第十六条: filed after the deadline → 200 and flagged filedLate by the server', async () => {
    expect((await put('county-dept-editor', { filedAt: '2026-03-25' })).status).toBe(200);
    const row = await stored();
    expect({ filedAt: dateOf(row.filedAt), late: row.filedLate }).toEqual({ filedAt: '2026-03-25', late: true });
  });

  test('第十六条: once filed, the case cannot be rewritten → 400 MAJOR_PENALTY on the field; unchanged', async () => {
    expectRule(await put('county-dept-head', { decision: '罚款一万元' }), 'MAJOR_PENALTY', 'decision');
    expect((await stored()).decision).toBe('罚款五万元');
  });

  test('第十六条、第五条: another county\'s justice reviewer does not see it (404); the league\'s sees it but may not receive it (400)', async () => {
    const other = await app.http().post(`/console-api/${RES}/${filingId}/receipt`).set('Authorization', await app.bearer('county2-justice-reviewer')).send({});
    expect({ status: other.status, code: (other.body as ConsoleErrorBody).code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const league = await app.http().post(`/console-api/${RES}/${filingId}/receipt`).set('Authorization', await app.bearer('league-justice-reviewer')).send({});
    expectRule(league, 'MAJOR_PENALTY', 'receivedAt');
    expect((await stored()).receivedAt).toBeNull();
  });

  test('第十六条、第五条: the county\'s justice reviewer records receipt (200); the server names who received it', async () => {
    const res = await app.http().post(`/console-api/${RES}/${filingId}/receipt`).set('Authorization', await app.bearer('county-justice-reviewer')).send({ receivedAt: '2026-03-26' });
    expect(res.status).toBe(200);
    const row = await stored();
    expect(dateOf(row.receivedAt)).toBe('2026-03-26');
    expect(String(row.receivedBy)).toContain('county-justice-reviewer');
    expect(String(row.receivedBy)).toContain('锡林浩特市司法局');
  });

  test('第十六条 through Strapi\'s /api: closed for writes (405 API_WRITE_CLOSED), nothing created', async () => {
    const created = await app.http().post('/api/major-penalty-filings').set('Authorization', await app.bearer('county-dept-editor'))
      .send({ data: { caseNumber: 'API-1', proposedDecision: '拟罚款', department: countyMarket, decision: '罚款', decidedAt: '2026-03-05' } });
    const body = created.body as StrapiErrorBody;
    expect({ status: created.status, code: body.error?.details?.code }).toEqual({ status: 405, code: 'API_WRITE_CLOSED' });
    expect(await app.strapi.db.query(FILING).count({ where: { caseNumber: 'API-1' } })).toBe(0);
  });

  test('第十六条 scope: 二连浩特市\'s editor neither lists nor reads it', async () => {
    const auth = await app.bearer('county2-dept-editor');
    const list = await app.http().get(`/console-api/${RES}`).query({ range: '[0,99]' }).set('Authorization', auth);
    expect(list.status).toBe(200);
    expect((list.body as Row[]).map((r) => r.id)).not.toContain(filingId);
    expect((await app.http().get(`/console-api/${RES}/${filingId}`).set('Authorization', auth)).status).toBe(404);
  });
});

describe('第二十一条 PII_PROTECTED: the counterpart of a major penalty', () => {
  const leaks = (value: unknown): boolean => {
    const text = JSON.stringify(value);
    return text.includes(ID_NUMBER) || text.includes(NAME) || text.includes('张三丰') || text.includes('19900101');
  };

  test('第二十一条: the console list masks name and ID number', async () => {
    const res = await app.http().get(`/console-api/${RES}`).query({ range: '[0,99]' }).set('Authorization', await app.bearer('county-dept-head'));
    expect(res.status).toBe(200);
    const row = (res.body as Row[]).find((r) => r.id === filingId);
    expect(row?.counterpartIdNumber).toBe('1525**********1234');
    // A name keeps its first character only: its end would be the person's given name.
    expect(row?.counterpartName).toBe(`内${'*'.repeat([...NAME].length - 1)}`);
    expect(leaks(res.body)).toBe(false);
  });

  test('第二十一条: getMany (filter by id, as the console\'s references and exports read) masks them', async () => {
    const res = await app.http().get(`/console-api/${RES}`).query({ filter: JSON.stringify({ id: [filingId] }) }).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(res.status).toBe(200);
    expect(totalOf(res.headers['content-range'])).toBe(1);
    expect(leaks(res.body)).toBe(false);
  });

  test('第二十一条: the counterpart cannot be searched, filtered or sorted on', async () => {
    const auth = await app.bearer('county-dept-head');
    const q = await app.http().get(`/console-api/${RES}`).query({ filter: JSON.stringify({ q: '张三丰' }) }).set('Authorization', auth);
    expect(q.status).toBe(200);
    expect(q.body).toEqual([]);
    const filtered = await app.http().get(`/console-api/${RES}`).query({ filter: JSON.stringify({ counterpartIdNumber: ID_NUMBER }) }).set('Authorization', auth);
    expect((filtered.body as ConsoleErrorBody).code).toBe('INVALID_FILTER');
    const sorted = await app.http().get(`/console-api/${RES}`).query({ sort: '["counterpartName","ASC"]' }).set('Authorization', auth);
    expect((sorted.body as ConsoleErrorBody).code).toBe('INVALID_SORT');
  });

  test('第二十一条: the single read of the filing shows them, and the read is logged', async () => {
    const where = { action: 'read-personal-info', resource: FILING, recordId: filingId, actor: 'county-justice-reviewer' };
    const before = await auditCount(app.strapi, where);
    const res = await app.http().get(`/console-api/${RES}/${filingId}`).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(res.status).toBe(200);
    expect({ name: res.body.counterpartName, id: res.body.counterpartIdNumber }).toEqual({ name: NAME, id: ID_NUMBER });
    expect(await auditCount(app.strapi, where)).toBe(before + 1);
  });

  test('第二十一条: the audit trail records the change masked, in the table and in the audit-log list', async () => {
    const rows = (await app.strapi.db.query(AUDIT).findMany({ where: { resource: FILING, recordId: filingId } })) as Row[];
    const created = rows.find((r) => r.action === 'create');
    expect(created).toBeDefined();
    const changes = created?.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.counterpartIdNumber.after).toBe('1525**********1234');
    expect(leaks(rows)).toBe(false);
    const list = await app.http().get('/console-api/audit-logs').query({ filter: JSON.stringify({ recordId: filingId }), range: '[0,99]' }).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(list.status).toBe(200);
    expect((list.body as Row[]).length).toBeGreaterThan(0);
    expect(leaks(list.body)).toBe(false);
  });

  test('第二十一条: an officer\'s new ID number is recorded masked in the audit trail too', async () => {
    const officer = await findOne(app.strapi, 'api::officer.officer', { department: { documentId: countyMarket } });
    const id = String(officer.documentId);
    const res = await putRecord(app, 'county-dept-editor', 'officers', 'api::officer.officer', id, { idNumber: '15250219851212003X' });
    expect(res.status).toBe(200);
    const [row] = (await app.strapi.db.query(AUDIT).findMany({ where: { resource: 'api::officer.officer', recordId: id, action: 'update' }, orderBy: { id: 'desc' }, limit: 1 })) as Row[];
    const changes = row.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.idNumber).toEqual({ before: String(officer.idNumber).slice(0, 4) + '*'.repeat(10) + String(officer.idNumber).slice(-4), after: '1525**********003X' });
    expect(JSON.stringify(row)).not.toContain('15250219851212003X');
  });

  test('第二十一条: Strapi\'s /api routes never return them; without sign-in they are closed', async () => {
    const auth = await app.bearer('county-dept-head');
    const list = await app.http().get('/api/major-penalty-filings').set('Authorization', auth);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('锡市监罚〔2026〕12号');
    expect(leaks(list.body)).toBe(false);
    const one = await app.http().get(`/api/major-penalty-filings/${filingId}`).set('Authorization', auth);
    expect(one.status).toBe(200);
    expect(leaks(one.body)).toBe(false);
    const anonymous = await app.http().get('/api/major-penalty-filings');
    expect([401, 403]).toContain(anonymous.status);
    expect(leaks(anonymous.body)).toBe(false);
  });

  test('第二十一条: the dashboard and the public API carry none of it', async () => {
    const dashboard = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-dept-head'));
    expect(dashboard.status).toBe(200);
    expect(leaks(dashboard.body)).toBe(false);
    const governments = await app.http().get('/api/public/governments');
    expect(governments.status).toBe(200);
    expect(leaks(governments.body)).toBe(false);
  });
});
