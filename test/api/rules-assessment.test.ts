// Assessments through /console-api as 锡林郭勒盟's government administrator: 第二十三条 ASSESSOR_SCOPE
// (a government assesses its own departments and the next lower governments) and 第二十四条
// ASSESSMENT_COMPLETE (all nine items scored; total and grade computed on the server).
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { ASSESSMENT, auditCount, count, department, findOne, government, type Row } from '../helpers/data';
import { expectRule } from '../helpers/expect';

const ADMIN = 'league-gov-admin';

let app: TestApp;
let league: string;
let leagueMarket: string;
let county: string;
let countyMarket: string;

beforeAll(async () => {
  app = await bootApp();
  league = await government(app.strapi, '锡林郭勒盟');
  county = await government(app.strapi, '锡林浩特市');
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

const post = async (body: Row): Promise<Response> =>
  app.http().post('/console-api/assessments').set('Authorization', await app.bearer(ADMIN)).send(body);

/** Runs a create that must be refused, and proves nothing was stored or audited. */
async function refusedCreate(body: Row): Promise<Response> {
  const assessments = await count(app.strapi, ASSESSMENT);
  const audits = await auditCount(app.strapi);
  const res = await post(body);
  expect(await count(app.strapi, ASSESSMENT)).toBe(assessments);
  expect(await auditCount(app.strapi)).toBe(audits);
  return res;
}

const byLeague = (target: Row): Row => ({ year: 2025, kind: 'annual', method: 'internal', assessorGovernment: league, ...target });

/** Scores of config/assessment.json's nine items (weights 10,15,15,10,10,10,15,10,5); these sum to 88. */
const NINE = [9, 14, 13, 10, 8, 9, 12, 9, 4].map((score, index) => ({ item: index + 1, score, finding: `第${index + 1}项考核情况` }));

describe('第二十三条 ASSESSOR_SCOPE: a government assesses its own departments and the next lower governments', () => {
  test('第二十三条 ASSESSOR_SCOPE: 锡林郭勒盟 assesses its own 锡林郭勒盟市场监督管理局 (201)', async () => {
    const res = await post(byLeague({ targetDepartment: leagueMarket }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ assessorGovernment: league, targetDepartment: leagueMarket, state: 'draft' });
    expect(await auditCount(app.strapi, { action: 'create', resource: ASSESSMENT, recordId: String((res.body as { id: string }).id) })).toBe(1);
  });

  test('第二十三条 ASSESSOR_SCOPE: 锡林郭勒盟 assesses the next lower government 锡林浩特市 (201)', async () => {
    const res = await post(byLeague({ targetGovernment: county }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ assessorGovernment: league, targetGovernment: county });
  });

  test('第二十三条 ASSESSOR_SCOPE: 锡林郭勒盟 may not assess the county department 锡林浩特市市场监督管理局 → 400 on `targetDepartment`', async () => {
    const res = await refusedCreate(byLeague({ targetDepartment: countyMarket }));
    expectRule(res, 'ASSESSOR_SCOPE', 'targetDepartment');
    expect(await count(app.strapi, ASSESSMENT, { targetDepartment: { documentId: countyMarket } })).toBe(0);
  });

  test('第二十三条 ASSESSOR_SCOPE: an assessment needs exactly one target → 400', async () => {
    const res = await refusedCreate(byLeague({ targetDepartment: leagueMarket, targetGovernment: county }));
    expectRule(res, 'ASSESSOR_SCOPE', 'targetDepartment');
  });
});

describe('第二十四条 ASSESSMENT_COMPLETE: a completed assessment scores all nine items; the server computes the total', () => {
  test("第二十四条 ASSESSMENT_COMPLETE: 'completed' with only eight items → 400 on `scores`, nothing stored", async () => {
    const res = await refusedCreate(byLeague({ targetDepartment: leagueMarket, state: 'completed', scores: NINE.slice(0, 8) }));
    const body = expectRule(res, 'ASSESSMENT_COMPLETE', 'scores');
    expect(body.message).toContain('第9项');
  });

  test('第二十四条 ASSESSMENT_COMPLETE: a score above the item weight → 400 on `scores.8.score`', async () => {
    const scores = NINE.map((s) => (s.item === 9 ? { ...s, score: 6 } : s));
    const res = await refusedCreate(byLeague({ targetDepartment: leagueMarket, state: 'completed', scores }));
    expectRule(res, 'ASSESSMENT_COMPLETE', 'scores.8.score');
  });

  test('第二十四条 ASSESSMENT_COMPLETE: a draft may be scored in part (201)', async () => {
    const res = await post(byLeague({ targetDepartment: leagueMarket, state: 'draft', scores: NINE.slice(0, 3) }));
    expect(res.status).toBe(201);
  });

  test('第二十四条 ASSESSMENT_COMPLETE: with nine items the server stores its own total (88, not the 99 sent; over 100 is refused by the schema) and grade 良好', async () => {
    const res = await post(byLeague({ targetGovernment: county, state: 'completed', scores: NINE, total: 99, grade: '优秀' }));
    expect(res.status).toBe(201);
    const id = String((res.body as { id: string }).id);
    const stored = await findOne(app.strapi, ASSESSMENT, { documentId: id }, { scores: true });
    expect(Number(stored.total)).toBe(88);
    expect(stored.grade).toBe('良好');
    expect(stored.state).toBe('completed');
    expect((stored.scores as Row[]).length).toBe(9);
    expect(Number((res.body as { total: unknown }).total)).toBe(88);
    expect((res.body as { grade: unknown }).grade).toBe('良好');
  });

  test('第二十四条 ASSESSMENT_COMPLETE: a wrong total sent on update is recomputed as well', async () => {
    const created = await post(byLeague({ targetDepartment: leagueMarket, state: 'completed', scores: NINE }));
    expect(created.status).toBe(201);
    const id = String((created.body as { id: string }).id);
    const row = await findOne(app.strapi, ASSESSMENT, { documentId: id });
    const updatedAt = row.updatedAt instanceof Date ? row.updatedAt.toISOString() : String(row.updatedAt);
    const res = await app.http().put(`/console-api/assessments/${id}`).set('Authorization', await app.bearer(ADMIN)).send({ total: 12, grade: '不合格', updatedAt });
    expect(res.status).toBe(200);
    const stored = await findOne(app.strapi, ASSESSMENT, { documentId: id });
    expect({ total: Number(stored.total), grade: stored.grade }).toEqual({ total: 88, grade: '良好' });
  });
});
