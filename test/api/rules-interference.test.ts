// 第三十条 INTERFERENCE_SEALED: an officer's record of interference is created by its department,
// read only by the supervisors named in config/supervision.json (each read audited), and never
// changed or deleted by anyone — not by the Strapi administrator, not by the server itself.
import type { Response } from 'supertest';
import { ARTICLE } from '../../cms/src/domain/result';
import { bootApp, type TestApp } from '../helpers/app';
import { INTERFERENCE, OFFICER, auditCount, count, department, findOne, iso, type Row } from '../helpers/data';
import type { ConsoleErrorBody, StrapiErrorBody } from '../helpers/expect';

const CM = `/content-manager/collection-types/${INTERFERENCE}`;

let app: TestApp;
let countyMarket: string;
let recordId: string;

async function stored(): Promise<Row> {
  const row = await findOne(app.strapi, INTERFERENCE, { documentId: recordId }, { department: true });
  return { interferer: row.interferer, manner: row.manner, content: row.content, occurredAt: iso(row.occurredAt), updatedAt: iso(row.updatedAt), department: (row.department as Row).documentId };
}

function expectSealedAdmin(res: Response): void {
  const body = res.body as StrapiErrorBody;
  expect({ status: res.status, code: body.error?.details?.code }).toEqual({ status: 400, code: 'INTERFERENCE_SEALED' });
  expect(body.error?.message).toContain(ARTICLE.INTERFERENCE_SEALED);
  expect(body.error?.details?.article).toBe(ARTICLE.INTERFERENCE_SEALED);
}

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  await app?.close();
});

describe('第三十条 INTERFERENCE_SEALED: interference records are sealed once saved', () => {
  test('第三十条: the county editor records an interference (201); it is stored for its department with one audit row', async () => {
    const officer = await findOne(app.strapi, OFFICER, { department: { documentId: countyMarket } });
    const res = await app.http().post('/console-api/interference-records').set('Authorization', await app.bearer('county-dept-editor')).send({
      officer: String(officer.documentId),
      interferer: '某单位负责人',
      occurredAt: '2026-01-10T02:30:00.000Z',
      manner: 'phone',
      content: '电话要求对某食品经营企业的违法行为从轻处理。',
    });
    expect(res.status).toBe(201);
    recordId = String((res.body as { id: string }).id);
    expect(recordId).not.toBe('');
    // The creator cannot read it back, so the answer carries nothing but the id.
    expect(res.body).toEqual({ id: recordId });
    expect(await stored()).toMatchObject({ interferer: '某单位负责人', manner: 'phone', department: countyMarket });
    expect(await auditCount(app.strapi, { action: 'create', resource: INTERFERENCE, recordId })).toBe(1);
  });

  test('第三十条: the county editor cannot read it back (403, no read permission) — nor list it', async () => {
    const one = await app.http().get(`/console-api/interference-records/${recordId}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect({ status: one.status, code: (one.body as ConsoleErrorBody).code }).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    const list = await app.http().get('/console-api/interference-records').set('Authorization', await app.bearer('county-dept-editor'));
    expect(list.status).toBe(403);
    expect(JSON.stringify(list.body)).not.toContain('某单位负责人');
  });

  test("第三十条: the county justice reviewer reads it (200) and the read adds one audit row with action 'read'", async () => {
    const reads = await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId });
    const res = await app.http().get(`/console-api/interference-records/${recordId}`).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: recordId, interferer: '某单位负责人', content: '电话要求对某食品经营企业的违法行为从轻处理。' });
    expect(await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId })).toBe(reads + 1);
    expect(await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId, actor: 'county-justice-reviewer' })).toBe(reads + 1);
  });

  test("第三十条: another county's justice reviewer does not see it (404), and its failed read is not an audited read", async () => {
    const reads = await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId });
    const res = await app.http().get(`/console-api/interference-records/${recordId}`).set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect(res.status).toBe(404);
    expect(await auditCount(app.strapi, { action: 'read', resource: INTERFERENCE, recordId })).toBe(reads);
  });

  test('第三十条 INTERFERENCE_SEALED: the Strapi administrator cannot edit it in the content manager → 400, unchanged', async () => {
    const before = await stored();
    const audits = await auditCount(app.strapi);
    const res = await app.http().put(`${CM}/${recordId}`).set('Authorization', await app.adminBearer()).send({ content: '改写后的内容', updatedAt: before.updatedAt });
    expectSealedAdmin(res);
    expect(await stored()).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第三十条 INTERFERENCE_SEALED: the Strapi administrator cannot delete it in the content manager → 400, still there', async () => {
    const before = await stored();
    const audits = await auditCount(app.strapi);
    const res = await app.http().delete(`${CM}/${recordId}`).set('Authorization', await app.adminBearer());
    expectSealedAdmin(res);
    expect(await count(app.strapi, INTERFERENCE, { documentId: recordId })).toBe(1);
    expect(await stored()).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第三十条 INTERFERENCE_SEALED: the server itself (system actor) cannot update or delete it either', async () => {
    const before = await stored();
    const audits = await auditCount(app.strapi);
    const docs = app.strapi.documents(INTERFERENCE);
    const sealed = { name: 'ValidationError', details: { code: 'INTERFERENCE_SEALED', article: ARTICLE.INTERFERENCE_SEALED } };
    await expect(docs.update({ documentId: recordId, data: { content: '系统改写' } })).rejects.toMatchObject(sealed);
    await expect(docs.delete({ documentId: recordId })).rejects.toMatchObject(sealed);
    expect(await stored()).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });
});
