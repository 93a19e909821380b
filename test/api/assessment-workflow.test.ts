// Assessments from plan to published result through /console-api (Art. 22–25): pre-scores of items
// 4–7 against figures worked out by hand, overrides with a written reason, the workflow by the
// assessor's own staff, the plan's constraints, and scope (another county sees nothing).
import { bootApp, type TestApp } from '../helpers/app';
import { ASSESSMENT, count, department, findOne, government, iso, type Row } from '../helpers/data';
import { expectRule } from '../helpers/expect';
import { runtimeInput } from '../../cms/src/store/document-input';
import { assessmentRow, buildPrescoreFixture, EXPECTED_PRESCORE, expectForbidden, saveItem, sheetItem, stepAssessment, type Sheet } from '../helpers/assessment';

const ADMIN = 'league-gov-admin';
const PLAN = 'api::assessment-plan.assessment-plan';

let app: TestApp;
let league: string;
let leagueMarket: string;
let fixture: string;
let plan: string;

const auth = (user: string) => app.bearer(user);
const create = async (user: string, resource: string, body: Row) => app.http().post(`/console-api/${resource}`).set('Authorization', await auth(user)).send(body);

beforeAll(async () => {
  app = await bootApp();
  league = await government(app.strapi, '锡林郭勒盟');
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  fixture = await buildPrescoreFixture(app.strapi, league, '锡林郭勒盟测试评议局');
  const res = await create(ADMIN, 'assessment-plans', { title: '锡林郭勒盟2025年度行政执法评议考核方案', year: 2025, government: league, kind: 'annual', periodStart: '2025-01-01', periodEnd: '2025-12-31', weightSelf: 10, weightMutual: 10, weightInternal: 60, weightExternal: 20, state: 'active' });
  expect(res.status).toBe(201);
  plan = String((res.body as { id: string }).id);
});
afterAll(async () => {
  await app?.close();
});

const newAssessment = async (target: Row, extra: Row = {}): Promise<string> => {
  const res = await create(ADMIN, 'assessments', { year: 2025, kind: 'annual', method: 'internal', assessorGovernment: league, plan, ...target, ...extra });
  expect(res.status).toBe(201);
  return String((res.body as { id: string }).id);
};

describe('第二十五条 ASSESSMENT_PLAN: plans and the assessments made under them', () => {
  test('第二十五条: weights that do not add up to 100 → 400, no plan stored', async () => {
    const before = await count(app.strapi, PLAN);
    const res = await create(ADMIN, 'assessment-plans', { title: '错误方案', year: 2025, government: league, periodStart: '2025-01-01', periodEnd: '2025-12-31', weightSelf: 10, weightMutual: 10, weightInternal: 60, weightExternal: 10 });
    expectRule(res, 'ASSESSMENT_PLAN', 'weightInternal');
    expect(await count(app.strapi, PLAN)).toBe(before);
  });

  test('第二十五条: an assessment of another year than its plan → 400 on `year`', async () => {
    const before = await count(app.strapi, ASSESSMENT);
    const res = await create(ADMIN, 'assessments', { year: 2024, kind: 'annual', method: 'internal', assessorGovernment: league, targetDepartment: leagueMarket, plan });
    expectRule(res, 'ASSESSMENT_PLAN', 'year');
    expect(await count(app.strapi, ASSESSMENT)).toBe(before);
  });

  test('第二十三条: a county administrator cannot write the league’s plan (scope) and does not see its assessments', async () => {
    const res = await app.http().put(`/console-api/assessment-plans/${plan}`).set('Authorization', await auth('county2-gov-admin')).send({ title: '改', updatedAt: iso((await findOne(app.strapi, PLAN, { documentId: plan })).updatedAt) });
    expect(res.status).toBe(404);
    const id = await newAssessment({ targetDepartment: leagueMarket });
    expect((await app.http().get(`/console-api/assessments/${id}`).set('Authorization', await auth('county2-gov-admin'))).status).toBe(404);
    expect((await app.http().get(`/console-api/assessments/${id}/sheet`).set('Authorization', await auth('county2-gov-admin'))).status).toBe(404);
    const list = await app.http().get('/console-api/assessments').set('Authorization', await auth('county2-gov-admin'));
    expect((list.body as { id: string }[]).map((a) => a.id)).not.toContain(id);
  });
});

describe('第二十四条 pre-scoring of items 4–7 from the system’s data', () => {
  let id: string;
  beforeAll(async () => {
    id = await newAssessment({ targetDepartment: fixture });
  });

  test('第二十四条: the pre-scores equal the hand-computed ones, with the figures behind them', async () => {
    const res = await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await auth(ADMIN));
    expect(res.status).toBe(200);
    for (const [item, expected] of Object.entries(EXPECTED_PRESCORE)) {
      expect({ item: Number(item), autoScore: sheetItem(res, Number(item)).autoScore, score: sheetItem(res, Number(item)).score }).toEqual({ item: Number(item), autoScore: expected, score: expected });
    }
    expect(sheetItem(res, 4).basis?.summary).toBe('调整任务 3 项，按期完成 1 项 → 3.33/10');
    expect(sheetItem(res, 5).basis?.summary).toBe('有效职权 4 项，已分解到执法机构和岗位 3 项 → 7.5/10');
    expect(sheetItem(res, 6).basis?.summary).toBe('承担职权的岗位 3 个，配备持证人员并明确责任 1 个 → 3.33/10');
    expect(sheetItem(res, 7).basis?.summary).toBe('重大行政处罚 3 件，决定前法制审核 1 件，按期备案 2 件 → 7.5/15');
    expect((res.body as { facts: Row }).facts).toEqual({ tasksDue: 3, tasksOnTime: 1, activePowers: 4, powersDecomposed: 3, postsWithPowers: 3, postsStaffed: 1, filings: 3, filingsReviewedInTime: 1, filingsFiledInTime: 2, enforcementRecords: 0, enforcementRecordsComplete: 0 });
    const stored = await assessmentRow(app, id);
    const item5 = (stored.scores as Row[]).find((s) => s.item === 5) as Row;
    expect(Number(item5.autoScore)).toBe(7.5);
    expect(Number(stored.total)).toBe(21.66);
  });

  test('第二十四条 SCORE_OVERRIDE: a different score without a written reason → 400 on the item’s reason, nothing changed', async () => {
    const res = await saveItem(app, ADMIN, id, 5, { score: 10 });
    expectRule(res, 'SCORE_OVERRIDE', 'items.5.overrideReason');
    const item5 = ((await assessmentRow(app, id)).scores as Row[]).find((s) => s.item === 5) as Row;
    expect(Number(item5.score)).toBe(7.5);
  });

  test('第二十四条 SCORE_OVERRIDE: with a written reason the override is kept beside the computed score', async () => {
    const res = await saveItem(app, ADMIN, id, 5, { score: 10, overrideReason: '第四项事项已于2025年12月分解到岗，系统数据尚未更新。' });
    expect(res.status).toBe(200);
    expect(sheetItem(res, 5)).toMatchObject({ score: 10, autoScore: 7.5 });
    // Pre-scoring again keeps the override and refreshes the figure.
    const again = await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await auth(ADMIN));
    expect(sheetItem(again, 5)).toMatchObject({ score: 10, autoScore: 7.5 });
  });

  test('第二十四条 SCORE_OVERRIDE: a client cannot forge the computed score through the generic PUT', async () => {
    const stored = await assessmentRow(app, id);
    const scores = (stored.scores as Row[]).map((s) => ({ item: s.item, score: Number(s.score), overrideReason: s.overrideReason, autoScore: Number(s.autoScore ?? 0), basis: s.basis }));
    const forged = scores.map((s) => (s.item === 6 ? { ...s, score: 10, autoScore: 10 } : s));
    const res = await app.http().put(`/console-api/assessments/${id}`).set('Authorization', await auth(ADMIN)).send({ scores: forged, updatedAt: iso(stored.updatedAt) });
    expectRule(res, 'SCORE_OVERRIDE', 'scores.2.overrideReason');
    const item6 = ((await assessmentRow(app, id)).scores as Row[]).find((s) => s.item === 6) as Row;
    expect({ score: Number(item6.score), autoScore: Number(item6.autoScore) }).toEqual({ score: 3.33, autoScore: 3.33 });
  });
});

describe('第十四条、第二十四条 执法全过程记录 completeness feeds item 7 (config/assessment.json enforcementRecord.item)', () => {
  const RECORD = 'api::enforcement-record.enforcement-record';
  const stage = (s: string, means: string[] = ['text']): Row => ({ stage: s, means, recorder: '执法人员 王强', storage: '测试评议局档案室' });
  const FULL = [stage('register'), stage('investigate', ['text', 'video']), stage('review'), stage('notify'), stage('decide'), stage('serve', ['video'])];
  /** A record of the fixture department, dated in the assessed year (its creation date places it in the period). */
  const record = async (caseNumber: string, stages: Row[]): Promise<void> => {
    const created = (await app.strapi.documents(RECORD).create({ data: runtimeInput<typeof RECORD>({ department: fixture, caseNumber, caseName: `${caseNumber}案`, stages }) })) as { documentId: string };
    await app.strapi.db.connection('enforcement_records').where({ document_id: created.documentId }).update({ created_at: '2025-06-01T08:00:00.000Z' });
  };
  const prescore = async (id: string) => {
    const res = await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await auth(ADMIN));
    expect(res.status).toBe(200);
    return res;
  };

  test('第十四条: one complete record → item 7 is the mean of the filings (3/6) and the records (1/1): 15 × 0.75 = 11.25, with the counts beside it', async () => {
    await record('测评执〔2025〕1号', FULL);
    const res = await prescore(await newAssessment({ targetDepartment: fixture }));
    expect(sheetItem(res, 7).autoScore).toBe(11.25);
    expect(sheetItem(res, 7).basis?.summary).toBe('重大行政处罚 3 件，决定前法制审核 1 件，按期备案 2 件；执法全过程记录 1 件，记录完整 1 件（100%） → 11.25/15');
  });

  test('第十四条: an incomplete record (no 告知, 决定 or 送达 recorded) lowers item 7 to 15 × (1/2 + 1/2)/2 = 7.5; the other items stay', async () => {
    await record('测评执〔2025〕2号', FULL.slice(0, 3));
    const res = await prescore(await newAssessment({ targetDepartment: fixture }));
    expect(sheetItem(res, 7).autoScore).toBe(7.5);
    expect(sheetItem(res, 7).basis?.figures).toEqual(expect.arrayContaining([{ key: 'enforcementRecords', label: '执法全过程记录', value: 2 }, { key: 'enforcementRecordsComplete', label: '记录完整', value: 1 }]));
    expect(sheetItem(res, 5).autoScore).toBe(EXPECTED_PRESCORE[5]);
  });
});

describe('第二十二条、第二十三条 the workflow: completed → approved → published by the assessing government', () => {
  let id: string;
  const fill = async (items: number[]) => {
    for (const item of items) expect((await saveItem(app, ADMIN, id, item, { score: 4, finding: `第${item}项情况`, evidence: '检查记录' })).status).toBe(200);
  };
  beforeAll(async () => {
    id = await newAssessment({ targetDepartment: leagueMarket });
  });

  test('第二十四条 ASSESSMENT_COMPLETE: completing with items missing → 400, still a draft', async () => {
    await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await auth(ADMIN));
    const res = await stepAssessment(app, ADMIN, id, 'complete');
    expectRule(res, 'ASSESSMENT_COMPLETE', 'scores');
    expect((await assessmentRow(app, id)).state).toBe('draft');
  });

  test('第二十三条 ASSESSMENT_ROLE: the assessed department’s head can read but neither score nor step it → 403', async () => {
    const read = await app.http().get(`/console-api/assessments/${id}/sheet`).set('Authorization', await auth('league-dept-head'));
    expect(read.status).toBe(200);
    expect((read.body as Sheet).actions).toEqual([]);
    expectForbidden(await saveItem(app, 'league-dept-head', id, 1, { score: 10 }), 'ASSESSMENT_ROLE');
    await fill([1, 2, 3, 8, 9]);
    expectForbidden(await stepAssessment(app, 'league-dept-head', id, 'complete'), 'ASSESSMENT_ROLE');
    expect((await assessmentRow(app, id)).state).toBe('draft');
  });

  test('第二十二条: the administrator completes; a return needs a written opinion', async () => {
    const done = await stepAssessment(app, ADMIN, id, 'complete');
    expect(done.status).toBe(200);
    expect((done.body as Sheet).actions.sort()).toEqual(['approve', 'return']);
    const refused = await stepAssessment(app, ADMIN, id, 'return');
    expectRule(refused, 'ASSESSMENT_OPINION', 'reviewOpinion');
    expect((await assessmentRow(app, id)).state).toBe('completed');
    const back = await stepAssessment(app, ADMIN, id, 'return', '第二项佐证不足，请补充');
    expect(back.status).toBe(200);
    expect((back.body as Sheet).state).toBe('draft');
    expect((back.body as Sheet).history.at(-1)).toMatchObject({ action: 'return', opinion: '第二项佐证不足，请补充' });
  });

  test('第二十二条: approved, then published; stepping twice is 409; the result is final', async () => {
    expect((await stepAssessment(app, ADMIN, id, 'complete')).status).toBe(200);
    expect((await stepAssessment(app, ADMIN, id, 'approve')).status).toBe(200);
    expect((await stepAssessment(app, ADMIN, id, 'approve')).status).toBe(409);
    const published = await stepAssessment(app, ADMIN, id, 'publish');
    expect(published.status).toBe(200);
    const row = await assessmentRow(app, id);
    expect(row.state).toBe('published');
    expect(row.publicationDate).toBeTruthy();
    expect((row.history as Row[]).map((h) => h.action)).toEqual(['create', 'complete', 'return', 'complete', 'approve', 'publish']);
    const res = await app.http().put(`/console-api/assessments/${id}`).set('Authorization', await auth(ADMIN)).send({ summary: '改结论', updatedAt: iso(row.updatedAt) });
    expectRule(res, 'ASSESSMENT_FROZEN', 'summary');
    expect((await assessmentRow(app, id)).summary).toBeNull();
    const item = await saveItem(app, ADMIN, id, 1, { score: 1 });
    expect(item.status).toBe(400);
    expect((item.body as { code: string }).code).toBe('ASSESSMENT_FROZEN');
  });

  test('第二十二条 ASSESSMENT_TRANSITION: a draft cannot be published by changing its state directly', async () => {
    const other = await newAssessment({ targetDepartment: leagueMarket });
    const row = await assessmentRow(app, other);
    const res = await app.http().put(`/console-api/assessments/${other}`).set('Authorization', await auth(ADMIN)).send({ state: 'published', updatedAt: iso(row.updatedAt) });
    expectRule(res, 'ASSESSMENT_TRANSITION', 'state');
    expect((await assessmentRow(app, other)).state).toBe('draft');
  });
});
