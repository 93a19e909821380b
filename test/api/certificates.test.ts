// 第十九条 The certificate lifecycle through /console-api: who may take each step (the justice
// departments, by tier), which steps a certificate may take (a revoked one never comes back; a
// suspension says why), what is recorded (status, history, audit), the flag on the posts with powers
// of an officer whose certificate lapsed, and the list submission it stops; the expiry job (run
// twice at once, it expires once); a plain edit cannot touch the certificate.
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT } from '../helpers/paths';
import { OFFICER, POST, auditRows, count, department, findOne, iso, type Row } from '../helpers/data';
import { expectRule } from '../helpers/expect';
import { seededList, transition } from '../helpers/workflow';

const { certificateExpiry } = require(BOOT) as typeof import('../../cms/src/server/boot');

let app: TestApp;
let countyMarket: string;
/** 食品安全检查岗 of 锡林浩特市市场监督管理局: powers SC-JC-001 and SC-QZ-001 are decomposed to it. */
let checkPost: string;

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  checkPost = String((await findOne(app.strapi, POST, { name: '食品安全检查岗', agency: { department: { documentId: countyMarket } } })).documentId);
});
afterAll(async () => {
  await app?.close();
});

/** The officers on a post, in id order. */
async function officersOn(postId: string): Promise<string[]> {
  const post = await findOne(app.strapi, POST, { documentId: postId }, { officers: { orderBy: { id: 'asc' } } });
  return (post.officers as Row[]).map((o) => String(o.documentId));
}

const certificate = (id: string) => findOne(app.strapi, OFFICER, { documentId: id });
const history = async (id: string): Promise<Row[]> => ((await certificate(id)).certificateHistory as Row[] | null) ?? [];
const flagged = async (postId: string): Promise<boolean> => (await findOne(app.strapi, POST, { documentId: postId })).certificateLapsed === true;

const stepAs = async (username: string, id: string, body: Row): Promise<Response> =>
  app.http().post(`/console-api/officers/${id}/certificate`).set('Authorization', await app.bearer(username)).send(body);
const viewAs = async (username: string, id: string): Promise<Response> =>
  app.http().get(`/console-api/officers/${id}/certificate`).set('Authorization', await app.bearer(username));

function expectRefusal(res: Response, status: number, code: string, field: string): void {
  expect({ status: res.status, code: (res.body as { code: string }).code }).toEqual({ status, code });
  expect(Object.keys((res.body as { errors: Record<string, string[]> }).errors)).toContain(field);
  expect((res.body as { message: string }).message).toContain('第十九条');
}

describe('第十九条 who decides on a certificate', () => {
  test('第十九条 CERTIFICATE_AUTHORITY: the department’s own editor cannot suspend (403), nothing changes', async () => {
    const [id] = await officersOn(checkPost);
    const before = await certificate(id);
    const res = await stepAs('county-dept-editor', id, { action: 'suspend', reason: '内部调查' });
    expectRefusal(res, 403, 'CERTIFICATE_AUTHORITY', 'action');
    expect(await certificate(id)).toMatchObject({ status: 'valid', updatedAt: before.updatedAt });
  });

  test('第十九条 CERTIFICATE_AUTHORITY: a county justice department cannot issue (the region government does)', async () => {
    const created = await app.http().post('/console-api/officers').set('Authorization', await app.bearer('county-dept-editor')).send({ name: '新招录人员', status: 'none' });
    expect(created.status).toBe(201);
    const id = String((created.body as { id: string }).id);
    const res = await stepAs('county-justice-reviewer', id, { action: 'issue', certificateNumber: 'NM19990001', certificateIssuedAt: '2026-01-05', certificateExpiresAt: '2031-01-04' });
    expectRefusal(res, 403, 'CERTIFICATE_AUTHORITY', 'action');
    expect(await certificate(id)).toMatchObject({ status: 'none', certificateNumber: null });
    // The region's justice department issues it; the step is recorded with who and when.
    const issued = await stepAs('region-justice-reviewer', id, { action: 'issue', certificateNumber: 'NM19990001', certificateIssuedAt: '2026-01-05', certificateExpiresAt: '2031-01-04', enforcementCategories: ['市场监管'] });
    expect(issued.status).toBe(200);
    expect(await certificate(id)).toMatchObject({ status: 'valid', certificateNumber: 'NM19990001', enforcementCategories: ['市场监管'] });
    expect((await history(id)).map((h) => h.action)).toEqual(['register', 'issue']);
    expect((await history(id))[1]).toMatchObject({ from: 'none', to: 'valid', actor: 'region-justice-reviewer', role: 'justice-reviewer', organisation: '内蒙古自治区司法厅' });
  });

  test('第十九条 another county’s justice department does not see the officer (404), and cannot act on it', async () => {
    const [id] = await officersOn(checkPost);
    expect((await viewAs('county2-justice-reviewer', id)).status).toBe(404);
    const res = await stepAs('county2-justice-reviewer', id, { action: 'suspend', reason: '越权' });
    expect(res.status).toBe(404);
    expect((await certificate(id)).status).toBe('valid');
  });

  test('第十九条 the steps offered follow the role and tier', async () => {
    const [id] = await officersOn(checkPost);
    const keys = async (username: string) => ((await viewAs(username, id)).body as { actions: { key: string }[] }).actions.map((a) => a.key);
    expect(await keys('region-justice-reviewer')).toEqual(['review', 'suspend', 'revoke', 'cancel']);
    expect(await keys('county-justice-reviewer')).toEqual(['review', 'suspend']);
    expect(await keys('county-dept-editor')).toEqual([]);
    const view = (await viewAs('county-dept-editor', id)).body as Row;
    // The lifecycle view carries no personal information.
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['idNumber']));
    expect(JSON.stringify(view)).not.toMatch(/1394790|152502/);
  });
});

describe('第十九条 suspension, revocation and the flag on the post', () => {
  test('第十九条 CERTIFICATE_REASON: a suspension without a reason → 400 on `reason`, nothing changes', async () => {
    const [id] = await officersOn(checkPost);
    const res = await stepAs('county-justice-reviewer', id, { action: 'suspend', reason: '  ' });
    expectRule(res, 'CERTIFICATE_REASON', 'reason');
    expect((await certificate(id)).status).toBe('valid');
    expect(await flagged(checkPost)).toBe(false);
  });

  test('第十九条 a suspension with a reason is recorded and audited; the post with powers is flagged, not emptied', async () => {
    const [id] = await officersOn(checkPost);
    const res = await stepAs('county-justice-reviewer', id, { action: 'suspend', reason: '涉嫌违法执法，暂扣待查' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'suspended', actions: [{ key: 'reinstate' }] });
    expect((await certificate(id)).status).toBe('suspended');
    expect((await history(id)).at(-1)).toMatchObject({ action: 'suspend', from: 'valid', to: 'suspended', reason: '涉嫌违法执法，暂扣待查', actor: 'county-justice-reviewer' });
    expect(await officersOn(checkPost)).toContain(id);
    expect(await flagged(checkPost)).toBe(true);
    const audits = await auditRows(app.strapi, { resource: OFFICER, recordId: id, action: 'update' });
    expect(audits.at(-1)).toMatchObject({ actor: 'county-justice-reviewer' });
  });

  test('第十九条 CERTIFIED_OFFICER: the department’s list cannot be submitted while the post is flagged', async () => {
    const list = await seededList(app, '锡林浩特市市场监督管理局');
    const res = await transition(app, 'county-dept-editor', list, 'submit');
    const body = expectRule(res, 'CERTIFIED_OFFICER', 'officers');
    expect(body.message).toContain('食品安全检查岗');
    expect((await findOne(app.strapi, 'api::responsibility-list.responsibility-list', { documentId: list })).state).toBe('draft');
  });

  test('第十九条 the suspended certificate is given back with a reason: the flag clears', async () => {
    const [id] = await officersOn(checkPost);
    const res = await stepAs('county-justice-reviewer', id, { action: 'reinstate', reason: '核查完毕，未发现违法' });
    expect(res.status).toBe(200);
    expect((await certificate(id)).status).toBe('valid');
    expect(await flagged(checkPost)).toBe(false);
  });

  test('第十九条 CERTIFICATE_TRANSITION: a revoked certificate is never reinstated nor reviewed back', async () => {
    const [, id] = await officersOn(checkPost);
    expect((await stepAs('region-justice-reviewer', id, { action: 'revoke', reason: '严重违法执法' })).status).toBe(200);
    expect(await flagged(checkPost)).toBe(true);
    const updatedAt = (await certificate(id)).updatedAt;
    expectRule(await stepAs('region-justice-reviewer', id, { action: 'reinstate', reason: '申诉' }), 'CERTIFICATE_TRANSITION', 'status');
    expectRule(await stepAs('region-justice-reviewer', id, { action: 'review' }), 'CERTIFICATE_TRANSITION', 'status');
    expect(await certificate(id)).toMatchObject({ status: 'revoked', updatedAt });
    // The department takes the officer off the post: the post is no longer flagged.
    const officer = await certificate(id);
    const put = await app.http().put(`/console-api/officers/${id}`).set('Authorization', await app.bearer('county-dept-editor')).send({ posts: [], updatedAt: iso(officer.updatedAt) });
    expect(put.status).toBe(200);
    expect(await flagged(checkPost)).toBe(false);
  });
});

describe('第十九条 plain edits leave the certificate alone', () => {
  test('第十九条 CERTIFICATE_AUTHORITY: the department editor cannot extend an expiry by editing (403), other fields save', async () => {
    const created = await app.http().post('/console-api/officers').set('Authorization', await app.bearer('county-dept-editor'))
      .send({ name: '编辑测试员', status: 'valid', certificateNumber: 'NM19990002', certificateIssuedAt: '2024-01-01', certificateExpiresAt: '2027-01-01' });
    expect(created.status).toBe(201);
    const id = String((created.body as { id: string }).id);
    const row = await certificate(id);
    const res = await app.http().put(`/console-api/officers/${id}`).set('Authorization', await app.bearer('county-dept-editor')).send({ certificateExpiresAt: '2035-01-01', updatedAt: iso(row.updatedAt) });
    expectRefusal(res, 403, 'CERTIFICATE_AUTHORITY', 'certificateExpiresAt');
    expect(String((await certificate(id)).certificateExpiresAt)).toBe('2027-01-01');
    const phone = await app.http().put(`/console-api/officers/${id}`).set('Authorization', await app.bearer('county-dept-editor')).send({ phone: '13947900000', updatedAt: iso(row.updatedAt) });
    expect(phone.status).toBe(200);
    // The history the form may send back is the server's: it is not overwritten.
    const again = await certificate(id);
    await app.http().put(`/console-api/officers/${id}`).set('Authorization', await app.bearer('county-dept-editor')).send({ certificateHistory: [], updatedAt: iso(again.updatedAt) });
    expect((await history(id)).map((h) => h.action)).toEqual(['register']);
  });
});

describe('第十九条 the expiry job', () => {
  test('第十九条 two runs at once expire a lapsed certificate once, record it, and flag its post with powers', async () => {
    const [id] = await officersOn(checkPost);
    await app.strapi.db.query(OFFICER).update({ where: { documentId: id }, data: { certificateExpiresAt: '2026-01-31' } });
    const now = new Date('2026-02-01T01:00:00Z');
    const runs = await Promise.all([certificateExpiry(app.strapi, now), certificateExpiry(app.strapi, now)]);
    const expired = runs.flatMap((r) => (r.ran ? r.result.expired : []));
    expect(expired.filter((e) => e === id)).toHaveLength(1);
    expect((await certificate(id)).status).toBe('expired');
    expect((await history(id)).filter((h) => h.action === 'expire')).toHaveLength(1);
    expect((await history(id)).at(-1)).toMatchObject({ action: 'expire', from: 'valid', to: 'expired', actor: 'system' });
    expect(await flagged(checkPost)).toBe(true);
    // A third run finds nothing left to expire.
    const third = await certificateExpiry(app.strapi, now);
    expect(third.ran && third.result.expired).toEqual([]);
  });

  test('第十九条 the dashboard shows the flagged post to its county and not to another county', async () => {
    const figure = async (username: string) => {
      const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
      expect(res.status).toBe(200);
      return ((res.body as { certificateWatch: Row[] }).certificateWatch).find((f) => f.key === 'postsWithLapsedCertificates');
    };
    expect(await figure('county-dept-editor')).toMatchObject({ count: 1, resource: 'posts', filter: { certificateLapsed: true } });
    expect(await figure('county2-dept-editor')).toMatchObject({ count: 0 });
    const list = await app.http().get(`/console-api/posts?filter=${encodeURIComponent(JSON.stringify({ certificateLapsed: true }))}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect((list.body as Row[]).map((p) => p.id)).toEqual([checkPost]);
    expect(await count(app.strapi, POST, { certificateLapsed: true })).toBe(1);
  });
});

describe('第二十条 training hours', () => {
  test('第二十条 hours per officer and year, in the user’s scope only', async () => {
    const [id] = await officersOn(checkPost);
    const editor = await app.bearer('county-dept-editor');
    for (const [date, hours] of [['2026-03-01', 8], ['2026-09-10', 6.5], ['2025-05-05', 4]] as const) {
      const res = await app.http().post('/console-api/training-records').set('Authorization', editor).send({ officer: id, title: `执法培训${date}`, date, hours });
      expect(res.status).toBe(201);
    }
    const mine = await app.http().get('/console-api/training-hours?year=2026').set('Authorization', editor);
    expect(mine.status).toBe(200);
    expect((mine.body as { data: { officer: { id: string }; hours: number }[] }).data.find((r) => r.officer.id === id)?.hours).toBe(14.5);
    const other = await app.http().get('/console-api/training-hours?year=2026').set('Authorization', await app.bearer('county2-dept-editor'));
    expect((other.body as { data: { officer: { id: string } }[] }).data.map((r) => r.officer.id)).not.toContain(id);
    const view = (await viewAs('county-dept-editor', id)).body as { trainingHours: { year: number; hours: number }[] };
    expect(view.trainingHours).toEqual([{ year: 2026, hours: 14.5 }, { year: 2025, hours: 4 }]);
    expect((await app.http().get('/console-api/training-hours?year=20x6').set('Authorization', editor)).status).toBe(400);
  });

  // Issue 14 point 9: the officers below the minimum include those with no training at all.
  test('第二十条 officers below the minimum include those with no hours, within the scope', async () => {
    const editor = await app.bearer('county-dept-editor');
    const res = await app.http().get('/console-api/training-hours?year=2031&below=10').set('Authorization', editor);
    expect(res.status).toBe(200);
    const rows = (res.body as { data: { officer: { id: string; name: string }; hours: number }[] }).data;
    const officers = await app.http().get('/console-api/officers').query({ range: '[0,999]' }).set('Authorization', editor);
    expect(rows.length).toBe((officers.body as unknown[]).length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.hours === 0 && r.officer.name !== '')).toBe(true);
  });
});

describe('第十九条 review (年审) every two years', () => {
  test('第十九条 a certificate entered with its officer falls due for review two years after issue; a review moves it on', async () => {
    const created = await app.http().post('/console-api/officers').set('Authorization', await app.bearer('county-dept-editor'))
      .send({ name: '年审测试员', status: 'valid', certificateNumber: 'NM19990003', certificateIssuedAt: '2024-01-10', certificateExpiresAt: '2029-01-09' });
    expect(created.status).toBe(201);
    const id = String((created.body as { id: string }).id);
    expect((await viewAs('county-dept-editor', id)).body).toMatchObject({ reviewedAt: '2024-01-10', reviewDue: '2026-01-10' });
    const res = await stepAs('county-justice-reviewer', id, { action: 'review', certificateExpiresAt: '2031-01-09' });
    expect(res.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.body).toMatchObject({ reviewedAt: today, expiresAt: '2031-01-09', status: 'valid' });
    expect((await history(id)).at(-1)).toMatchObject({ action: 'review', from: 'valid', to: 'valid', expiresAt: '2031-01-09' });
  });
});
