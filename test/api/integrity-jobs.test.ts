// Issue 13: a scheduled job is not stopped by one row (each record behind its own savepoint, the
// failure recorded and shown on the region dashboard), and certificate numbers are unique in the
// database: 20 concurrent creates with one number store exactly one officer.
import type { UID } from '@strapi/strapi';
import { bootApp, type TestApp } from '../helpers/app';
import { count, department, findOne, OFFICER, type Row } from '../helpers/data';
import { BOOT } from '../helpers/paths';

const { escalationJob } = require(BOOT) as typeof import('../../cms/src/server/boot');

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
    expect(jobs.map((j) => j.job).sort()).toEqual(['adjustment-check', 'certificate-expiry', 'escalation']);
    // A county dashboard does not show the region's job log.
    const county = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-gov-admin'));
    expect((county.body as { jobs: unknown[] }).jobs).toEqual([]);
  });
});

describe('第十九条: certificate numbers are unique in the database', () => {
  test('20 concurrent creates with one certificate number store exactly 1 officer; the others are refused with code UNIQUE on certificateNumber', async () => {
    const number = 'NMG-UNIQ-20261205';
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) =>
      app.strapi.documents(OFFICER as UID.ContentType).create({ data: { name: `并发持证人${i}`, department: market, certificateNumber: number } })));
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
