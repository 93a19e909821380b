// Strapi's own /api routes are side doors to the same data: scope applies there too (ARCHITECTURE
// "Scope is enforced on the server, for every path"): lists, populated relations, private fields
// (第二十一条 PII_PROTECTED), drafts of the catalogue, writes into another department, and the public role.
import { bootApp, type TestApp } from '../helpers/app';
import { concurrently } from '../helpers/listen';
import { AGENCY, CATALOGUE, DEPARTMENT, OFFICER, POST, POWER, auditCount, count, department, type Row } from '../helpers/data';

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
    const created: unknown = await app.strapi.documents(CATALOGUE).create({
      data: { code: 'SC-TEST-DRAFT', name: '范围测试未发布目录事项', type: 'inspection', tiers: ['county'] },
    });
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

  // Writes through /api are closed for every role (DECISIONS "One concurrency rule"): they carry no
  // version, so concurrent saves would silently overwrite each other. Scope on writes is tested on
  // the console API, the one write surface (console-api, scope-matrix).
  test.each([
    ['POST', '/api/agencies', () => ({ data: { name: '范围测试本部门机构', department: countyMarket } })],
    ['POST', '/api/agencies', () => ({ data: { name: '范围测试越权机构', department: leagueMarket } })],
    ['PUT', '/api/agencies/:own', () => ({ data: { name: '范围测试改名' } })],
    ['DELETE', '/api/agencies/:own', () => ({})],
    ['PUT', '/api/users/:me', () => ({ username: 'renamed' })],
  ])('%s %s as county-dept-editor → 405 API_WRITE_CLOSED in Chinese, nothing written, no audit row', async (method, path, body) => {
    const own = (await app.strapi.db.query(AGENCY).findOne({ where: { department: { documentId: countyMarket } } })) as Row;
    const url = path.replace(':own', String(own.documentId)).replace(':me', '1');
    const before = { agencies: await count(app.strapi, AGENCY), audit: await auditCount(app.strapi) };
    const agent = app.http();
    const req = method === 'POST' ? agent.post(url) : method === 'PUT' ? agent.put(url) : agent.delete(url);
    const res = await req.set('Authorization', await app.bearer('county-dept-editor')).send(body());
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect((res.body as StrapiError).data).toBeNull();
    expect((res.body as StrapiError).error.details).toEqual({ code: 'API_WRITE_CLOSED' });
    expect((res.body as StrapiError).error.message).toContain('/console-api');
    expect({ agencies: await count(app.strapi, AGENCY), audit: await auditCount(app.strapi) }).toEqual(before);
    expect(((await app.strapi.db.query(AGENCY).findOne({ where: { id: own.id } })) as Row).name).toBe(own.name);
  });

  test('20 concurrent PUT /api/powers/:id as county-dept-editor: all 20 refused (405), the stored power unchanged, no audit row', async () => {
    const power = (await app.strapi.db.query(POWER).findOne({ where: { department: { documentId: countyMarket } } })) as Row;
    const auditsBefore = await auditCount(app.strapi);
    const token = await app.bearer('county-dept-editor');
    const results = await concurrently(app, 20, (i) => ({ method: 'PUT', path: `/api/powers/${String(power.documentId)}`, auth: token, body: { data: { name: `并发改名${i}` } } }));
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 405));
    const stored = (await app.strapi.db.query(POWER).findOne({ where: { id: power.id } })) as Row;
    expect({ name: stored.name, updatedAt: String(stored.updatedAt) }).toEqual({ name: power.name, updatedAt: String(power.updatedAt) });
    expect(await auditCount(app.strapi)).toBe(auditsBefore);
  });

  test('sign-in (/api/auth/local) stays open: a wrong password is a 400, not a 405', async () => {
    const res = await app.http().post('/api/auth/local').send({ identifier: 'county-viewer', password: 'wrong' });
    expect(res.status).toBe(400);
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

