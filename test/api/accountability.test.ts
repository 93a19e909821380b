// 第二十七条至第二十九条: accountability cases through the console API — who may open a case against
// whom, what each measure must carry, correction, exemption, and the ESCALATION job, which escalates
// an overdue correction order exactly once even with two server instances running it at once.
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { count, department, findOne, government, iso, OFFICER, type Row } from '../helpers/data';
import { expectRule, type ConsoleErrorBody, type StrapiErrorBody } from '../helpers/expect';
import { startSecondInstance } from '../helpers/instance';
import { BOOT } from '../helpers/paths';

const { escalationJob } = require(BOOT) as typeof import('../../cms/src/server/boot');

const CASE = 'api::accountability-case.accountability-case';
const COUNTY_MARKET = '锡林浩特市市场监督管理局';
const today = (): string => new Date().toISOString().slice(0, 10);
const day = (offset: number): string => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

let app: TestApp;
let market: string;
let countyGov: string;
let officer: string;

interface CaseRecord { id: string; state: string; measure: string; supervisingGovernment: string | null; department: string | null; history: { action: string; actor: string; from: string | null; to: string }[] | null; updatedAt: string }

const post = async (username: string, body: Row): Promise<Response> =>
  app.http().post('/console-api/accountability-cases').set('Authorization', await app.bearer(username)).send(body);
const put = async (username: string, id: string, body: Row): Promise<Response> => {
  const row = await findOne(app.strapi, CASE, { documentId: id });
  return app.http().put(`/console-api/accountability-cases/${id}`).set('Authorization', await app.bearer(username)).send({ ...body, updatedAt: iso(row.updatedAt) });
};
const stored = (id: string): Promise<Row> => findOne(app.strapi, CASE, { documentId: id }, { escalatedFrom: true });
const order = (extra: Row = {}): Row => ({ subjectKind: 'department', department: market, finding: '未按规定公示权责清单', measure: 'correction-order', deadline: day(10), ...extra });

async function openOrder(extra: Row = {}): Promise<string> {
  const res = await post('county-gov-admin', order(extra));
  expect(res.status).toBe(201);
  return (res.body as CaseRecord).id;
}

beforeAll(async () => {
  app = await bootApp();
  market = await department(app.strapi, COUNTY_MARKET);
  countyGov = await government(app.strapi, '锡林浩特市');
  officer = String((await findOne(app.strapi, OFFICER, { department: { documentId: market } })).documentId);
});
afterAll(async () => {
  await app?.close();
});

describe('第二十七条、第二十八条 ACCOUNTABILITY_AUTHORITY and MEASURE_REQUIREMENTS: opening a case', () => {
  test('第二十七条: the county government orders its department to correct (201): supervisor filled in, the opening on the timeline', async () => {
    const res = await post('county-gov-admin', order());
    expect(res.status).toBe(201);
    const body = res.body as CaseRecord;
    expect(body).toMatchObject({ state: 'open', measure: 'correction-order', supervisingGovernment: countyGov, department: market });
    expect(body.history).toEqual([expect.objectContaining({ action: 'open', from: null, to: 'open', actor: 'county-gov-admin' })]);
  });

  test('第二十七条 MEASURE_REQUIREMENTS: a correction order without deadline → 400, nothing stored', async () => {
    const before = await count(app.strapi, CASE);
    expectRule(await post('county-gov-admin', order({ deadline: null })), 'MEASURE_REQUIREMENTS', 'deadline');
    expect(await count(app.strapi, CASE)).toBe(before);
  });

  test('第二十七条 ACCOUNTABILITY_AUTHORITY: the department cannot open a case against itself → 400, nothing stored', async () => {
    const before = await count(app.strapi, CASE);
    expectRule(await post('county-dept-head', order({ supervisingGovernment: countyGov })), 'ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment');
    expect(await count(app.strapi, CASE)).toBe(before);
  });

  test('第二十八条: the department deals with its officer (201, the case on the officer\'s department); a sanction needs its basis', async () => {
    const handled = await post('county-dept-head', { subjectKind: 'officer', officer, finding: '执法文书不规范', measure: 'handling' });
    expect(handled.status).toBe(201);
    expect((handled.body as CaseRecord).department).toBe(market);
    const before = await count(app.strapi, CASE);
    expectRule(await post('county-dept-head', { subjectKind: 'officer', officer, finding: '违法实施检查', measure: 'sanction' }), 'MEASURE_REQUIREMENTS', 'basis');
    expect(await count(app.strapi, CASE)).toBe(before);
    const sanction = await post('county-dept-head', { subjectKind: 'officer', officer, finding: '违法实施检查', measure: 'sanction', basis: '《中华人民共和国公职人员政务处分法》第三十九条' });
    expect(sanction.status).toBe(201);
  });

  test('第二十八条 ACCOUNTABILITY_AUTHORITY: a criminal referral of the officer by the league government names the league as supervisor', async () => {
    const res = await post('league-gov-admin', { subjectKind: 'officer', officer, finding: '收受财物', measure: 'criminal-referral', basis: '《中华人民共和国刑法》第三百八十五条' });
    expect(res.status).toBe(201);
    expect((res.body as CaseRecord).supervisingGovernment).toBe(await government(app.strapi, '锡林郭勒盟'));
  });

  test('scope: another county neither opens a case against this department nor sees one', async () => {
    const id = await openOrder();
    const refused = await post('county2-gov-admin', order());
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const one = await app.http().get(`/console-api/accountability-cases/${id}`).set('Authorization', await app.bearer('county2-gov-admin'));
    expect(one.status).toBe(404);
    const list = await app.http().get('/console-api/accountability-cases').set('Authorization', await app.bearer('county2-viewer'));
    expect(list.status).toBe(200);
    expect((list.body as CaseRecord[]).map((c) => c.id)).not.toContain(id);
    const league = await app.http().get(`/console-api/accountability-cases/${id}`).set('Authorization', await app.bearer('league-viewer'));
    expect(league.status).toBe(200);
  });
});

describe('第二十七条 CASE_TRANSITION: correction, closing, and what staff may not do', () => {
  test('第二十七条: the supervisor records the correction by the deadline (200), on the timeline', async () => {
    const id = await openOrder();
    const res = await put('county-gov-admin', id, { state: 'corrected', correctedAt: today() });
    expect(res.status).toBe(200);
    const row = await stored(id);
    expect(row.state).toBe('corrected');
    expect((row.history as CaseRecord['history'])?.map((h) => h.action)).toEqual(['open', 'correct']);
  });

  test('第二十七条: the department cannot record its own correction → 400, still open', async () => {
    const id = await openOrder();
    expectRule(await put('county-dept-head', id, { state: 'corrected', correctedAt: today() }), 'ACCOUNTABILITY_AUTHORITY', 'supervisingGovernment');
    expect((await stored(id)).state).toBe('open');
  });

  test('第二十七条: a correction dated after the deadline is 逾期不改正 → 400, still open', async () => {
    const id = await openOrder({ deadline: day(-2) });
    expectRule(await put('county-gov-admin', id, { state: 'corrected', correctedAt: today() }), 'CASE_TRANSITION', 'correctedAt');
    expect((await stored(id)).state).toBe('open');
  });

  test('第二十七条: staff cannot escalate by hand, nor close an uncorrected order → 400', async () => {
    const id = await openOrder();
    expectRule(await put('county-gov-admin', id, { state: 'escalated' }), 'CASE_TRANSITION', 'state');
    expectRule(await put('county-gov-admin', id, { state: 'closed' }), 'CASE_TRANSITION', 'state');
    expect((await stored(id)).state).toBe('open');
  });

  test('第二十七条: the timeline is the server\'s: a history sent by the client is ignored', async () => {
    const id = await openOrder();
    const res = await put('county-gov-admin', id, { finding: '补充事实', history: [{ action: 'forged' }] });
    expect(res.status).toBe(200);
    expect(((await stored(id)).history as CaseRecord['history'])?.map((h) => h.action)).toEqual(['open']);
  });

  test('第二十七条: a corrected case keeps what it recorded → 400', async () => {
    const id = await openOrder();
    expect((await put('county-gov-admin', id, { state: 'corrected', correctedAt: today() })).status).toBe(200);
    expectRule(await put('county-gov-admin', id, { finding: '改写' }), 'CASE_TRANSITION', 'finding');
    expect((await stored(id)).finding).toBe('未按规定公示权责清单');
  });

  test('第二十七条: nobody deletes a case: no permission on the console (403), and the Strapi administrator is refused (400)', async () => {
    const id = await openOrder();
    const res = await app.http().delete(`/console-api/accountability-cases/${id}`).set('Authorization', await app.bearer('county-gov-admin'));
    expect(res.status).toBe(403);
    const admin = await app.http().delete(`/content-manager/collection-types/${CASE}/${id}`).set('Authorization', await app.adminBearer());
    expect({ status: admin.status, code: (admin.body as StrapiErrorBody).error?.details?.code }).toEqual({ status: 400, code: 'CASE_TRANSITION' });
    expect(await count(app.strapi, CASE, { documentId: id })).toBe(1);
  });
});

describe('第二十九条 EXEMPTION_DECISION: due-diligence exemption', () => {
  const checklist = [
    { key: 'lawful-basis', met: true }, { key: 'lawful-procedure', met: true }, { key: 'no-intent', met: true },
    { key: 'objective-limits', met: true, note: '企业隐瞒真实情况' }, { key: 'remedied', met: false },
  ];

  test('第二十九条: the criteria come from config/accountability.json', async () => {
    const res = await app.http().get('/console-api/accountability/criteria').set('Authorization', await app.bearer('county-gov-admin'));
    expect(res.status).toBe(200);
    expect((res.body as { criteria: { key: string }[] }).criteria.map((c) => c.key)).toEqual(checklist.map((c) => c.key));
  });

  test('第二十九条: exempting without a complete checklist → 400; without reasons → 400; with both → 200', async () => {
    const id = await openOrder();
    expectRule(await put('county-gov-admin', id, { state: 'exempted', exemptionChecklist: checklist.slice(0, 2), exemptionDecision: '依法履职，符合免责条件，予以免责。' }), 'EXEMPTION_DECISION', 'exemptionChecklist');
    expectRule(await put('county-gov-admin', id, { state: 'exempted', exemptionChecklist: checklist, exemptionDecision: '免责' }), 'EXEMPTION_DECISION', 'exemptionDecision');
    expect((await stored(id)).state).toBe('open');
    const res = await put('county-gov-admin', id, { state: 'exempted', exemptionChecklist: checklist, exemptionDecision: '依法履职，问题系企业隐瞒所致，予以免责。' });
    expect(res.status).toBe(200);
    const row = await stored(id);
    expect(row.state).toBe('exempted');
    expect((row.history as CaseRecord['history'])?.at(-1)).toMatchObject({ action: 'exempt', to: 'exempted', actor: 'county-gov-admin' });
  });
});

describe('第二十七条 ESCALATION: an overdue correction order becomes a circulated criticism, once', () => {
  test('the job escalates an order past its deadline exactly once with two instances running it at the same moment', async () => {
    const id = await openOrder();
    const onTime = await openOrder({ deadline: day(30) });
    // The deadline passes: move it into the past (as time would), past the document service.
    await app.strapi.db.query(CASE).update({ where: { documentId: id }, data: { deadline: day(-1) } });
    const second = await startSecondInstance();
    try {
      const now = new Date();
      const [here, there] = (await Promise.all([escalationJob(app.strapi, now), second.run('escalationJob', now)])) as { ran: boolean; result?: { escalated: string[] } }[];
      const escalated = [here, there].flatMap((o) => (o.ran && o.result ? o.result.escalated : []));
      expect(escalated.filter((e) => e === id)).toEqual([id]);
      // Another run later (either instance) finds nothing left to do.
      expect(await second.run('escalationJob', now)).toEqual({ ran: true, result: { escalated: [], followUps: [], failed: [] } });
      expect(await escalationJob(app.strapi, now)).toEqual({ ran: true, result: { escalated: [], followUps: [], failed: [] } });
    } finally {
      await second.close();
    }
    const original = await stored(id);
    expect(original.state).toBe('escalated');
    expect((original.history as CaseRecord['history'])?.map((h) => [h.action, h.actor])).toEqual([['open', 'county-gov-admin'], ['escalate', 'system']]);
    const followUps = (await app.strapi.db.query(CASE).findMany({ where: { escalatedFrom: { documentId: id } }, populate: { department: true, supervisingGovernment: true } })) as Row[];
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ measure: 'circulated-criticism', state: 'open', subjectKind: 'department' });
    expect((followUps[0].department as Row).documentId).toBe(market);
    expect((followUps[0].supervisingGovernment as Row).documentId).toBe(countyGov);
    expect((await stored(onTime)).state).toBe('open');
  });

  test('the job skips while another instance holds its lock', async () => {
    const { Client } = await import('pg');
    const { JOB_LOCKS } = require(BOOT) as typeof import('../../cms/src/server/boot');
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [JOB_LOCKS.escalation]);
      expect(await escalationJob(app.strapi, new Date())).toEqual({ ran: false });
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
  });

  test('a correction recorded in time is never escalated, even once its deadline has passed', async () => {
    const id = await openOrder();
    expect((await put('county-gov-admin', id, { state: 'corrected', correctedAt: today() })).status).toBe(200);
    const later = new Date(Date.now() + 30 * 86400000);
    const outcome = await escalationJob(app.strapi, later);
    expect(outcome.ran && outcome.result.escalated).not.toContain(id);
    expect((await stored(id)).state).toBe('corrected');
  });

  test('the follow-up criticism is closed by its supervisor; the escalated order stays as it was', async () => {
    const followUp = (await app.strapi.db.query(CASE).findOne({ where: { escalatedFrom: { id: { $notNull: true } }, state: 'open' } })) as Row;
    const res = await put('county-gov-admin', String(followUp.documentId), { state: 'closed' });
    expect(res.status).toBe(200);
    expect((res.body as ConsoleErrorBody & CaseRecord).state).toBe('closed');
  });
});

describe('the dashboard: accountability figures in scope', () => {
  interface Fig { key: string; count: number; resource: string; filter: Record<string, unknown> }
  const figures = async (username: string): Promise<Record<string, Fig>> => {
    const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
    expect(res.status).toBe(200);
    return Object.fromEntries(((res.body as { accountability: Fig[] }).accountability).map((f) => [f.key, f]));
  };

  test('the county sees its escalated order and open criticisms, each linked to the list that shows them; another county sees none', async () => {
    const county = await figures('county-gov-admin');
    expect(county.ordersEscalated.count).toBeGreaterThanOrEqual(1);
    const auth = await app.bearer('county-gov-admin');
    for (const f of Object.values(county)) {
      const res = await app.http().get(`/console-api/${f.resource}`).query({ filter: JSON.stringify(f.filter), range: '[0,0]' }).set('Authorization', auth);
      expect({ key: f.key, total: Number(/\/(\d+)$/.exec(String(res.headers['content-range']))?.[1]) }).toEqual({ key: f.key, total: f.count });
    }
    const other = await figures('county2-gov-admin');
    expect(Object.values(other).map((f) => f.count)).toEqual([0, 0, 0, 0]);
  });
});
