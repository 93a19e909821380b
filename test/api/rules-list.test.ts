// Responsibility lists (Art. 11–13) through /console-api: submitting a department's draft runs
// LIST_COMPLETE, DECOMPOSED and RESPONSIBILITY_ASSIGNED (in that order); a published version is
// frozen (LIST_IMMUTABLE) on every path; states move only along config/workflow.json.
// Each market department (region, league, county, county2) has its own seeded draft list v1, so
// every submission case below works on a department of its own.
import type { Response } from 'supertest';
import { ARTICLE } from '../../cms/src/domain/result';
import { bootApp, type TestApp } from '../helpers/app';
import { LIST, OFFICER, POST, POWER, auditCount, count, department, findOne, iso, type Row } from '../helpers/data';
import { expectRule, type ConsoleErrorBody, type StrapiErrorBody } from '../helpers/expect';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

/** The seeded draft list v1 of a department. */
const draftList = async (departmentName: string): Promise<string> =>
  String((await findOne(app.strapi, LIST, { versionNumber: 1, department: { documentId: await department(app.strapi, departmentName) } })).documentId);

async function listState(documentId: string): Promise<Row> {
  const row = await findOne(app.strapi, LIST, { documentId });
  return { state: row.state, title: row.title, updatedAt: iso(row.updatedAt) };
}

async function putList(username: string, id: string, body: Row): Promise<Response> {
  const row = await findOne(app.strapi, LIST, { documentId: id });
  return app.http().put(`/console-api/responsibility-lists/${id}`).set('Authorization', await app.bearer(username)).send({ ...body, updatedAt: iso(row.updatedAt) });
}

/** Submits a list that must be refused, and proves the list and the audit trail did not move. */
async function refusedSubmission(username: string, id: string): Promise<Response> {
  const before = await listState(id);
  expect(before.state).toBe('draft');
  const audits = await auditCount(app.strapi);
  const res = await putList(username, id, { state: 'submitted' });
  expect(await listState(id)).toEqual(before);
  expect(await auditCount(app.strapi)).toBe(audits);
  return res;
}

/** A new version of the county market department's list, created as a draft through the console. */
async function newVersion(versionNumber: number): Promise<string> {
  const res = await app.http().post('/console-api/responsibility-lists').set('Authorization', await app.bearer('county-dept-editor'))
    .send({ versionNumber, title: `锡林浩特市市场监督管理局权责清单（第${versionNumber}版）` });
  expect(res.status).toBe(201);
  expect((res.body as { state: string }).state).toBe('draft');
  return String((res.body as { id: string }).id);
}

/** Publishes a version directly in the database (the approval workflow is not under test here). */
async function publishedVersion(versionNumber: number): Promise<string> {
  const id = await newVersion(versionNumber);
  await app.strapi.db.query(LIST).update({ where: { documentId: id }, data: { state: 'published', publicationDate: new Date() } });
  return id;
}

describe('第十一条、第十二条、第十三条: a list is submitted only when complete, decomposed and assigned', () => {
  test('第十三条: the county market department submits its seeded draft list (200, state submitted, one audit row)', async () => {
    const id = await draftList('锡林浩特市市场监督管理局');
    const audits = await auditCount(app.strapi, { action: 'update', resource: LIST, recordId: id });
    const res = await putList('county-dept-editor', id, { state: 'submitted' });
    expect(res.status).toBe(200);
    expect((res.body as { state: string }).state).toBe('submitted');
    expect((await listState(id)).state).toBe('submitted');
    expect(await auditCount(app.strapi, { action: 'update', resource: LIST, recordId: id })).toBe(audits + 1);
  });

  test('第十三条 LIST_COMPLETE: a licensing power without its service guide blocks the submission (items name SC-XK-001)', async () => {
    const market = await department(app.strapi, '二连浩特市市场监督管理局');
    const power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: market } });
    await app.strapi.db.query(POWER).update({ where: { id: power.id }, data: { serviceGuide: null } });
    const res = await refusedSubmission('county2-dept-editor', await draftList('二连浩特市市场监督管理局'));
    const body = expectRule(res, 'LIST_COMPLETE', 'serviceGuide');
    expect(body.message).toContain('办事指南');
    expect(body.items).toEqual([expect.objectContaining({ item: 'SC-XK-001', field: 'serviceGuide' })]);
  });

  test('第十一条 DECOMPOSED: a power taken off every post blocks the submission (items name the power and the empty post)', async () => {
    const market = await department(app.strapi, '锡林郭勒盟市场监督管理局');
    const power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: market } });
    // Editing the decomposition of a draft is allowed; the check belongs to the submission.
    const edit = await app.http().put(`/console-api/powers/${String(power.documentId)}`).set('Authorization', await app.bearer('league-dept-editor'))
      .send({ decomposition: [], updatedAt: iso(power.updatedAt) });
    expect(edit.status).toBe(200);
    const res = await refusedSubmission('league-dept-editor', await draftList('锡林郭勒盟市场监督管理局'));
    const body = expectRule(res, 'DECOMPOSED', 'decomposition');
    expect(body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ item: 'SC-XK-001', field: 'decomposition' }),
      expect.objectContaining({ item: '食品经营许可岗', field: 'posts' }),
    ]));
  });

  test('第十二条 RESPONSIBILITY_ASSIGNED: a post with powers but no officers blocks the submission (items name the post)', async () => {
    const market = await department(app.strapi, '内蒙古自治区市场监督管理局');
    const post = await findOne(app.strapi, POST, { name: '食品安全检查岗', agency: { department: { documentId: market } } }, { officers: true });
    const officers = post.officers as Row[];
    expect(officers.length).toBeGreaterThan(0);
    // As the server itself (no request): take every officer off the post.
    for (const officer of officers) {
      await app.strapi.documents(OFFICER).update({ documentId: String(officer.documentId), data: { posts: [] } });
    }
    expect(await count(app.strapi, OFFICER, { posts: { documentId: post.documentId } })).toBe(0);
    const res = await refusedSubmission('region-dept-editor', await draftList('内蒙古自治区市场监督管理局'));
    const body = expectRule(res, 'RESPONSIBILITY_ASSIGNED', 'officers');
    expect(body.items).toEqual([expect.objectContaining({ item: '食品安全检查岗', field: 'officers' })]);
  });
});

describe('第十三条 LIST_IMMUTABLE: a published list version never changes', () => {
  test('第十三条 LIST_IMMUTABLE: changing the title of a published version → 400 on `title`, unchanged', async () => {
    const id = await publishedVersion(2);
    const before = await listState(id);
    const audits = await auditCount(app.strapi);
    const res = await putList('county-dept-editor', id, { title: '改过的标题' });
    expectRule(res, 'LIST_IMMUTABLE', 'title');
    expect(await listState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十三条 LIST_IMMUTABLE: putting a published version back to draft → 400 on `state`', async () => {
    const id = await publishedVersion(3);
    const before = await listState(id);
    const audits = await auditCount(app.strapi);
    const res = await putList('county-dept-editor', id, { state: 'draft' });
    expectRule(res, 'LIST_IMMUTABLE', 'state');
    expect(await listState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十三条 LIST_IMMUTABLE: a published version cannot be deleted — console (no permission), admin content manager, server', async () => {
    const id = await publishedVersion(4);
    const before = await listState(id);
    const audits = await auditCount(app.strapi);

    // The department's editor has no delete permission on lists at all.
    const consoleDelete = await app.http().delete(`/console-api/responsibility-lists/${id}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect({ status: consoleDelete.status, code: (consoleDelete.body as ConsoleErrorBody).code }).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });

    // Strapi's admin content manager, as the super administrator.
    const admin = await app.http().delete(`/content-manager/collection-types/${LIST}/${id}`).set('Authorization', await app.adminBearer());
    const adminBody = admin.body as StrapiErrorBody;
    expect({ status: admin.status, code: adminBody.error?.details?.code }).toEqual({ status: 400, code: 'LIST_IMMUTABLE' });
    expect(adminBody.error?.message).toContain(ARTICLE.LIST_IMMUTABLE);

    // The server itself (no request context: the system actor).
    await expect(app.strapi.documents(LIST).delete({ documentId: id })).rejects.toMatchObject({
      name: 'ValidationError',
      details: { code: 'LIST_IMMUTABLE', article: ARTICLE.LIST_IMMUTABLE, field: 'id' },
    });

    expect(await count(app.strapi, LIST, { documentId: id })).toBe(1);
    expect(await listState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十三条 INVALID_TRANSITION: a draft cannot jump straight to published → 400 on `state`', async () => {
    const id = await newVersion(5);
    const before = await listState(id);
    const audits = await auditCount(app.strapi);
    const res = await putList('county-dept-editor', id, { state: 'published' });
    const body = res.body as ConsoleErrorBody;
    expect({ status: res.status, code: body.code }).toEqual({ status: 400, code: 'INVALID_TRANSITION' });
    expect(body.message).toContain('第十三条');
    expect(Object.keys(body.errors)).toEqual(['state']);
    expect(await listState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十三条: the configured exit published → withdrawn is allowed to the justice reviewer (200)', async () => {
    const id = await publishedVersion(6);
    const res = await putList('county-justice-reviewer', id, { state: 'withdrawn', withdrawalReason: '法律依据修改，清单撤回重新编制' });
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200, body: { state: 'withdrawn' } });
    expect((await listState(id)).state).toBe('withdrawn');
  });
});
