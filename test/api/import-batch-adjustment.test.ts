// Art. 10, 11, 13: a department's first compilation from its sheet. The rows that pass every rule
// but CATALOGUE_ONLY become ONE power adjustment (新增, with 变更 for codes the department holds),
// which the justice reviewer of its government approves or returns as one act; approval creates
// (or changes) every power in one transaction, refused as a whole when a row fails at that time.
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT, AGENCY, AUDIT, LEGAL_BASIS, POWER, count, department, findOne, type Row } from '../helpers/data';
import { putRecord } from '../helpers/workflow';

interface Failure { field: string; code: string; article: string }
interface RowReport { index: number; ok: boolean; action: string; powerId?: string; code?: string; failures?: Failure[] }
interface BatchReport { total: number; passed: number; failed: number; committed: boolean; added: number; changed: number; adjustmentId?: string; rows: RowReport[] }

const COUNTY = '锡林浩特市市场监督管理局';
const EDITOR = 'county-dept-editor';
const REVIEWER = 'county-justice-reviewer';

let app: TestApp;
let deptId: string;
let lawId: string;
let existing: Row;

beforeAll(async () => {
  app = await bootApp();
  deptId = await department(app.strapi, COUNTY);
  const law = await findOne(app.strapi, LEGAL_BASIS, { status: 'in-force' });
  lawId = String(law.documentId);
  existing = await findOne(app.strapi, POWER, { department: { documentId: deptId }, status: 'valid' });
});
afterAll(async () => {
  await app?.close();
});

const row = (code: string, name: string, extra: Row = {}): Row => ({ code, name, type: 'penalty', bases: [{ kind: 'setting', legalBasis: lawId, articles: '第十条' }], ...extra });

const batch = async (rows: Row[], commit: boolean, extra: Row = {}, username = EDITOR) =>
  app.http().post('/console-api/power-adjustments/batch').set('Authorization', await app.bearer(username))
    .send({ rows, commit, reason: '首次梳理编制权责清单（第十条）', file: '市场监管局权责清单.xlsx', sheetRows: rows.map((_, i) => i + 4), columns: { name: '项目名称', type: '权力分类', bases: '设定依据' }, ...extra });

const fileBatch = async (rows: Row[]): Promise<string> => {
  const res = await batch(rows, true);
  expect(res.status).toBe(201);
  const report = res.body as BatchReport;
  expect(report.committed).toBe(true);
  return String(report.adjustmentId);
};

const powersOf = (codes: string[]) => count(app.strapi, POWER, { code: { $in: codes }, department: { documentId: deptId } });

describe('第十条、第十一条、第十三条: import → one batch adjustment → approval', () => {
  test('the preview judges every row and writes nothing; the request carries the rows; approval creates and changes every power at once', async () => {
    const codes = ['BATCH-A-1', 'BATCH-A-2', 'BATCH-A-3'];
    const rows = [row(codes[0], '对无照经营的行政处罚'), row(codes[1], '对虚假宣传的行政处罚'), row(codes[2], '对食品经营场所的检查', { type: 'inspection' }), row(String(existing.code), `${String(existing.name)}（修订）`)];
    const adjustmentsBefore = await count(app.strapi, ADJUSTMENT);

    const preview = await batch(rows, false);
    expect(preview.status).toBe(200);
    const report = preview.body as BatchReport;
    expect(report).toMatchObject({ total: 4, failed: 0, committed: false, added: 3, changed: 1 });
    expect(report.rows.map((r) => r.action)).toEqual(['add', 'add', 'add', 'change']);
    expect(report.rows[3].powerId).toBe(existing.documentId);
    expect(await powersOf(codes)).toBe(0);
    expect(await count(app.strapi, ADJUSTMENT)).toBe(adjustmentsBefore);

    const id = await fileBatch(rows);
    const filed = await findOne(app.strapi, ADJUSTMENT, { documentId: id }, { department: { select: ['documentId'] } });
    expect({ kind: filed.kind, state: filed.state, department: (filed.department as Row).documentId }).toEqual({ kind: 'add', state: 'submitted', department: deptId });
    expect((filed.batchRows as Row[]).map((r) => [r.sheetRow, r.action])).toEqual([[4, 'add'], [5, 'add'], [6, 'add'], [7, 'change']]);
    expect(String(filed.proposedName)).toContain('新增 3 项');
    expect(await powersOf(codes)).toBe(0);

    // The reviewer sees the rows a page at a time; the record itself (and every list) stays light.
    const seen = await app.http().get(`/console-api/power-adjustments/${id}/rows`).query({ range: '[1,2]' }).set('Authorization', await app.bearer(REVIEWER));
    expect(seen.status).toBe(200);
    const page = seen.body as { total: number; added: number; changed: number; rows: Row[] };
    expect({ total: page.total, added: page.added, changed: page.changed }).toEqual({ total: 4, added: 3, changed: 1 });
    expect(page.rows.map((r) => [r.index, r.sheetRow, r.action, r.code])).toEqual([[1, 5, 'add', codes[1]], [2, 6, 'add', codes[2]]]);
    expect((page.rows[0].bases as Row[])[0]).toEqual({ title: (await findOne(app.strapi, LEGAL_BASIS, { documentId: lawId })).title, articles: '第十条' });
    const record = await app.http().get(`/console-api/power-adjustments/${id}`).set('Authorization', await app.bearer(REVIEWER));
    expect(record.status).toBe(200);
    expect(record.body).not.toHaveProperty('batchRows');
    // Another county's reviewer cannot read them.
    const outsider = await app.http().get(`/console-api/power-adjustments/${id}/rows`).set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect(outsider.status).toBe(404);

    const audits = await count(app.strapi, AUDIT, { resource: POWER, action: 'create' });
    const approved = await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, id, { state: 'approved', opinion: '同意。' });
    expect(approved.status).toBe(200);
    const created = await app.strapi.db.query(POWER).findMany({ where: { code: { $in: codes } }, populate: { department: { select: ['documentId'] }, adjustment: { select: ['documentId'] }, bases: { populate: { legalBasis: { select: ['documentId'] } } } } }) as Row[];
    expect(created).toHaveLength(3);
    for (const p of created) {
      expect({ status: p.status, tier: p.tier, department: (p.department as Row).documentId, adjustment: (p.adjustment as Row).documentId }).toEqual({ status: 'valid', tier: 'county', department: deptId, adjustment: id });
      expect(((p.bases as Row[])[0].legalBasis as Row).documentId).toBe(lawId);
    }
    expect(created.find((p) => p.code === codes[2])?.type).toBe('inspection');
    const changed = await findOne(app.strapi, POWER, { documentId: existing.documentId }, { adjustment: { select: ['documentId'] } });
    expect({ name: changed.name, status: changed.status, adjustment: (changed.adjustment as Row).documentId }).toEqual({ name: `${String(existing.name)}（修订）`, status: 'changed', adjustment: id });
    expect((await findOne(app.strapi, ADJUSTMENT, { documentId: id })).state).toBe('applied');
    // One audit row per power created, by the approving reviewer.
    expect(await count(app.strapi, AUDIT, { resource: POWER, action: 'create' })).toBe(audits + 3);

    // The console's power list shows them to the department.
    const list = await app.http().get('/console-api/powers').query({ filter: JSON.stringify({ code: codes }) }).set('Authorization', await app.bearer(EDITOR));
    expect(list.status).toBe(200);
    expect((list.body as Row[]).map((p) => p.code).sort()).toEqual(codes);
  });

  test('returned with an opinion: no power is created', async () => {
    const codes = ['BATCH-R-1', 'BATCH-R-2'];
    const id = await fileBatch([row(codes[0], '对违法广告的行政处罚'), row(codes[1], '对计量器具的检查', { type: 'inspection' })]);
    const returned = await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, id, { state: 'rejected', opinion: '第 2 行应由市场监管局稽查队承办，请核实后重新申请。' });
    expect(returned.status).toBe(200);
    const row2 = await findOne(app.strapi, ADJUSTMENT, { documentId: id });
    expect({ state: row2.state, opinion: row2.opinion }).toEqual({ state: 'rejected', opinion: '第 2 行应由市场监管局稽查队承办，请核实后重新申请。' });
    expect(await powersOf(codes)).toBe(0);
  });

  test('a row that fails at approval time refuses the whole batch: nothing is created, the request stays submitted', async () => {
    const codes = ['BATCH-X-1', 'BATCH-X-2'];
    const law = await app.strapi.db.query(LEGAL_BASIS).create({ data: { title: `批量导入测试条例${Date.now()}`, status: 'in-force', documentId: `batchlaw${Date.now()}`, publishedAt: new Date() } }) as Row;
    const id = await fileBatch([row(codes[0], '对无证生产的行政处罚'), row(codes[1], '依据将被废止的条例的处罚', { bases: [{ kind: 'setting', legalBasis: law.documentId, articles: '第三条' }] })]);
    // After the request, the law the second row cites is repealed (Art. 4, 9: no longer a basis).
    await app.strapi.db.query(LEGAL_BASIS).update({ where: { id: law.id }, data: { status: 'repealed' } });
    const res = await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, id, { state: 'approved', opinion: '同意。' });
    expect(res.status).toBe(400);
    const body = res.body as { code: string; message: string; items?: { item: string; message: string }[] };
    expect(body.code).toBe('BATCH_ROWS_INVALID');
    expect(body.message).toContain('第十条、第十一条');
    expect(body.items?.map((i) => i.item)).toEqual(['第 5 行']);
    expect(body.items?.[0].message).toContain('现行有效');
    expect(await powersOf(codes)).toBe(0);
    expect((await findOne(app.strapi, ADJUSTMENT, { documentId: id })).state).toBe('submitted');
  });
});

describe('the request holds only rows that pass every other rule', () => {
  test('第四条、第九条、第十条: the preview reports every failure of a row but never CATALOGUE_ONLY; a commit with such a row files nothing', async () => {
    const rows = [row('BATCH-F-1', '合格的一行'), { code: 'BATCH-F-2', name: '无依据且类型错误', type: '行政命令' }, row('BATCH-F-1', '编码重复的一行')];
    const adjustmentsBefore = await count(app.strapi, ADJUSTMENT);
    for (const commit of [false, true]) {
      const res = await batch(rows, commit);
      expect(res.status).toBe(200);
      const report = res.body as BatchReport;
      expect(report).toMatchObject({ total: 3, failed: 2, committed: false });
      expect(report.rows[0].ok).toBe(true);
      expect(report.rows[1].failures?.map((f) => f.code)).toEqual(['TYPE_UNKNOWN', 'BASIS_REQUIRED']);
      expect(report.rows[2]).toMatchObject({ ok: false, code: 'DUPLICATE_CODE' });
    }
    expect(await count(app.strapi, ADJUSTMENT)).toBe(adjustmentsBefore);
    expect(await powersOf(['BATCH-F-1', 'BATCH-F-2'])).toBe(0);
  });

  test('第十一条: CATALOGUE_ONLY keeps holding on the ordinary import, and only a department files a batch', async () => {
    const res = await app.http().post('/console-api/powers/import').set('Authorization', await app.bearer(EDITOR)).send({ rows: [row('BATCH-C-1', '直接导入的一行')], commit: true });
    expect(res.status).toBe(200);
    expect((res.body as { committed: boolean; rows: RowReport[] }).rows[0].code).toBe('CATALOGUE_ONLY');
    expect(await powersOf(['BATCH-C-1'])).toBe(0);
    const byReviewer = await batch([row('BATCH-C-2', '审核员提出的一行')], true, {}, REVIEWER);
    expect(byReviewer.status).toBe(403);
    const noReason = await batch([row('BATCH-C-3', '没有原因的一行')], true, { reason: '' });
    expect(noReason.status).toBe(400);
    expect((noReason.body as { errors: Row }).errors.reason).toBeDefined();
  });
});

describe('issue 15: agencies a sheet names that the department lacks are created with the batch', () => {
  interface MissingAgency { name: string; rows: number[]; accepted: boolean }
  type AgencyReport = BatchReport & { missingAgencies: MissingAgency[] };
  const NEW = '草原执法稽查一队';
  const agencyRow = (code: string, name: string, agencies: string[]): Row => row(code, name, { decomposition: agencies.map((agencyName) => ({ agency: null, agencyName, role: 'handle' })) });
  const agenciesNamed = (name: string) => count(app.strapi, AGENCY, { name, department: { documentId: deptId } });
  let existingAgency: string;

  beforeAll(async () => {
    // An agency the department has, spelled with half-width brackets; the sheet writes it with spaces and full-width ones.
    const created = await app.strapi.documents(AGENCY).create({ data: { name: '综合执法大队(城区)', department: deptId } });
    existingAgency = String((created as Row).documentId);
  });

  test('第十一条: the preview lists a new agency once with its rows; not accepted, its rows fail; a spelling of an existing one matches it', async () => {
    const rows = [agencyRow('BATCH-G-1', '对草原违法行为的处罚', [NEW]), agencyRow('BATCH-G-2', '对草原防火的检查', [` ${NEW}`, '综合执法大队 （城区）'])];
    const res = await batch(rows, false);
    expect(res.status).toBe(200);
    const report = res.body as AgencyReport;
    expect(report.missingAgencies).toEqual([{ name: NEW, rows: [4, 5], accepted: false }]);
    expect(report.rows.map((r) => r.ok)).toEqual([false, false]);
    expect(report.rows[0]).toMatchObject({ code: 'AGENCY_NOT_FOUND' });
    expect(report.rows[0].failures?.map((f) => [f.code, f.article])).toEqual([['AGENCY_NOT_FOUND', '第十一条']]);
    // Committing without accepting files nothing.
    const before = await count(app.strapi, ADJUSTMENT);
    expect(((await batch(rows, true)).body as AgencyReport).committed).toBe(false);
    expect(await count(app.strapi, ADJUSTMENT)).toBe(before);

    const accepted = (await batch(rows, false, { agencies: [NEW] })).body as AgencyReport;
    expect(accepted).toMatchObject({ failed: 0, missingAgencies: [{ name: NEW, rows: [4, 5], accepted: true }] });
    expect(await agenciesNamed(NEW)).toBe(0);
  });

  test('accepted and filed: approval creates the agency under the department and the powers point to it; the other spelling uses the existing one', async () => {
    const codes = ['BATCH-G-3', 'BATCH-G-4'];
    const rows = [agencyRow(codes[0], '对草原违法占用的处罚', [NEW]), agencyRow(codes[1], '对草原植被破坏的处罚', [NEW, '综合执法大队（ 城区）'])];
    const res = await batch(rows, true, { agencies: [`${NEW} `] });
    expect(res.status).toBe(201);
    const id = String((res.body as BatchReport).adjustmentId);
    // Nothing is created before the approval.
    expect(await agenciesNamed(NEW)).toBe(0);
    const agencyAudits = await count(app.strapi, AUDIT, { resource: AGENCY, action: 'create' });
    expect((await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, id, { state: 'approved', opinion: '同意。' })).status).toBe(200);
    const agency = await findOne(app.strapi, AGENCY, { name: NEW }, { department: { select: ['documentId'] } });
    expect((agency.department as Row).documentId).toBe(deptId);
    expect(await count(app.strapi, AGENCY, { name: NEW })).toBe(1);
    expect(await count(app.strapi, AGENCY, { name: { $contains: '城区' }, department: { documentId: deptId } })).toBe(1);
    const powers = await app.strapi.db.query(POWER).findMany({ where: { code: { $in: codes } }, orderBy: { code: 'asc' }, populate: { decomposition: { populate: { agency: { select: ['documentId'] } } } } }) as Row[];
    expect(powers.map((p) => (p.decomposition as Row[]).map((d) => (d.agency as Row).documentId))).toEqual([[agency.documentId], [agency.documentId, existingAgency]]);
    // Audited as created by the approving reviewer.
    const audit = await findOne(app.strapi, AUDIT, { resource: AGENCY, action: 'create', recordId: agency.documentId });
    expect({ role: audit.role, actorKind: audit.actorKind }).toEqual({ role: 'justice-reviewer', actorKind: 'user' });
    expect(await count(app.strapi, AUDIT, { resource: AGENCY, action: 'create' })).toBe(agencyAudits + 1);
  });

  test('a returned request and an approval refused for a failing row create no agency', async () => {
    const other = '草原执法稽查二队';
    const returned = await batch([agencyRow('BATCH-G-5', '对草原鼠害防治的检查', [other])], true, { agencies: [other] });
    expect(returned.status).toBe(201);
    expect((await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, String((returned.body as BatchReport).adjustmentId), { state: 'rejected', opinion: '请核实执法机构。' })).status).toBe(200);
    expect(await agenciesNamed(other)).toBe(0);

    const law = await app.strapi.db.query(LEGAL_BASIS).create({ data: { title: `机构测试条例${Date.now()}`, status: 'in-force', documentId: `agencylaw${Date.now()}`, publishedAt: new Date() } }) as Row;
    const failing = await batch([agencyRow('BATCH-G-6', '依据将被废止的条例的检查', [other])].map((r) => ({ ...r, bases: [{ kind: 'setting', legalBasis: law.documentId, articles: '第三条' }] })), true, { agencies: [other] });
    expect(failing.status).toBe(201);
    await app.strapi.db.query(LEGAL_BASIS).update({ where: { id: law.id }, data: { status: 'repealed' } });
    const refused = await putRecord(app, REVIEWER, 'power-adjustments', ADJUSTMENT, String((failing.body as BatchReport).adjustmentId), { state: 'approved', opinion: '同意。' });
    expect(refused.status).toBe(400);
    expect(await agenciesNamed(other)).toBe(0);
  });
});
