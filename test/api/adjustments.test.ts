// Art. 11: approving a power adjustment applies it to the department's powers atomically and opens
// a new draft version of its list (新增, 取消, 下放 → 承接). Art. 10, 13 (DYNAMIC_ADJUSTMENT): a law
// repealed marks every power citing it, opens a task per department with its deadline, flags it
// overdue from the scheduled check (one instance at a time), and closes it once fixed and published.
import { Client } from 'pg';
import type { AdjustmentTaskSummary } from '@nmg/config';
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT } from '../helpers/paths';

// The compiled server's own modules, so the job shares the running server's state.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { adjustmentCheck, JOB_LOCKS } = require(BOOT) as typeof import('../../cms/src/server/boot');
import { ADJUSTMENT, LEGAL_BASIS, LIST, POWER, count, department, findOne, legalBasis, type Row } from '../helpers/data';
import type { ConsoleErrorBody } from '../helpers/expect';
import { publishThrough, putRecord, seededList } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const COUNTY = '锡林浩特市市场监督管理局';
const LEAGUE = '锡林郭勒盟市场监督管理局';
const TASK = 'api::adjustment-task.adjustment-task';

async function fileAdjustment(username: string, body: Row): Promise<string> {
  const res = await app.http().post('/console-api/power-adjustments').set('Authorization', await app.bearer(username)).send({ state: 'draft', ...body });
  expect(res.status).toBe(201);
  const id = String((res.body as { id: string }).id);
  const submitted = await putRecord(app, username, 'power-adjustments', ADJUSTMENT, id, { state: 'submitted' });
  expect(submitted.status).toBe(200);
  return id;
}

const decide = (username: string, id: string, state: 'approved' | 'rejected') => putRecord(app, username, 'power-adjustments', ADJUSTMENT, id, { state, opinion: '同意。' });

const adjustmentRow = (id: string) => findOne(app.strapi, ADJUSTMENT, { documentId: id }, { appliedPower: { select: ['documentId'] } });

describe('第十一条: an approved adjustment changes the powers in the same transaction', () => {
  test('新增 with a proposal: approval creates the power, marks the request applied, and the draft list stays the one being edited', async () => {
    const deptId = await department(app.strapi, COUNTY);
    const lists = await count(app.strapi, LIST, { department: { documentId: deptId } });
    const id = await fileAdjustment('county-dept-editor', {
      kind: 'add', reason: '新法赋予的检查职权', proposedCode: 'SC-JC-009', proposedName: '对网络食品交易第三方平台的监督检查', proposedType: 'inspection',
      legalBasis: await legalBasis(app.strapi, '中华人民共和国食品安全法'), basisArticles: '第六十二条',
    });
    expect(await count(app.strapi, POWER, { code: 'SC-JC-009' })).toBe(0);
    const res = await decide('county-justice-reviewer', id, 'approved');
    expect(res.status).toBe(200);
    const row = await adjustmentRow(id);
    expect(row.state).toBe('applied');
    const power = await findOne(app.strapi, POWER, { code: 'SC-JC-009', department: { documentId: deptId } }, { adjustment: { select: ['documentId'] }, bases: { populate: { legalBasis: true } } });
    expect({ status: power.status, type: power.type, adjustment: (power.adjustment as Row).documentId }).toEqual({ status: 'valid', type: 'inspection', adjustment: id });
    expect((row.appliedPower as Row).documentId).toBe(power.documentId);
    expect(await count(app.strapi, LIST, { department: { documentId: deptId } })).toBe(lists);
  });

  test('取消 after the list was published: the power is cancelled and a new draft version is opened', async () => {
    const deptId = await department(app.strapi, LEAGUE);
    await publishThrough(app, 'league', await seededList(app, LEAGUE));
    const power = await findOne(app.strapi, POWER, { code: 'SC-QZ-001', department: { documentId: deptId } });
    const id = await fileAdjustment('league-dept-editor', { kind: 'cancel', power: power.documentId, reason: '法律修改后不再由本部门实施' });
    expect((await decide('county-justice-reviewer', id, 'approved')).status).toBe(404);
    expect((await decide('league-justice-reviewer', id, 'approved')).status).toBe(200);
    expect((await findOne(app.strapi, POWER, { documentId: power.documentId })).status).toBe('cancelled');
    const draft = await findOne(app.strapi, LIST, { department: { documentId: deptId }, state: 'draft' });
    expect(draft.versionNumber).toBe(2);
  });

  test('a department cannot approve its own adjustment (CATALOGUE_ONLY), and nothing is applied', async () => {
    const power = await findOne(app.strapi, POWER, { code: 'SC-CF-001', department: { documentId: await department(app.strapi, COUNTY) } });
    const id = await fileAdjustment('county-dept-editor', { kind: 'cancel', power: power.documentId, reason: '自行取消' });
    const res = await decide('county-dept-head', id, 'approved');
    expect({ status: res.status, code: (res.body as ConsoleErrorBody).code }).toEqual({ status: 400, code: 'CATALOGUE_ONLY' });
    expect((await findOne(app.strapi, POWER, { documentId: power.documentId })).status).toBe('valid');
  });

  test('下放 to a county department: the league power is delegated and the county’s 承接 request, once approved, creates it there', async () => {
    const league = await department(app.strapi, LEAGUE);
    const countyId = await department(app.strapi, COUNTY);
    const power = await findOne(app.strapi, POWER, { code: 'SC-CF-002', department: { documentId: league } });
    const id = await fileAdjustment('league-dept-editor', { kind: 'delegate', power: power.documentId, targetDepartment: countyId, reason: '按照放管服改革要求下放旗县实施' });
    expect((await decide('league-justice-reviewer', id, 'approved')).status).toBe(200);
    expect((await findOne(app.strapi, POWER, { documentId: power.documentId })).status).toBe('delegated');
    const undertake = await findOne(app.strapi, ADJUSTMENT, { kind: 'undertake', department: { documentId: countyId }, power: { documentId: power.documentId } });
    expect(undertake.state).toBe('submitted');
    const wrong = await decide('league-justice-reviewer', String(undertake.documentId), 'approved');
    expect({ status: wrong.status, code: (wrong.body as ConsoleErrorBody).code }).toEqual({ status: 403, code: 'WRONG_ORGANISATION' });
    expect((await decide('county-justice-reviewer', String(undertake.documentId), 'approved')).status).toBe(200);
    const accepted = await findOne(app.strapi, POWER, { status: 'undertaken', department: { documentId: countyId } }, { bases: true, steps: true });
    expect(accepted.name).toBe(power.name);
    expect((accepted.steps as unknown[]).length).toBeGreaterThan(0);
  });

  test('下放 sideways (to another county) is refused: DELEGATE_TARGET (第十一条)', async () => {
    const power = await findOne(app.strapi, POWER, { code: 'SC-JC-001', department: { documentId: await department(app.strapi, COUNTY) } });
    const res = await app.http().post('/console-api/power-adjustments').set('Authorization', await app.bearer('county-dept-editor'))
      .send({ kind: 'delegate', power: power.documentId, targetDepartment: await department(app.strapi, '二连浩特市市场监督管理局'), reason: '下放', state: 'draft' });
    const id = String((res.body as { id: string }).id);
    const submitted = await putRecord(app, 'county-dept-editor', 'power-adjustments', ADJUSTMENT, id, { state: 'submitted' });
    expect({ status: submitted.status, code: (submitted.body as ConsoleErrorBody).code, article: (submitted.body as ConsoleErrorBody).article }).toEqual({ status: 400, code: 'DELEGATE_TARGET', article: '第十一条' });
    expect((await findOne(app.strapi, ADJUSTMENT, { documentId: id })).state).toBe('draft');
  });
});

describe('第十条、第十三条: a repealed law puts its powers under adjustment', () => {
  const tasksOf = async (username: string): Promise<AdjustmentTaskSummary[]> => {
    const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
    expect(res.status).toBe(200);
    return (res.body as { adjustmentTasks: AdjustmentTaskSummary[] }).adjustmentTasks;
  };
  let lawId: string;

  test('repealing 产品质量法 marks the powers citing it and opens one task per department, due in 30 days', async () => {
    lawId = await legalBasis(app.strapi, '中华人民共和国产品质量法');
    const citing = await count(app.strapi, POWER, { bases: { legalBasis: { documentId: lawId } }, status: 'valid' });
    expect(citing).toBeGreaterThan(1);
    const res = await putRecord(app, 'region-justice-reviewer', 'legal-bases', LEGAL_BASIS, lawId, { status: 'repealed' });
    expect(res.status).toBe(200);
    expect(await count(app.strapi, POWER, { bases: { legalBasis: { documentId: lawId } }, status: 'valid', pendingAdjustment: true })).toBe(citing);
    const tasks = await tasksOf('county2-dept-editor');
    expect(tasks).toHaveLength(1);
    const due = new Date();
    due.setUTCDate(due.getUTCDate() + 30);
    expect(tasks[0]).toMatchObject({ legalBasisTitle: '中华人民共和国产品质量法', dueDate: due.toISOString().slice(0, 10), overdue: false, powerCount: 1 });
    expect(tasks[0].reason).toContain('已废止');
    // The league reviewer supervises the league's subtree: its own and the counties' tasks.
    expect((await tasksOf('league-justice-reviewer')).length).toBeGreaterThan(1);
    // The county market department cites it twice: its own power and the one it accepted from the league.
    expect(await tasksOf('county-dept-editor')).toEqual([expect.objectContaining({ powerCount: 2 })]);
  });

  test('replacing 道路运输条例 by a new law opens tasks that name the replacement; a change of other fields opens none', async () => {
    const old = await legalBasis(app.strapi, '中华人民共和国道路运输条例');
    const tasksBefore = await count(app.strapi, TASK, {});
    const renamed = await putRecord(app, 'region-justice-reviewer', 'legal-bases', LEGAL_BASIS, old, { issuingBody: '中华人民共和国国务院' });
    expect(renamed.status).toBe(200);
    expect(await count(app.strapi, TASK, {})).toBe(tasksBefore);
    const created = await app.http().post('/console-api/legal-bases').set('Authorization', await app.bearer('region-justice-reviewer'))
      .send({ title: '中华人民共和国道路运输条例（2026年修订）', level: 'administrative-regulation', status: 'in-force' });
    expect(created.status).toBe(201);
    const res = await putRecord(app, 'region-justice-reviewer', 'legal-bases', LEGAL_BASIS, old, { replacedBy: String((created.body as { id: string }).id) });
    expect(res.status).toBe(200);
    const tasks = (await app.strapi.db.query(TASK).findMany({ where: { legalBasis: { documentId: old } } })) as Row[];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => t.basisStatus === 'replaced' && String(t.reason).includes('（2026年修订）'))).toBe(true);
  });

  test('staff cannot write tasks (TASK_READONLY)', async () => {
    const task = await findOne(app.strapi, TASK, { department: { documentId: await department(app.strapi, COUNTY) } });
    const res = await app.http().put(`/api/adjustment-tasks/${String(task.documentId)}`).set('Authorization', await app.bearer('county-dept-editor')).send({ data: { state: 'done' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await findOne(app.strapi, TASK, { documentId: task.documentId })).state).toBe('open');
  });

  test('the scheduled check runs on one instance at a time, and flags tasks past their deadline', async () => {
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Another instance holds the job's lock: this one skips.
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [JOB_LOCKS.adjustmentCheck]);
      expect(await adjustmentCheck(app.strapi, later)).toEqual({ ran: false });
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    const open = await count(app.strapi, TASK, { state: 'open' });
    const first = await adjustmentCheck(app.strapi, later);
    expect(first).toEqual({ ran: true, result: { opened: 0, flaggedOverdue: open, failed: [] } });
    expect(await adjustmentCheck(app.strapi, later)).toEqual({ ran: true, result: { opened: 0, flaggedOverdue: 0, failed: [] } });
    expect((await tasksOf('county2-dept-editor'))[0].overdue).toBe(true);
  });

  test('the check opens tasks a bulk write could not (a law repealed past the document service)', async () => {
    const food = await legalBasis(app.strapi, '中华人民共和国食品安全法');
    await app.strapi.db.query(LEGAL_BASIS).update({ where: { documentId: food }, data: { status: 'amended' } });
    const outcome = await adjustmentCheck(app.strapi, new Date());
    expect(outcome.ran && outcome.result.opened).toBeGreaterThan(0);
    expect(await count(app.strapi, TASK, { legalBasis: { documentId: food } })).toBe((outcome.ran && outcome.result.opened) || -1);
    await app.strapi.db.query(LEGAL_BASIS).update({ where: { documentId: food }, data: { status: 'in-force' } });
  });

  test('the task closes only when the power is re-checked and a new version is published', async () => {
    const countyId = await department(app.strapi, '二连浩特市市场监督管理局');
    const power = await findOne(app.strapi, POWER, { code: 'SC-CF-002', department: { documentId: countyId } });
    const task = await findOne(app.strapi, TASK, { department: { documentId: countyId }, legalBasis: { documentId: lawId } });
    const draft = await seededList(app, '二连浩特市市场监督管理局');
    // Saving the power while it still cites only the repealed law is refused (BASIS_REQUIRED).
    const refused = await putRecord(app, 'county2-dept-editor', 'powers', POWER, String(power.documentId), { remarks: '已核对' });
    expect((refused.body as ConsoleErrorBody).code).toBe('BASIS_REQUIRED');
    const fixed = await putRecord(app, 'county2-dept-editor', 'powers', POWER, String(power.documentId), {
      bases: [{ kind: 'setting', legalBasis: await legalBasis(app.strapi, '中华人民共和国食品安全法'), articles: '第一百二十四条' }],
    });
    expect(fixed.status).toBe(200);
    expect((await findOne(app.strapi, POWER, { documentId: power.documentId })).pendingAdjustment).toBe(false);
    expect((await findOne(app.strapi, TASK, { documentId: task.documentId })).state).toBe('open');
    await publishThrough(app, 'county2', draft);
    const done = await findOne(app.strapi, TASK, { documentId: task.documentId });
    expect(done.state).toBe('done');
    expect(done.completedAt).toBeTruthy();
  });
});
