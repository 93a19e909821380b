// The publish path of the region catalogue (catalogue-items, draft-and-publish): a draft may be
// incomplete, but nothing is published without a legal basis in force (第四条、第九条
// BASIS_REQUIRED) — through the console's publish action, the admin content manager's publish
// action, and Strapi's REST create (which publishes by default).
import type { Response } from 'supertest';
import { ARTICLE } from '../../cms/src/domain/result';
import { bootApp, type TestApp } from '../helpers/app';
import { CATALOGUE, auditCount, count, findOne, iso, legalBasis, type Row } from '../helpers/data';
import { expectRuleRefusal, type StrapiErrorBody } from '../helpers/expect';

const REVIEWER = 'region-justice-reviewer';

let app: TestApp;
let foodSafetyLaw: string;
let foodHygieneLaw: string;

beforeAll(async () => {
  app = await bootApp();
  foodSafetyLaw = await legalBasis(app.strapi, '中华人民共和国食品安全法');
  foodHygieneLaw = await legalBasis(app.strapi, '中华人民共和国食品卫生法');
});
afterAll(async () => {
  await app?.close();
});

const bearer = (): Promise<string> => app.bearer(REVIEWER);
const published = (documentId: string): Promise<number> => count(app.strapi, CATALOGUE, { documentId, publishedAt: { $notNull: true } });
const drafts = (documentId: string): Promise<number> => count(app.strapi, CATALOGUE, { documentId, publishedAt: { $null: true } });

async function draftState(documentId: string): Promise<Row> {
  const row = await findOne(app.strapi, CATALOGUE, { documentId, publishedAt: { $null: true } }, { bases: true });
  return { name: row.name, updatedAt: iso(row.updatedAt), bases: (row.bases as Row[]).length };
}

function expectBasisConsole(res: Response, field: string): void {
  expectRuleRefusal(res, 'BASIS_REQUIRED', field);
}

function expectBasisStrapi(res: Response, field: string): void {
  const body = res.body as StrapiErrorBody;
  expect({ status: res.status, name: body.error?.name, code: body.error?.details?.code }).toEqual({ status: 400, name: 'ValidationError', code: 'BASIS_REQUIRED' });
  expect(body.data).toBeNull();
  expect(body.error?.message).toContain(ARTICLE.BASIS_REQUIRED);
  expect(body.error?.details?.field).toBe(field);
}

/** A catalogue item created through the console as a draft (no basis yet: drafts may be incomplete). */
async function newDraft(code: string): Promise<string> {
  const res = await app.http().post('/console-api/catalogue-items').set('Authorization', await bearer())
    .send({ code, name: `测试目录事项${code}`, type: 'inspection', tiers: ['region', 'league', 'county'] });
  expect(res.status).toBe(201);
  const id = String((res.body as { id: string }).id);
  expect((res.body as { publishedAt: unknown }).publishedAt ?? null).toBeNull();
  expect(await drafts(id)).toBe(1);
  expect(await published(id)).toBe(0);
  return id;
}

async function putDraft(id: string, body: Row): Promise<Response> {
  const row = await findOne(app.strapi, CATALOGUE, { documentId: id, publishedAt: { $null: true } });
  return app.http().put(`/console-api/catalogue-items/${id}`).set('Authorization', await bearer()).send({ ...body, updatedAt: iso(row.updatedAt) });
}

describe('第四条、第九条 BASIS_REQUIRED on the publish path of the region catalogue', () => {
  test('第四条、第九条 BASIS_REQUIRED: console publish of a draft without bases → 400 on `bases`, nothing published', async () => {
    const id = await newDraft('TEST-JC-001');
    const before = await draftState(id);
    const audits = await auditCount(app.strapi);
    const res = await app.http().post(`/console-api/catalogue-items/${id}/publish`).set('Authorization', await bearer());
    expectBasisConsole(res, 'bases');
    expect(await published(id)).toBe(0);
    expect(await draftState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第四条、第九条 BASIS_REQUIRED: console publish of a draft citing only the repealed 食品卫生法 → 400 on `bases.0.legalBasis`', async () => {
    const id = await newDraft('TEST-JC-002');
    const edit = await putDraft(id, { bases: [{ kind: 'setting', legalBasis: foodHygieneLaw, articles: '第四十条' }] });
    expect(edit.status).toBe(200);
    const audits = await auditCount(app.strapi);
    const res = await app.http().post(`/console-api/catalogue-items/${id}/publish`).set('Authorization', await bearer());
    expectBasisConsole(res, 'bases.0.legalBasis');
    expect(await published(id)).toBe(0);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第四条、第九条 BASIS_REQUIRED: admin content manager publish action → 400 details.code, nothing published', async () => {
    const id = await newDraft('TEST-JC-003');
    const before = await draftState(id);
    const audits = await auditCount(app.strapi);
    const res = await app.http().post(`/content-manager/collection-types/${CATALOGUE}/${id}/actions/publish`).set('Authorization', await app.adminBearer()).send({ updatedAt: before.updatedAt });
    expectBasisStrapi(res, 'bases');
    expect(await published(id)).toBe(0);
    expect(await draftState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test("第四条、第九条 BASIS_REQUIRED: Strapi's REST POST /api/catalogue-items (publishes by default) without bases → 400, nothing created", async () => {
    const items = await count(app.strapi, CATALOGUE);
    const audits = await auditCount(app.strapi);
    // Strapi's /api writes are closed (DECISIONS "One concurrency rule"): refused before any rule runs.
    const res = await app.http().post('/api/catalogue-items').set('Authorization', await bearer()).send({ data: { code: 'TEST-JC-004', name: '经REST创建的目录事项', type: 'inspection' } });
    expect({ status: res.status, code: (res.body as { error?: { details?: { code?: string } } }).error?.details?.code }).toEqual({ status: 405, code: 'API_WRITE_CLOSED' });
    expect(await count(app.strapi, CATALOGUE)).toBe(items);
    expect(await count(app.strapi, CATALOGUE, { code: 'TEST-JC-004' })).toBe(0);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第四条、第九条: once a basis in force is cited, the console publishes the item (200, one published row)', async () => {
    const id = await newDraft('TEST-JC-005');
    const edit = await putDraft(id, { bases: [{ kind: 'setting', legalBasis: foodSafetyLaw, articles: '第一百一十条' }] });
    expect(edit.status).toBe(200);
    const res = await app.http().post(`/console-api/catalogue-items/${id}/publish`).set('Authorization', await bearer());
    expect(res.status).toBe(200);
    expect(await published(id)).toBe(1);
    const row = await findOne(app.strapi, CATALOGUE, { documentId: id, publishedAt: { $notNull: true } }, { bases: { populate: { legalBasis: true } } });
    expect((row.bases as Row[]).map((b) => [(b.legalBasis as Row | null)?.title ?? null, b.articles])).toEqual([['中华人民共和国食品安全法', '第一百一十条']]);
  });

  test('第四条、第九条 BASIS_REQUIRED: republishing a draft whose bases were removed → 400, the published version stays as it was', async () => {
    const id = await newDraft('TEST-JC-007');
    expect((await putDraft(id, { bases: [{ kind: 'setting', legalBasis: foodSafetyLaw, articles: '第一百一十条' }] })).status).toBe(200);
    expect((await app.http().post(`/console-api/catalogue-items/${id}/publish`).set('Authorization', await bearer())).status).toBe(200);
    const live = await findOne(app.strapi, CATALOGUE, { documentId: id, publishedAt: { $notNull: true } }, { bases: true });
    // A draft may lose its basis while it is being reworked…
    expect((await putDraft(id, { bases: [] })).status).toBe(200);
    const audits = await auditCount(app.strapi);
    // …but it is not published that way, and the live version is not touched.
    const res = await app.http().post(`/console-api/catalogue-items/${id}/publish`).set('Authorization', await bearer());
    expectBasisConsole(res, 'bases');
    const after = await findOne(app.strapi, CATALOGUE, { documentId: id, publishedAt: { $notNull: true } }, { bases: true });
    expect({ id: after.id, publishedAt: iso(after.publishedAt), bases: (after.bases as Row[]).length }).toEqual({ id: live.id, publishedAt: iso(live.publishedAt), bases: 1 });
    expect(await published(id)).toBe(1);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test("Strapi's REST POST /api/catalogue-items even with a basis in force → 405 (the console API is the one write surface)", async () => {
    const res = await app.http().post('/api/catalogue-items').set('Authorization', await bearer()).send({
      data: { code: 'TEST-JC-006', name: '经REST创建的目录事项', type: 'inspection', bases: [{ kind: 'setting', legalBasis: foodSafetyLaw, articles: '第一百一十条' }] },
    });
    expect(res.status).toBe(405);
    expect(await count(app.strapi, CATALOGUE, { code: 'TEST-JC-006' })).toBe(0);
  });
});
