// 第十四条 ENFORCEMENT_RECORD: 执法全过程记录 per enforcement case, scoped to its department; the
// stages checked (means, recorder, storage; 音像 where config/assessment.json says; nothing after
// 决定 without 决定), completeness computed by the server, and a major decision linked to its
// filing (第十六条).
import { assessmentConfig } from '../../cms/src/assessment/config';
import { bootApp, type TestApp } from '../helpers/app';
import { POWER, department, findOne, type Row } from '../helpers/data';
import { expectRule, totalOf } from '../helpers/expect';
import { putRecord } from '../helpers/workflow';

const UID = 'api::enforcement-record.enforcement-record';
const RES = 'enforcement-records';

let app: TestApp;
let countyMarket: string;
let powerId: string;
let recordId: string;

const stage = (s: string, means: string[] = ['text']): Row => ({ stage: s, means, recorder: '执法人员 李明（执法证号 15250001）', storage: '锡市监局档案室 2026-执-12' });
const EARLY = [stage('register'), stage('investigate', ['text', 'video']), stage('review'), stage('notify')];
const put = (username: string, body: Row, id = recordId) => putRecord(app, username, RES, UID, id, body);
const stored = (id = recordId): Promise<Row> => findOne(app.strapi, UID, { documentId: id }, { department: true, filing: true });

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  powerId = String((await findOne(app.strapi, POWER, { department: { documentId: countyMarket } })).documentId);
});
afterAll(async () => {
  await app?.close();
});

describe('第十四条 ENFORCEMENT_RECORD: 执法全过程记录', () => {
  test('config: the completeness feeds the assessment item config/assessment.json names', () => {
    const config = assessmentConfig().enforcementRecord;
    expect(config.item).toBe(7);
    expect(config.videoStages).toContain('investigate');
  });

  test('第十四条: the county editor records a case (201) for its own department; completeness is the server\'s, not the client\'s', async () => {
    const res = await app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer('county-dept-editor')).send({
      caseNumber: '锡市监立〔2026〕31号', caseName: '某超市销售过期食品案', power: powerId, stages: EARLY, completeness: 1,
    });
    expect(res.status).toBe(201);
    recordId = String(res.body.id);
    const row = await stored();
    expect((row.department as Row).documentId).toBe(countyMarket);
    // 4 of the 6 required stages recorded.
    expect(Number(row.completeness)).toBe(0.67);
  });

  test('第十四条: 送达 without 决定 → 400 ENFORCEMENT_RECORD on stages; nothing stored', async () => {
    expectRule(await put('county-dept-editor', { stages: [...EARLY, stage('serve', ['video'])] }), 'ENFORCEMENT_RECORD', 'stages');
    expect((await stored()).stages).toHaveLength(4);
  });

  test('第十四条: 调查取证 recorded only in writing, where config requires 音像 → 400 on stages', async () => {
    expectRule(await put('county-dept-editor', { stages: [stage('register'), stage('investigate')] }), 'ENFORCEMENT_RECORD', 'stages');
  });

  test('第十四条: a stage without who recorded it → 400 on stages', async () => {
    expectRule(await put('county-dept-editor', { stages: [{ stage: 'register', means: ['text'], recorder: '', storage: '档案室' }] }), 'ENFORCEMENT_RECORD', 'stages');
  });

  test('第十四条、第十六条: a major decision without its filing → 400 on filing; with the filing linked it is stored (200) and complete', async () => {
    const full = [...EARLY, stage('decide'), stage('serve', ['video'])];
    expectRule(await put('county-dept-editor', { major: true, stages: full }), 'ENFORCEMENT_RECORD', 'filing');
    const filing = await app.http().post('/console-api/major-penalty-filings').set('Authorization', await app.bearer('county-dept-editor')).send({
      caseNumber: '锡市监罚〔2026〕31号', proposedDecision: '拟罚款五万元',
    });
    expect(filing.status).toBe(201);
    const res = await put('county-dept-editor', { major: true, stages: full, filing: String(filing.body.id) });
    expect(res.status).toBe(200);
    const row = await stored();
    expect({ filing: (row.filing as Row).documentId, completeness: Number(row.completeness) }).toEqual({ filing: String(filing.body.id), completeness: 1 });
  });

  test('scope: the county justice reviewer lists it; another county\'s reviewer neither lists nor reads it', async () => {
    const own = await app.http().get(`/console-api/${RES}`).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(own.status).toBe(200);
    expect(totalOf(own.headers['content-range'])).toBe(1);
    const other = await app.http().get(`/console-api/${RES}`).set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect(totalOf(other.headers['content-range'])).toBe(0);
    const one = await app.http().get(`/console-api/${RES}/${recordId}`).set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect(one.status).toBe(404);
  });
});
