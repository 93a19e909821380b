// Issue 15: a league-size sheet (5,000 power rows, each with its basis, responsibility steps and
// accountability situations) goes through the batch adjustment (Art. 10, 11, 13); targets: the
// preview within 5 s and the approval within 10 s. The suite runs 1,000 rows and prints the figures;
// NMG_BATCH_ROWS=5000 measures the full sheet, and NMG_BATCH_STRICT=1 asserts the targets (scaled
// to the rows run), which a machine shared with other test runs does not reliably meet.
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT, LEGAL_BASIS, POWER, count, department, findOne, type Row } from '../helpers/data';
import { putRecord } from '../helpers/workflow';

const ROWS = Number(process.env.NMG_BATCH_ROWS ?? 1000);
const STRICT = process.env.NMG_BATCH_STRICT === '1';
const PREVIEW_TARGET_MS = 5000;
const APPROVAL_TARGET_MS = 10000;
/** The target for the rows run (the targets are for 5,000), or no bound unless strict. */
const bound = (target: number): number => (STRICT ? (target * ROWS) / 5000 : Number.POSITIVE_INFINITY);

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const STEPS = ['立案', '调查取证', '审查', '告知', '决定', '送达', '执行'];

function sheet(laws: string[]): Row[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    code: `TIMING-${String(i + 1).padStart(5, '0')}`,
    name: `对违反市场监督管理规定第${i + 1}项行为的行政处罚`,
    type: i % 10 === 0 ? 'inspection' : 'penalty',
    bases: [{ kind: 'setting', legalBasis: laws[i % laws.length], articles: `第${(i % 90) + 1}条` }],
    steps: STEPS.map((step) => ({ step, content: `${step}环节按规定程序办理。` })),
    accountabilities: [{ situation: '没有法律和事实依据实施行政处罚的' }, { situation: '擅自改变行政处罚种类、幅度的' }],
  }));
}

test(`${ROWS} rows: preview and approval timed (targets for 5,000: 5 s and 10 s)`, async () => {
  const deptId = await department(app.strapi, '锡林浩特市市场监督管理局');
  const laws = ((await app.strapi.db.query(LEGAL_BASIS).findMany({ where: { status: 'in-force' }, select: ['documentId'], limit: 20 })) as Row[]).map((l) => String(l.documentId));
  const rows = sheet(laws);
  const editor = await app.bearer('county-dept-editor');

  let started = Date.now();
  const preview = await app.http().post('/console-api/power-adjustments/batch').set('Authorization', editor).send({ rows, commit: false });
  const previewMs = Date.now() - started;
  // eslint-disable-next-line no-console
  console.log(`[batch timing] preview ${previewMs} ms`);
  expect(preview.status).toBe(200);
  expect(preview.body).toMatchObject({ total: ROWS, failed: 0, added: ROWS });

  started = Date.now();
  const filed = await app.http().post('/console-api/power-adjustments/batch').set('Authorization', editor).send({ rows, commit: true, reason: '首次梳理编制权责清单' });
  const requestMs = Date.now() - started;
  // eslint-disable-next-line no-console
  console.log(`[batch timing] request ${requestMs} ms`);
  expect(filed.status).toBe(201);
  const id = String((filed.body as { adjustmentId: string }).adjustmentId);

  started = Date.now();
  const approved = await putRecord(app, 'county-justice-reviewer', 'power-adjustments', ADJUSTMENT, id, { state: 'approved', opinion: '同意。' });
  const approvalMs = Date.now() - started;
  expect(approved.status).toBe(200);
  expect(await count(app.strapi, POWER, { code: { $startsWith: 'TIMING-' }, department: { documentId: deptId } })).toBe(ROWS);
  const sample = await findOne(app.strapi, POWER, { code: 'TIMING-00042' }, { steps: true, accountabilities: true, bases: { populate: { legalBasis: { select: ['documentId'] } } } });
  expect((sample.steps as Row[]).map((s) => s.step)).toEqual(STEPS);
  expect(sample.accountabilities as Row[]).toHaveLength(2);

  // eslint-disable-next-line no-console
  console.log(`[batch timing] ${ROWS} rows: preview ${previewMs} ms (target ${PREVIEW_TARGET_MS}), request ${requestMs} ms, approval ${approvalMs} ms (target ${APPROVAL_TARGET_MS})`);
  expect(previewMs).toBeLessThanOrEqual(bound(PREVIEW_TARGET_MS));
  expect(approvalMs).toBeLessThanOrEqual(bound(APPROVAL_TARGET_MS));
}, 900000);
