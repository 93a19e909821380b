// Strapi's own /api routes are side doors to the same data: scope applies there too (ARCHITECTURE
// "Scope is enforced on the server, for every path"): lists, populated relations, private fields
// (第二十一条 PII_PROTECTED), drafts of the catalogue, writes into another department, and the public role.
import type { UID } from '@strapi/strapi';
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, CATALOGUE, DEPARTMENT, OFFICER, POST, auditCount, count, department, type Row } from '../helpers/data';

interface StrapiList {
  data: Row[];
  meta: { pagination: { total: number; page: number; pageCount: number } };
}

interface StrapiError {
  data: null;
  error: { status: number; name: string; message: string; details: Row };
}

const PRIVATE = ['idNumber', 'phone'];

let app: TestApp;
let countyMarket: string;
let leagueMarket: string;
let ownOfficerIds: string[];

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  const own = (await app.strapi.db.query(OFFICER).findMany({ where: { department: { documentId: countyMarket } } })) as Row[];
  ownOfficerIds = own.map((o) => String(o.documentId)).sort();
});
afterAll(async () => {
  await app.close();
});

describe('populated relations do not leak (第二十一条 PII_PROTECTED)', () => {
  test('第二十一条 PII_PROTECTED: GET /api/departments?populate[officers]=true as county-dept-editor shows officers of its own department only, without idNumber/phone', async () => {
    const token = await app.bearer('county-dept-editor');
    const departments: Row[] = [];
    for (let page = 1; ; page += 1) {
      const res = await app.http().get('/api/departments')
        .query({ 'populate[officers]': 'true', 'pagination[page]': String(page), 'pagination[pageSize]': '100' })
        .set('Authorization', token);
      expect(res.status).toBe(200);
      const body = res.body as StrapiList;
      departments.push(...body.data);
      if (page >= body.meta.pagination.pageCount) break;
    }
    // Reference data: every department is listed …
    expect(departments.length).toBe(await count(app.strapi, DEPARTMENT));
    // … but officers are populated only for the user's own department.
    for (const d of departments) {
      const officers = rows(d.officers);
      if (d.documentId === countyMarket) {
        expect(officers.map((o) => String(o.documentId)).sort()).toEqual(ownOfficerIds);
      } else {
        expect({ department: d.name, officers: officers.length }).toEqual({ department: d.name, officers: 0 });
      }
      for (const o of officers) for (const key of PRIVATE) expect(o).not.toHaveProperty(key);
    }
    expect(ownOfficerIds.length).toBeGreaterThan(0);
  });

  test('第二十一条 PII_PROTECTED: GET /api/posts?populate=officers as county-dept-editor lists its own posts with its own officers, without idNumber/phone', async () => {
    const ownPosts = (await app.strapi.db.query(POST).findMany({ where: { agency: { department: { documentId: countyMarket } } } })) as Row[];
    const res = await app.http().get('/api/posts').query({ populate: 'officers', 'pagination[pageSize]': '100' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    const body = res.body as StrapiList;
    expect(body.meta.pagination.total).toBe(ownPosts.length);
    expect(body.data.map((p) => String(p.documentId)).sort()).toEqual(ownPosts.map((p) => String(p.documentId)).sort());
    const seen = body.data.flatMap((p) => rows(p.officers));
    expect(seen.length).toBeGreaterThan(0);
    for (const o of seen) {
      expect(ownOfficerIds).toContain(String(o.documentId));
      for (const key of PRIVATE) expect(o).not.toHaveProperty(key);
    }
  });

  test('GET /api/agencies?filters[department][documentId]=<another department> as county-dept-editor returns nothing', async () => {
    const res = await app.http().get('/api/agencies')
      .query({ 'filters[department][documentId][$eq]': leagueMarket })
      .set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    expect((res.body as StrapiList).data).toEqual([]);
    expect((res.body as StrapiList).meta.pagination.total).toBe(0);
  });
});

describe('Strapi /api side doors', () => {
  test.each([
    ['/api/officers', 'filters[idNumber][$startsWith]'],
    ['/api/departments', 'filters[officers][idNumber][$startsWith]'],
    ['/api/posts', 'filters[officers][phone][$startsWith]'],
  ])('第二十一条 PII_PROTECTED: GET %s?%s=… as county-dept-editor → 400 (a private field is no search oracle)', async (path, key) => {
    const res = await app.http().get(path).query({ [key]: '1525' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(400);
    expect((res.body as StrapiError).data).toBeNull();
  });

  test('第二十一条 PII_PROTECTED: GET /api/officers as county-dept-editor returns only its department\'s officers, without idNumber/phone', async () => {
    const res = await app.http().get('/api/officers').query({ 'pagination[pageSize]': '100' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    const body = res.body as StrapiList;
    expect(body.meta.pagination.total).toBe(ownOfficerIds.length);
    expect(body.data.map((o) => String(o.documentId)).sort()).toEqual(ownOfficerIds);
    for (const o of body.data) for (const key of PRIVATE) expect(o).not.toHaveProperty(key);
  });

  test('GET /api/officers/:id of another department\'s officer as county-dept-editor → 404', async () => {
    const other = (await app.strapi.db.query(OFFICER).findOne({ where: { department: { documentId: leagueMarket } } })) as Row;
    const res = await app.http().get(`/api/officers/${String(other.documentId)}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(404);
    expect((res.body as StrapiError).data).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain(String(other.name));
  });

  test('GET /api/catalogue-items?status=draft as county-dept-editor returns only published items, never a draft', async () => {
    const created: unknown = await app.strapi.documents(CATALOGUE as UID.ContentType).create({
      data: { code: 'SC-TEST-DRAFT', name: '范围测试未发布目录事项', type: 'inspection', tiers: ['county'] },
    } as never);
    const draftId = String((created as Row).documentId);
    expect(await count(app.strapi, CATALOGUE, { documentId: draftId, publishedAt: { $null: true } })).toBe(1);
    const published = await count(app.strapi, CATALOGUE, { publishedAt: { $notNull: true } });
    const res = await app.http().get('/api/catalogue-items').query({ status: 'draft', 'pagination[pageSize]': '100' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    const body = res.body as StrapiList;
    expect(body.data.map((i) => i.documentId)).not.toContain(draftId);
    expect(body.data.every((i) => typeof i.publishedAt === 'string')).toBe(true);
    expect(body.meta.pagination.total).toBe(published);
    const one = await app.http().get(`/api/catalogue-items/${draftId}`).query({ status: 'draft' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(one.status).toBe(404);
  });

  test('POST /api/agencies with data.department = another department as county-dept-editor → 403, nothing written (no agency, no audit row)', async () => {
    const name = '范围测试越权机构';
    const auditsBefore = await auditCount(app.strapi);
    const agenciesBefore = await count(app.strapi, AGENCY);
    const res = await app.http().post('/api/agencies').set('Authorization', await app.bearer('county-dept-editor')).send({ data: { name, department: leagueMarket } });
    expect(res.status).toBe(403);
    expect((res.body as StrapiError).data).toBeNull();
    expect(await count(app.strapi, AGENCY, { name })).toBe(0);
    expect(await count(app.strapi, AGENCY)).toBe(agenciesBefore);
    expect(await auditCount(app.strapi)).toBe(auditsBefore);
  });

  test('POST /api/agencies into another department: the 403 carries code SCOPE_FORBIDDEN and field department, as on every path', async () => {
    const res = await app.http().post('/api/agencies').set('Authorization', await app.bearer('county-dept-editor')).send({ data: { name: '范围测试越权机构二', department: leagueMarket } });
    const body = res.body as StrapiError;
    expect(body.error).toMatchObject({
      status: 403, name: 'PolicyError', message: '超出本组织的数据范围，不能创建或修改该记录。',
      details: { code: 'SCOPE_FORBIDDEN', field: 'department', errors: { department: ['超出本组织的数据范围，不能创建或修改该记录。'] } },
    });
    expect(await count(app.strapi, AGENCY, { name: '范围测试越权机构二' })).toBe(0);
  });

  test('POST /api/agencies into its own department as county-dept-editor → 201 (the refusal above is about scope, not permission)', async () => {
    const res = await app.http().post('/api/agencies').set('Authorization', await app.bearer('county-dept-editor')).send({ data: { name: '范围测试本部门机构', department: countyMarket } });
    expect(res.status).toBe(201);
    const row = (await app.strapi.db.query(AGENCY).findOne({ where: { name: '范围测试本部门机构' }, populate: { department: true } })) as Row;
    expect((row.department as Row).documentId).toBe(countyMarket);
  });

  test('PUT /api/agencies/:id of another department as county-dept-editor → 404 NOT_FOUND, unchanged', async () => {
    const other = (await app.strapi.db.query(AGENCY).findOne({ where: { department: { documentId: leagueMarket } } })) as Row;
    const auditsBefore = await auditCount(app.strapi);
    const res = await app.http().put(`/api/agencies/${String(other.documentId)}`).set('Authorization', await app.bearer('county-dept-editor')).send({ data: { name: '范围测试改名' } });
    expect(res.status).toBe(404);
    expect((res.body as StrapiError).error).toMatchObject({ status: 404, details: { code: 'NOT_FOUND' } });
    expect((await app.strapi.db.query(AGENCY).findOne({ where: { id: other.id } }) as Row).name).toBe(other.name);
    expect(await auditCount(app.strapi)).toBe(auditsBefore);
  });

  test('DELETE /api/agencies/:id of another department as county-dept-editor → 404, still there', async () => {
    const other = (await app.strapi.db.query(AGENCY).findOne({ where: { department: { documentId: leagueMarket } } })) as Row;
    const auditsBefore = await auditCount(app.strapi);
    const res = await app.http().delete(`/api/agencies/${String(other.documentId)}`).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(404);
    expect(await count(app.strapi, AGENCY, { documentId: other.documentId })).toBe(1);
    expect(await auditCount(app.strapi)).toBe(auditsBefore);
  });

  test('unauthenticated GET /api/powers → 403 (the public role has no permission)', async () => {
    const res = await app.http().get('/api/powers');
    expect(res.status).toBe(403);
    const body = res.body as StrapiError;
    expect(body.data).toBeNull();
    expect(body.error.name).toBe('ForbiddenError');
  });

  test('unauthenticated GET /api/officers → 403, no personal information', async () => {
    const res = await app.http().get('/api/officers');
    expect(res.status).toBe(403);
    expect((res.body as StrapiError).data).toBeNull();
  });
});

