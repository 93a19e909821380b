// Issue 13: a scheduled job is not stopped by one row (each record behind its own savepoint, the
// failure recorded and shown on the region dashboard), and certificate numbers are unique in the
// database: 20 concurrent creates with one number store exactly one officer.
import type { Knex } from 'knex';
import { bootApp, type TestApp } from '../helpers/app';
import { count, department, findOne, OFFICER, type Row } from '../helpers/data';
import { BOOT } from '../helpers/paths';
import { publishSeededList, tierUsers } from '../helpers/workflow';

const { escalationJob, integrityCheck } = require(BOOT) as typeof import('../../cms/src/server/boot');

const CASE = 'api::accountability-case.accountability-case';
const day = (offset: number): string => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

let app: TestApp;
let market: string;

beforeAll(async () => {
  app = await bootApp();
  market = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

async function openOrder(finding: string): Promise<string> {
  const res = await app.http().post('/console-api/accountability-cases').set('Authorization', await app.bearer('county-gov-admin'))
    .send({ subjectKind: 'department', department: market, finding, measure: 'correction-order', deadline: day(3) });
  expect(res.status).toBe(201);
  return String((res.body as Row).id);
}

interface IntegrityCard {
  lastRunAt: string | null;
  failedChecks: number;
  total: number;
  findings: { kind: string; label: string; resource: string; count: number; recordIds: string[] }[];
}

/** A result row's values, which the next statement may bind again. */
type SqlRow = Record<string, Knex.Value>;

const sql = async (text: string, bindings: readonly Knex.Value[] = []): Promise<SqlRow[]> =>
  ((await app.strapi.db.connection.raw(text, bindings)) as { rows: SqlRow[] }).rows;

async function integrityCard(): Promise<IntegrityCard> {
  const dash = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('region-gov-admin'));
  expect(dash.status).toBe(200);
  return (dash.body as { integrity: IntegrityCard }).integrity;
}

async function runIntegrity(): Promise<{ kinds: Record<string, number>; failed: string[] }> {
  const outcome = await integrityCheck(app.strapi);
  if (!outcome.ran) throw new Error('integrity check did not run');
  return { kinds: Object.fromEntries(outcome.result.findings.map((f) => [f.kind, f.count])), failed: outcome.result.failed.map((f) => f.recordId) };
}

describe('数据完整性: the nightly integrity check reports orphans on the region dashboard', () => {
  test("Strapi's link tables cascade: deleting the department row deletes the officer's link, not the officer", async () => {
    const rules = await sql(`SELECT c.confrelid::regclass::text AS target, c.confdeltype AS on_delete FROM pg_constraint c
      WHERE c.conrelid = 'officers_department_lnk'::regclass AND c.contype = 'f' ORDER BY 1`);
    expect(rules).toEqual([{ target: 'departments', on_delete: 'c' }, { target: 'officers', on_delete: 'c' }]);
  });

  test('the seeded data has no orphans, and every check runs', async () => {
    expect(await runIntegrity()).toEqual({ kinds: {}, failed: [] });
    const card = await integrityCard();
    expect(card.lastRunAt).not.toBeNull();
    expect(card).toMatchObject({ failedChecks: 0, total: 0, findings: [] });
  });

  test('orphans made with raw SQL are found and shown per kind; once repaired, the next run finds none', async () => {
    const officer = (await sql('SELECT l.officer_id, l.department_id, o.document_id FROM officers_department_lnk l JOIN officers o ON o.id = l.officer_id ORDER BY l.id LIMIT 1'))[0];
    const dept = (await sql('SELECT l.department_id, l.government_id, d.document_id FROM departments_government_lnk l JOIN departments d ON d.id = l.department_id ORDER BY l.id LIMIT 1'))[0];
    const account = (await sql(`SELECT l.user_id, l.department_id, u.document_id FROM up_users_department_lnk l JOIN up_users u ON u.id = l.user_id
      WHERE NOT EXISTS (SELECT 1 FROM up_users_government_lnk g WHERE g.user_id = u.id) ORDER BY l.id LIMIT 1`))[0];
    await sql('DELETE FROM officers_department_lnk WHERE officer_id = ?', [officer.officer_id]);
    await sql('DELETE FROM departments_government_lnk WHERE department_id = ?', [dept.department_id]);
    await sql('DELETE FROM up_users_department_lnk WHERE user_id = ?', [account.user_id]);

    expect(await runIntegrity()).toEqual({ kinds: { 'officer-without-department': 1, 'department-without-government': 1, 'account-without-scope': 1 }, failed: [] });
    const card = await integrityCard();
    expect(card.total).toBe(3);
    expect(card.findings).toEqual([
      { kind: 'department-without-government', label: '行政执法部门缺少所属人民政府', resource: 'api::department.department', count: 1, recordIds: [dept.document_id] },
      { kind: 'officer-without-department', label: '行政执法人员缺少所属行政执法部门', resource: 'api::officer.officer', count: 1, recordIds: [officer.document_id] },
      { kind: 'account-without-scope', label: '用户账号缺少所属单位（无权限范围）', resource: 'plugin::users-permissions.user', count: 1, recordIds: [account.document_id] },
    ]);
    // Only the region sees the card: record ids of any government.
    const county = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-gov-admin'));
    expect((county.body as { integrity: unknown }).integrity).toBeNull();

    await sql('INSERT INTO officers_department_lnk (officer_id, department_id) VALUES (?, ?)', [officer.officer_id, officer.department_id]);
    await sql('INSERT INTO departments_government_lnk (department_id, government_id) VALUES (?, ?)', [dept.department_id, dept.government_id]);
    await sql('INSERT INTO up_users_department_lnk (user_id, department_id) VALUES (?, ?)', [account.user_id, account.department_id]);
    expect(await runIntegrity()).toEqual({ kinds: {}, failed: [] });
    const repaired = await integrityCard();
    expect(repaired).toMatchObject({ total: 0, findings: [] });
    expect(Date.parse(String(repaired.lastRunAt))).toBeGreaterThan(Date.parse(String(card.lastRunAt)));
  });

  test('a published item whose list is gone, and a case whose subject is gone, are found too', async () => {
    await publishSeededList(app, '锡林浩特市市场监督管理局', tierUsers('county'));
    const item = (await sql('SELECT id, list_id, document_id FROM published_items ORDER BY id LIMIT 1'))[0];
    expect(item).toBeDefined();
    await sql("UPDATE published_items SET list_id = 'gone-list' WHERE id = ?", [item.id]);
    const opened = await app.http().post('/console-api/accountability-cases').set('Authorization', await app.bearer('county-gov-admin'))
      .send({ subjectKind: 'officer', officer: (await findOne(app.strapi, OFFICER, { department: { documentId: market } })).documentId, department: market, finding: '完整性检查：对象消失', measure: 'handling' });
    expect(opened.status).toBe(201);
    const caseRow = await findOne(app.strapi, CASE, { documentId: String((opened.body as Row).id) });
    await sql('DELETE FROM accountability_cases_officer_lnk WHERE accountability_case_id = ?', [Number(caseRow.id)]);
    const found = await runIntegrity();
    expect(found.kinds).toEqual({ 'published-item-without-list': 1, 'case-without-subject': 1 });
    await sql('UPDATE published_items SET list_id = ? WHERE id = ?', [item.list_id, item.id]);
    await sql('DELETE FROM accountability_cases WHERE id = ?', [Number(caseRow.id)]);
    expect((await runIntegrity()).kinds).toEqual({});
  });

  test('a check that fails is recorded alone (savepoint); the checks after it still run and report', async () => {
    const officer = (await sql('SELECT l.officer_id, l.department_id, o.document_id FROM officers_department_lnk l JOIN officers o ON o.id = l.officer_id ORDER BY l.id LIMIT 1'))[0];
    await sql('DELETE FROM officers_department_lnk WHERE officer_id = ?', [officer.officer_id]);
    const broken = { kind: 'broken-check', label: '坏检查', uid: OFFICER, anyOf: ['department'], when: { column: 'no_such_column', in: ['x'] } };
    const outcome = await integrityCheck(app.strapi, [broken, { kind: 'officer-without-department', label: '行政执法人员缺少所属行政执法部门', uid: OFFICER, anyOf: ['department'] }]);
    expect(outcome.ran && outcome.result.failed.map((f) => f.recordId)).toEqual(['broken-check']);
    expect(outcome.ran && outcome.result.findings.map((f) => [f.kind, f.sample])).toEqual([['officer-without-department', [officer.document_id]]]);
    const card = await integrityCard();
    expect(card).toMatchObject({ failedChecks: 1, total: 1 });
    await sql('INSERT INTO officers_department_lnk (officer_id, department_id) VALUES (?, ?)', [officer.officer_id, officer.department_id]);
    expect(await runIntegrity()).toEqual({ kinds: {}, failed: [] });
  });
});

describe('第二十七条 ESCALATION: one poisoned order does not stop the job', () => {
  test('an orphaned correction order fails alone; the other overdue orders escalate; the failure and the last run are on the region dashboard', async () => {
    const good = [await openOrder('逾期未改正一'), await openOrder('逾期未改正二')];
    const poisoned = await openOrder('逾期未改正（孤儿）');
    // The orphan: its links to department and supervising government gone behind Strapi's back.
    const row = await findOne(app.strapi, CASE, { documentId: poisoned });
    await app.strapi.db.connection.raw('DELETE FROM accountability_cases_department_lnk WHERE accountability_case_id = ?', [row.id]);
    await app.strapi.db.connection.raw('DELETE FROM accountability_cases_supervising_government_lnk WHERE accountability_case_id = ?', [row.id]);

    const outcome = await escalationJob(app.strapi, new Date(Date.now() + 10 * 86400000));
    expect(outcome.ran).toBe(true);
    const result = outcome.ran ? outcome.result : null;
    expect(result?.escalated).toEqual(expect.arrayContaining(good));
    expect(result?.escalated).not.toContain(poisoned);
    expect(result?.failed.map((f) => f.recordId)).toEqual([poisoned]);
    for (const id of good) expect((await findOne(app.strapi, CASE, { documentId: id })).state).toBe('escalated');
    expect((await findOne(app.strapi, CASE, { documentId: poisoned })).state).toBe('open');
    // Nothing half-written for the poisoned one: no follow-up case points at it.
    expect(await count(app.strapi, CASE, { escalatedFrom: { documentId: poisoned } })).toBe(0);

    const dash = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('region-gov-admin'));
    expect(dash.status).toBe(200);
    const jobs = (dash.body as { jobs: { job: string; lastRunAt: string | null; succeeded: number; failed: number; failures: { recordId: string; error: string }[] }[] }).jobs;
    const escalation = jobs.find((j) => j.job === 'escalation');
    expect(escalation?.lastRunAt).not.toBeNull();
    expect(escalation?.failed).toBe(1);
    expect(escalation?.succeeded).toBeGreaterThanOrEqual(2);
    expect(escalation?.failures.map((f) => f.recordId)).toEqual([poisoned]);
    expect(jobs.map((j) => j.job).sort()).toEqual(['adjustment-check', 'certificate-expiry', 'escalation', 'integrity-check']);
    // A county dashboard does not show the region's job log.
    const county = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-gov-admin'));
    expect((county.body as { jobs: unknown[] }).jobs).toEqual([]);
  });
});

describe('第十九条: certificate numbers are unique in the database', () => {
  test('20 concurrent creates with one certificate number store exactly 1 officer; the others are refused with code UNIQUE on certificateNumber', async () => {
    const number = 'NMG-UNIQ-20261205';
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) =>
      app.strapi.documents(OFFICER).create({ data: { name: `并发持证人${i}`, department: market, certificateNumber: number, status: 'valid' } })));
    expect(await count(app.strapi, OFFICER, { certificateNumber: number })).toBe(1);
    const refused = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(refused).toHaveLength(19);
    // Either Strapi's own unique lookup caught it (it saw the winner's committed row) or the unique
    // index did (23505, turned into code UNIQUE): both name certificateNumber, none is a 500.
    for (const r of refused) {
      const details = (r.reason as { details?: { code?: string; field?: string; errors?: { path?: string[] }[] } }).details;
      const field = details?.field ?? details?.errors?.[0]?.path?.[0];
      expect(field).toBe('certificateNumber');
      expect(String((r.reason as Error).message)).toMatch(/唯一|unique/i);
      expect((r.reason as Error).name).toMatch(/ValidationError/);
    }
    const idx = await app.strapi.db.connection.raw("SELECT indexdef FROM pg_indexes WHERE indexname = 'officers_certificate_number_key'");
    expect(String((idx as { rows: { indexdef: string }[] }).rows[0]?.indexdef)).toContain('UNIQUE');
  });

  test('account names are unique case-insensitively in the database', async () => {
    const user = (await app.strapi.db.connection.raw("SELECT username, email, password, provider FROM up_users WHERE username = 'county-viewer'")) as { rows: Row[] };
    const u = user.rows[0];
    await expect(app.strapi.db.connection.raw('INSERT INTO up_users (username, email, provider, document_id) VALUES (?, ?, ?, ?)', ['COUNTY-VIEWER', 'other@example.invalid', u.provider, 'dupuser1'])).rejects.toMatchObject({ code: '23505' });
  });
});
