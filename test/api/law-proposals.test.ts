// Art. 10: a first compilation's sheet cites laws the library lacks. The import is kept on the
// server; each missing law is listed once with the rows citing it; the department proposes it; the
// justice reviewer of the same government accepts it into the library (refusing a duplicate under
// another spelling) or refuses it with an opinion; the kept rows then revalidate without a new
// upload and are filed as one batch power adjustment.
import { Client } from 'pg';
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT, LEGAL_BASIS, auditCount, auditRows, count, findOne, iso, type Row } from '../helpers/data';
import { BOOT } from '../helpers/paths';

// The compiled server's own modules, so the job shares the running server's state.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pendingImportCleanup, JOB_LOCKS } = require(BOOT) as typeof import('../../cms/src/server/boot');

interface Failure { field: string; code: string; article: string; column?: string; message: string }
interface RowReport { index: number; ok: boolean; code?: string; failures?: Failure[] }
interface MissingLaw { title: string; rows: number[]; proposal: { id: string; state: string; opinion: string | null } | null }
interface Report { importId: string; total: number; passed: number; failed: number; committed: boolean; adjustmentId?: string; rows: RowReport[]; missingLaws: MissingLaw[] }
interface Proposal { id: string; state: string; title: string; legalBasisId: string | null; sheetRows: number[]; opinion: string | null }

const EDITOR = 'county-dept-editor';
const REVIEWER = 'county-justice-reviewer';
const MISSING = '中华人民共和国草原防火测试法';

let app: TestApp;
let law: Row;

beforeAll(async () => {
  app = await bootApp();
  law = await findOne(app.strapi, LEGAL_BASIS, { status: 'in-force' });
});
afterAll(async () => {
  await app?.close();
});

const post = async (path: string, body: Row, username = EDITOR) =>
  app.http().post(`/console-api/${path}`).set('Authorization', await app.bearer(username)).send(body);

const basis = (lawTitle: string) => ({ kind: 'setting', legalBasis: null, lawTitle, articles: '第十二条' });
const row = (code: string, name: string, bases: Row[]): Row => ({ code, name, type: 'penalty', bases });
const columns = { name: '项目名称', type: '权力分类', bases: '设定依据' };

async function upload(rows: Row[], username = EDITOR) {
  return post('power-imports', { rows, sheetRows: rows.map((_, i) => i + 4), columns, file: '草原站权责清单.xlsx' }, username);
}

describe('第十条: laws missing from the library, proposed and accepted, rows revalidated', () => {
  let importId: string;
  let proposalId: string;

  test('the kept import lists each missing law once, with the rows citing it; cited rows fail with Art. 10', async () => {
    const rows = [
      row('LAWPROP-1', '对违反草原防火规定的处罚', [{ kind: 'setting', legalBasis: String(law.documentId), articles: '第十条' }]),
      row('LAWPROP-2', '对草原防火期内违规用火的处罚', [basis(`《${MISSING}》`)]),
      row('LAWPROP-3', '对未配备防火设施的处罚', [basis(MISSING.replace('中华人民共和国', '')), { kind: 'setting', legalBasis: String(law.documentId), articles: '第十一条' }]),
      // A law of the library cited under another spelling is found by the server, not reported missing.
      row('LAWPROP-4', '对擅自进入草原防火管制区的处罚', [basis(`《中华人民共和国${String(law.title).replace(/^中华人民共和国/, '')}》`)]),
    ];
    const res = await upload(rows);
    expect(res.status).toBe(201);
    const report = res.body as Report;
    importId = report.importId;
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.missingLaws).toEqual([{ title: MISSING, rows: [5, 6], proposal: null }]);
    expect(report.rows.map((r) => r.ok)).toEqual([true, false, false, true]);
    const failures = report.rows[1].failures ?? [];
    expect(failures.map((f) => [f.code, f.article, f.column])).toEqual([['LAW_NOT_IN_LIBRARY', '第十条', '设定依据']]);
    expect(failures[0].message).toContain('第十条');
    expect(report.rows[2].failures?.map((f) => f.code)).toEqual(['LAW_NOT_IN_LIBRARY']);
    expect({ passed: report.passed, failed: report.failed, committed: report.committed }).toEqual({ passed: 2, failed: 2, committed: false });
  });

  test('another department cannot read the kept import; a reviewer cannot keep one', async () => {
    expect((await post(`power-imports/${importId}/preview`, {}, 'county2-dept-editor')).status).toBe(404);
    expect((await post('power-imports/not-an-id/preview', {})).status).toBe(404);
    const reviewer = await upload([row('LAWPROP-9', '某事项', [basis(MISSING)])], REVIEWER);
    expect(reviewer.status).toBe(403);
  });

  test('a proposal needs a name and level; a law the library holds under another spelling is refused and named', async () => {
    const noLevel = await post('law-proposals', { title: MISSING });
    expect(noLevel.status).toBe(400);
    expect(noLevel.body).toMatchObject({ code: 'LAW_PROPOSAL_INVALID', errors: { level: [expect.stringContaining('第十条')] } });
    const spelled = `《${String(law.title).replace(/^中华人民共和国/, '')}》`;
    const duplicate = await post('law-proposals', { title: spelled, level: 'law' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ code: 'LAW_DUPLICATE', existing: { id: law.documentId, title: law.title } });
    expect((duplicate.body as { message: string }).message).toContain('第十条');
    // The reviewer keeps the library; the department proposes.
    expect((await post('law-proposals', { title: MISSING, level: 'law' }, REVIEWER)).status).toBe(403);
  });

  test('the department proposes the law once; the preview shows the proposal', async () => {
    const res = await post('law-proposals', { title: `《${MISSING}》`, level: 'law', issuingBody: '全国人民代表大会常务委员会', promulgatedAt: '2021-04-29', rows: [5, 6], importId });
    expect(res.status).toBe(201);
    const proposal = res.body as Proposal;
    proposalId = proposal.id;
    expect(proposal).toMatchObject({ state: 'proposed', title: MISSING, sheetRows: [5, 6], legalBasisId: null });
    const again = await post('law-proposals', { title: MISSING.replace('中华人民共和国', ''), level: 'law' }, 'county-dept-head');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'LAW_ALREADY_PROPOSED', proposalId });
    const preview = await post(`power-imports/${importId}/preview`, {});
    expect((preview.body as Report).missingLaws[0].proposal).toEqual({ id: proposalId, state: 'proposed', opinion: null });
    const queue = await app.http().get('/console-api/law-proposals').query({ state: 'proposed' }).set('Authorization', await app.bearer(REVIEWER));
    expect((queue.body as Proposal[]).map((p) => p.id)).toContain(proposalId);
    const otherQueue = await app.http().get('/console-api/law-proposals').set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect((otherQueue.body as Proposal[]).map((p) => p.id)).not.toContain(proposalId);
  });

  test('only the justice reviewer of the same government decides; a refusal needs an opinion', async () => {
    const before = await count(app.strapi, LEGAL_BASIS);
    const byEditor = await post(`law-proposals/${proposalId}/accept`, {});
    expect(byEditor.status).toBe(403);
    expect(byEditor.body).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    expect((await post(`law-proposals/${proposalId}/accept`, {}, 'county2-justice-reviewer')).status).toBe(404);
    expect((await post(`law-proposals/${proposalId}/accept`, {}, 'league-justice-reviewer')).status).toBe(404);
    const blank = await post(`law-proposals/${proposalId}/refuse`, { opinion: ' ' }, REVIEWER);
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ code: 'OPINION_REQUIRED' });
    expect(await count(app.strapi, LEGAL_BASIS)).toBe(before);
  });

  test('accepted: the law is in the library, the kept rows revalidate and are filed as one batch', async () => {
    const before = await count(app.strapi, LEGAL_BASIS);
    const res = await post(`law-proposals/${proposalId}/accept`, {}, REVIEWER);
    expect(res.status).toBe(200);
    const accepted = res.body as Proposal;
    expect(accepted.state).toBe('accepted');
    const created = await findOne(app.strapi, LEGAL_BASIS, { documentId: accepted.legalBasisId });
    expect({ title: created.title, level: created.level, status: created.status, issuingBody: created.issuingBody }).toEqual({ title: MISSING, level: 'law', status: 'in-force', issuingBody: '全国人民代表大会常务委员会' });
    expect(await count(app.strapi, LEGAL_BASIS)).toBe(before + 1);
    expect((await post(`law-proposals/${proposalId}/accept`, {}, REVIEWER)).status).toBe(409);

    const preview = await post(`power-imports/${importId}/preview`, {});
    const report = preview.body as Report;
    expect({ failed: report.failed, passed: report.passed, missing: report.missingLaws }).toEqual({ failed: 0, passed: 4, missing: [] });

    // Days later, in a new session: the department finds its kept import on the server, no new upload.
    const listed = async (username: string) => (await app.http().get('/console-api/power-imports').set('Authorization', await app.bearer(username))).body as { id: string; file: string; rows: number }[];
    expect((await listed('county-dept-head')).find((k) => k.id === importId)).toMatchObject({ file: '草原站权责清单.xlsx', rows: 4 });
    expect((await listed('county2-dept-editor')).map((k) => k.id)).not.toContain(importId);
    expect((await post(`power-imports/${importId}/submit`, {})).status).toBe(400);
    const filed = await post(`power-imports/${importId}/submit`, { reason: '首次梳理编制权责清单（第十条）' });
    expect(filed.status).toBe(201);
    const adjustmentId = String((filed.body as Report).adjustmentId);
    const adjustment = await findOne(app.strapi, ADJUSTMENT, { documentId: adjustmentId });
    const batchRows = adjustment.batchRows as { sheetRow: number; data: { bases: Row[] } }[];
    expect(batchRows.map((r) => r.sheetRow)).toEqual([4, 5, 6, 7]);
    expect(batchRows[1].data.bases).toEqual([{ kind: 'setting', legalBasis: accepted.legalBasisId, articles: '第十二条' }]);
    expect(batchRows[3].data.bases[0].legalBasis).toBe(law.documentId);
    expect((await post(`power-imports/${importId}/submit`, { reason: '再次提交' })).status).toBe(409);
    expect((await listed(EDITOR)).map((k) => k.id)).not.toContain(importId);
  });

  test('a duplicate at acceptance is refused and nothing is created; the opinion of a refusal reaches the preview', async () => {
    const title = '内蒙古自治区草原测试管理办法';
    const unknown = '草原测试站工作规范';
    const kept = await upload([row('LAWPROP-7', '对破坏草原测试设施的处罚', [basis(title)]), row('LAWPROP-8', '对草原测试站的检查', [basis(unknown)])]);
    const keptId = (kept.body as Report).importId;
    const proposed = await post('law-proposals', { title, level: 'government-rule' });
    expect(proposed.status).toBe(201);
    const id = (proposed.body as Proposal).id;
    // Meanwhile the library got the same law under its full, bracketed name.
    await app.strapi.documents(LEGAL_BASIS as 'api::legal-basis.legal-basis').create({ data: { title: `《${title}》（2020年修订）`, level: 'government-rule', status: 'in-force' } });
    const before = await count(app.strapi, LEGAL_BASIS);
    const dup = await post(`law-proposals/${id}/accept`, {}, REVIEWER);
    expect(dup.status).toBe(400);
    expect(dup.body).toMatchObject({ code: 'LAW_DUPLICATE', existing: { title: `《${title}》（2020年修订）` } });
    expect(await count(app.strapi, LEGAL_BASIS)).toBe(before);
    const refused = await post(`law-proposals/${id}/refuse`, { opinion: '库中已有该规章，请引用已收录条目。' }, REVIEWER);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ state: 'refused', opinion: '库中已有该规章，请引用已收录条目。' });
    const other = (await post('law-proposals', { title: unknown, level: 'normative-document' })).body as Proposal;
    const opinion = '该规范不是法律法规规章，不能作为设定依据（第十条）。';
    expect((await post(`law-proposals/${other.id}/refuse`, { opinion }, REVIEWER)).status).toBe(200);
    // The library's entry is found under the other spelling: that row passes now; the refused law's row
    // still fails, and the preview shows the reviewer's opinion beside the law.
    const preview = (await post(`power-imports/${keptId}/preview`, {})).body as Report;
    expect(preview.rows.map((r) => r.ok)).toEqual([true, false]);
    expect(preview.missingLaws).toEqual([{ title: unknown, rows: [5], proposal: { id: other.id, state: 'refused', opinion } }]);
  });
});

describe('unknown headers mapped by hand once, remembered per department', () => {
  const get = async (username: string) =>
    app.http().get('/console-api/header-mappings').query({ resource: 'powers' }).set('Authorization', await app.bearer(username));
  const put = async (body: Row, username = EDITOR) =>
    app.http().put('/console-api/header-mappings').set('Authorization', await app.bearer(username)).send(body);

  test('a department saves its mapping and reads it for the next sheet; another department does not see it', async () => {
    const saved = await put({ resource: 'powers', mappings: { '职权 依据\n（法条）': 'bases', 风险等级: 'remark' } });
    expect(saved.status).toBe(200);
    expect((await get('county-dept-head')).body).toEqual({ resource: 'powers', mappings: { '职权依据(法条)': 'bases', 风险等级: 'remark' } });
    expect((await get('county2-dept-editor')).body).toEqual({ resource: 'powers', mappings: {} });
    // Changed and forgotten by the same department.
    await put({ resource: 'powers', mappings: { '职权依据（法条）': 'steps', 风险等级: null } });
    expect((await get(EDITOR)).body).toEqual({ resource: 'powers', mappings: { '职权依据(法条)': 'steps' } });
  });

  test('a bad target or resource is refused with the field; a reviewer has no department sheet to map', async () => {
    const bad = await put({ resource: 'powers', mappings: { 备注栏: 'x; DROP TABLE' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'HEADER_MAPPING_INVALID', errors: { 'mappings.备注栏': [expect.stringContaining('第十条')] } });
    expect((await put({ resource: '../powers', mappings: {} })).body).toMatchObject({ code: 'HEADER_MAPPING_INVALID' });
    expect((await put({ resource: 'powers', mappings: { 备注栏: 'remark' } }, REVIEWER)).status).toBe(403);
    expect((await get(EDITOR)).body).toEqual({ resource: 'powers', mappings: { '职权依据(法条)': 'steps' } });
  });
});

describe('issue 15: the audit trail of laws proposed and decided, mappings saved, imports revalidated', () => {
  test('each is an audit entry with who, when and what, on the audit screen of the government', async () => {
    const proposed = await auditRows(app.strapi, { action: 'law-propose', resource: 'nmg::law-proposal' });
    expect(proposed.map((r) => (r.changes as Row).title)).toEqual([MISSING, '内蒙古自治区草原测试管理办法', '草原测试站工作规范']);
    expect(proposed[0]).toMatchObject({ role: 'dept-editor', actorKind: 'user', changes: { level: 'law', rows: [5, 6] } });
    expect(iso((proposed[0] as unknown as Row).at)).toMatch(/^\d{4}-/);

    const accepted = await auditRows(app.strapi, { action: 'law-accept' });
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ role: 'justice-reviewer', changes: { title: MISSING, level: 'law' } });
    // With the legal basis it created (itself audited as a create by the reviewer).
    const legalBasisId = String((accepted[0].changes as Row).legalBasisId);
    expect((await findOne(app.strapi, LEGAL_BASIS, { documentId: legalBasisId })).title).toBe(MISSING);
    expect(await auditCount(app.strapi, { resource: LEGAL_BASIS, action: 'create', recordId: legalBasisId, role: 'justice-reviewer' })).toBe(1);

    const refused = await auditRows(app.strapi, { action: 'law-refuse' });
    expect(refused.map((r) => (r.changes as Row).reason)).toEqual(['库中已有该规章，请引用已收录条目。', '该规范不是法律法规规章，不能作为设定依据（第十条）。']);

    // Two saves succeeded; the refused ones (bad target, a reviewer) left no entry.
    const mappings = await auditRows(app.strapi, { action: 'header-mapping-save' });
    expect(mappings.map((r) => [r.recordId, r.changes])).toEqual([
      ['powers', { mappings: { '职权依据(法条)': 'bases', 风险等级: 'remark' } }],
      ['powers', { mappings: { '职权依据(法条)': 'steps', 风险等级: null } }],
    ]);

    const revalidated = await auditRows(app.strapi, { action: 'import-revalidate', resource: 'nmg::pending-import' });
    expect(revalidated.length).toBeGreaterThanOrEqual(3);
    expect(revalidated.some((r) => (r.changes as Row).failed === 0 && (r.changes as Row).total === 4)).toBe(true);

    // The government's audit screen lists them.
    const screen = await app.http().get('/console-api/audit-logs').query({ filter: JSON.stringify({ action: 'law-accept' }), range: '[0,9]' }).set('Authorization', await app.bearer(REVIEWER));
    expect(screen.status).toBe(200);
    expect((screen.body as Row[]).map((r) => r.recordId)).toEqual([accepted[0].recordId]);
  });
});

describe('kept imports are removed once filed or too old, by one instance at a time', () => {
  test('a filed import and an old one are removed; a young unfiled one is kept', async () => {
    const young = (await upload([row('LAWPROP-20', '对草原新规的处罚', [basis('草原清理测试法')])])).body as Report;
    const old = (await upload([row('LAWPROP-21', '对草原旧规的处罚', [basis('草原清理测试法')])])).body as Report;
    const knex = app.strapi.db.connection;
    await knex('nmg_pending_imports').where({ id: old.importId }).update({ created_at: new Date(Date.now() - 31 * 86_400_000) });
    const filed = await knex('nmg_pending_imports').whereNotNull('adjustment_id').count<{ count: string }[]>('id as count');
    expect(Number(filed[0].count)).toBeGreaterThan(0);

    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Another instance holds the job's lock: this one skips and removes nothing.
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [JOB_LOCKS.pendingImportCleanup]);
      expect(await pendingImportCleanup(app.strapi)).toEqual({ ran: false });
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    const outcome = await pendingImportCleanup(app.strapi);
    expect(outcome).toEqual({ ran: true, result: { filed: Number(filed[0].count), expired: 1 } });
    const left = (await knex('nmg_pending_imports').select('id')) as { id: string }[];
    expect(left.map((r) => r.id)).toContain(young.importId);
    expect(left.map((r) => r.id)).not.toContain(old.importId);
    expect(await knex('nmg_pending_imports').whereNotNull('adjustment_id').count<{ count: string }[]>('id as count')).toEqual([{ count: '0' }]);
    // The young one still previews.
    expect((await post(`power-imports/${young.importId}/preview`, {})).status).toBe(200);
  });
});
