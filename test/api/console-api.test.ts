// The console API's contract (/console-api/<resource>, ra-data-simple-rest dialect): every bad
// input is a 4xx with a stable code and nothing written; writes carry the version they read
// (409 on a stale one); every write leaves exactly one audit row; list sort/filter/range.
// Acting as county-dept-editor (锡林浩特市市场监督管理局) unless noted.
import type { Response } from 'supertest';
import { bearerOf, bootApp, type TestApp } from '../helpers/app';
import { concurrently } from '../helpers/listen';
import { AGENCY, DEPARTMENT, OFFICER, auditCount, auditRows, count, department } from '../helpers/data';
import type { AgencyRecord, ConsoleErrorBody } from '../helpers/expect';

const COUNTY_DEPT = '锡林浩特市市场监督管理局';
const COUNTY_CODE = '152502000000';

type ErrorBody = ConsoleErrorBody<AgencyRecord>;

interface MeBody {
  username: string;
  role: string;
  organisation: string;
  tier: string;
  governmentCode: string;
  permissions: Record<string, string[]>;
}

let app: TestApp;
let token: string;
let deptId: string;

const auth = (t: string = token) => ({ Authorization: bearerOf(t) });
const errorOf = (res: Response): ErrorBody => res.body as ErrorBody;
const agenciesOf = (res: Response): AgencyRecord[] => res.body as AgencyRecord[];

/** Row counts that a refused write must leave unchanged. */
async function counts(): Promise<Record<string, number>> {
  return {
    agencies: await count(app.strapi, AGENCY),
    officers: await count(app.strapi, OFFICER),
    departments: await count(app.strapi, DEPARTMENT),
    audit: await auditCount(app.strapi),
  };
}

async function storedAgencyName(documentId: string): Promise<string> {
  const row: unknown = await app.strapi.db.query(AGENCY).findOne({ where: { documentId } });
  return String((row as { name: string }).name);
}

async function firstAgency(): Promise<AgencyRecord> {
  const list = await app.http().get('/console-api/agencies').query({ sort: '["name","ASC"]', range: '[0,0]' }).set(auth());
  expect(list.status).toBe(200);
  const [first] = agenciesOf(list);
  const res = await app.http().get(`/console-api/agencies/${first.id}`).set(auth());
  expect(res.status).toBe(200);
  return res.body as AgencyRecord;
}

/** Asserts a 4xx refusal in the console error shape with its stable code (and field, when given). */
function expectRefusal(res: Response, status: number, code: string, field?: string): void {
  expect({ status: res.status, code: errorOf(res).code }).toEqual({ status, code });
  expect(typeof errorOf(res).message).toBe('string');
  expect(errorOf(res).message.length).toBeGreaterThan(0);
  if (field !== undefined) {
    expect(errorOf(res).errors).toHaveProperty([field]);
    expect(Array.isArray(errorOf(res).errors[field])).toBe(true);
  }
}

beforeAll(async () => {
  app = await bootApp();
  token = await app.token('county-dept-editor');
  deptId = await department(app.strapi, COUNTY_DEPT);
});
afterAll(async () => {
  await app?.close();
});

describe('bad request bodies are refused with a stable code and nothing is written', () => {
  interface BodyCase {
    title: string;
    method: 'post' | 'put';
    path: () => Promise<string>;
    body: () => Promise<string | Record<string, unknown> | unknown[]>;
    contentType?: string;
    code: string;
    field?: string;
  }
  const post = (resource: string) => async () => `/console-api/${resource}`;
  const cases: BodyCase[] = [
    { title: 'malformed JSON body', method: 'post', path: post('agencies'), body: async () => '{"name":', contentType: 'application/json', code: 'INVALID_BODY' },
    { title: 'a JSON array body', method: 'post', path: post('agencies'), body: async () => [{ name: '数组机构', department: deptId }], code: 'INVALID_BODY' },
    { title: 'an unknown field', method: 'post', path: post('agencies'), body: async () => ({ name: '未知字段机构', department: deptId, colour: 'red' }), code: 'UNKNOWN_FIELD', field: 'colour' },
    { title: 'the inverse side of a relation (agency.posts) is not writable', method: 'post', path: post('agencies'), body: async () => ({ name: '反向关联机构', department: deptId, posts: [] }), code: 'UNKNOWN_FIELD', field: 'posts' },
    { title: 'name: 123 (a number for a string)', method: 'post', path: post('agencies'), body: async () => ({ name: 123, department: deptId }), code: 'INVALID_FIELD', field: 'name' },
    { title: "certificateExpiresAt: 'tomorrow' (not a date)", method: 'post', path: post('officers'), body: async () => ({ name: '测试员', department: deptId, status: 'valid', certificateExpiresAt: 'tomorrow' }), code: 'INVALID_FIELD', field: 'certificateExpiresAt' },
    { title: "status: 'bogus' (not in the enumeration)", method: 'post', path: post('officers'), body: async () => ({ name: '测试员', department: deptId, status: 'bogus' }), code: 'INVALID_FIELD', field: 'status' },
    { title: "officer posts: 'notAnArray'", method: 'post', path: post('officers'), body: async () => ({ name: '测试员', department: deptId, status: 'valid', posts: 'notAnArray' }), code: 'INVALID_FIELD', field: 'posts' },
    { title: 'RELATION_NOT_FOUND: department that does not exist', method: 'post', path: post('agencies'), body: async () => ({ name: '无主机构', department: 'doesnotexist' }), code: 'RELATION_NOT_FOUND', field: 'department' },
    {
      title: 'PUT name: 123 on an existing agency',
      method: 'put',
      path: async () => `/console-api/agencies/${(await firstAgency()).id}`,
      body: async () => ({ name: 123, updatedAt: (await firstAgency()).updatedAt }),
      code: 'INVALID_FIELD',
      field: 'name',
    },
  ];

  test.each(cases)('$title → 400 $code', async (c) => {
    const path = await c.path();
    const body = await c.body();
    const agencyBefore = c.method === 'put' ? await firstAgency() : null;
    const before = await counts();
    let req = app.http()[c.method](path).set(auth());
    if (c.contentType) req = req.set('Content-Type', c.contentType);
    const res = await req.send(body as string | object);
    expectRefusal(res, 400, c.code, c.field);
    expect(await counts()).toEqual(before);
    if (agencyBefore) {
      const after = await firstAgency();
      expect(after.name).toBe(agencyBefore.name);
      expect(after.updatedAt).toBe(agencyBefore.updatedAt);
    }
  });

  test('a role without create permission (dept-editor on departments) → 403 ROLE_FORBIDDEN, nothing written', async () => {
    const before = await counts();
    const res = await app.http().post('/console-api/departments').set(auth()).send({ name: '自建部门', isJustice: false, kind: 'government-department' });
    expectRefusal(res, 403, 'ROLE_FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('bad list queries are refused with a stable code', () => {
  interface QueryCase {
    title: string;
    resource: string;
    query: Record<string, string>;
    code: string;
    field: string;
  }
  const cases: QueryCase[] = [
    { title: 'range=[5,1] (end before start)', resource: 'agencies', query: { range: '[5,1]' }, code: 'INVALID_RANGE', field: 'range' },
    { title: 'range=[-1,3] (negative start)', resource: 'agencies', query: { range: '[-1,3]' }, code: 'INVALID_RANGE', field: 'range' },
    { title: 'range=abc (not JSON)', resource: 'agencies', query: { range: 'abc' }, code: 'INVALID_QUERY', field: 'range' },
    { title: 'range=[0,1000] (a page of 1001 > 1000)', resource: 'agencies', query: { range: '[0,1000]' }, code: 'INVALID_RANGE', field: 'range' },
    { title: 'sort on an unknown field', resource: 'agencies', query: { sort: '["nope","ASC"]' }, code: 'INVALID_SORT', field: 'nope' },
    { title: '第二十一条 PII: sort on the private field idNumber', resource: 'officers', query: { sort: '["idNumber","ASC"]' }, code: 'INVALID_SORT', field: 'idNumber' },
    { title: "sort direction 'UP'", resource: 'agencies', query: { sort: '["name","UP"]' }, code: 'INVALID_SORT', field: 'sort' },
    { title: 'unknown query key ?foo=1', resource: 'agencies', query: { foo: '1' }, code: 'INVALID_QUERY', field: 'foo' },
    { title: 'filter on an unknown field', resource: 'agencies', query: { filter: '{"nope":"x"}' }, code: 'INVALID_FILTER', field: 'nope' },
    { title: 'filter with an operator object {"name":{"$containsi":"x"}}', resource: 'agencies', query: { filter: '{"name":{"$containsi":"x"}}' }, code: 'INVALID_FILTER', field: 'name' },
    { title: "filter with the key '$or'", resource: 'agencies', query: { filter: '{"$or":[{"name":"x"}]}' }, code: 'INVALID_FILTER', field: '$or' },
    { title: "filter with the key '$or' and a scalar value", resource: 'agencies', query: { filter: '{"$or":"x"}' }, code: 'INVALID_FILTER', field: '$or' },
    { title: '第二十一条 PII: filter on the private field idNumber', resource: 'officers', query: { filter: '{"idNumber":"152502"}' }, code: 'INVALID_FILTER', field: 'idNumber' },
    { title: 'filter that is not a JSON object', resource: 'agencies', query: { filter: '["x"]' }, code: 'INVALID_FILTER', field: 'filter' },
  ];

  test.each(cases)('$title → 400 $code', async (c) => {
    const res = await app.http().get(`/console-api/${c.resource}`).query(c.query).set(auth());
    expectRefusal(res, 400, c.code, c.field);
  });

  test('filter given as a qs object (?filter[name]=x) instead of a JSON string → 400 INVALID_QUERY', async () => {
    const res = await app.http().get('/console-api/agencies?filter[name]=x').set(auth());
    expectRefusal(res, 400, 'INVALID_QUERY', 'filter');
  });

  test('a page of exactly 1000 rows (range=[0,999]) is accepted', async () => {
    const res = await app.http().get('/console-api/agencies').query({ range: '[0,999]' }).set(auth());
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('agencies 0-1/2');
  });
});

describe('unknown resources, unknown records and missing credentials', () => {
  test('GET /console-api/nope → 404 UNKNOWN_RESOURCE', async () => {
    const res = await app.http().get('/console-api/nope').set(auth());
    expectRefusal(res, 404, 'UNKNOWN_RESOURCE');
  });

  test('POST /console-api/nope → 404 UNKNOWN_RESOURCE, nothing written', async () => {
    const before = await counts();
    const res = await app.http().post('/console-api/nope').set(auth()).send({ name: 'x' });
    expectRefusal(res, 404, 'UNKNOWN_RESOURCE');
    expect(await counts()).toEqual(before);
  });

  test('GET /console-api/agencies/doesnotexist → 404 NOT_FOUND', async () => {
    const res = await app.http().get('/console-api/agencies/doesnotexist').set(auth());
    expectRefusal(res, 404, 'NOT_FOUND');
  });

  test('PUT and DELETE /console-api/agencies/doesnotexist → 404 NOT_FOUND, nothing written', async () => {
    const before = await counts();
    const put = await app.http().put('/console-api/agencies/doesnotexist').set(auth()).send({ name: '不存在', updatedAt: new Date().toISOString() });
    expectRefusal(put, 404, 'NOT_FOUND');
    const del = await app.http().delete('/console-api/agencies/doesnotexist').set(auth());
    expectRefusal(del, 404, 'NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  test('no token → 401 UNAUTHENTICATED', async () => {
    const res = await app.http().get('/console-api/agencies');
    expectRefusal(res, 401, 'UNAUTHENTICATED');
  });

  test('an invalid token → 401 UNAUTHENTICATED', async () => {
    const res = await app.http().get('/console-api/agencies').set('Authorization', 'Bearer not.a.jwt');
    expectRefusal(res, 401, 'UNAUTHENTICATED');
  });

  test('GET /console-api/me without a token → 401 UNAUTHENTICATED', async () => {
    const res = await app.http().get('/console-api/me');
    expectRefusal(res, 401, 'UNAUTHENTICATED');
  });

  test('a write without a token → 401 UNAUTHENTICATED, nothing written', async () => {
    const agency = await firstAgency();
    const before = await counts();
    const res = await app.http().post('/console-api/agencies').send({ name: '匿名机构', department: deptId });
    expectRefusal(res, 401, 'UNAUTHENTICATED');
    const put = await app.http().put(`/console-api/agencies/${agency.id}`).set('Authorization', 'Bearer not.a.jwt').send({ name: '匿名修改', updatedAt: agency.updatedAt });
    expectRefusal(put, 401, 'UNAUTHENTICATED');
    const del = await app.http().delete(`/console-api/agencies/${agency.id}`);
    expectRefusal(del, 401, 'UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    expect(await storedAgencyName(agency.id)).toBe(agency.name);
  });
});

describe('optimistic concurrency: every write carries the version it read', () => {
  test('two saves of the same version: the first → 200, the second → 409 STALE_VERSION with the current record', async () => {
    const agency = await firstAgency();
    const first = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, name: `${agency.name}（甲）` });
    expect(first.status).toBe(200);
    expect((first.body as AgencyRecord).name).toBe(`${agency.name}（甲）`);
    expect((first.body as AgencyRecord).updatedAt).not.toBe(agency.updatedAt);

    const auditBefore = await auditCount(app.strapi);
    const second = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, name: `${agency.name}（乙）` });
    expectRefusal(second, 409, 'STALE_VERSION');
    const current = errorOf(second).current;
    expect(current).toBeDefined();
    expect(current?.id).toBe(agency.id);
    expect(current?.name).toBe(`${agency.name}（甲）`);
    expect(current?.updatedAt).toBe((first.body as AgencyRecord).updatedAt);
    expect(await storedAgencyName(agency.id)).toBe(`${agency.name}（甲）`);
    expect(await auditCount(app.strapi)).toBe(auditBefore);
  });

  test('a save without updatedAt → 400 VERSION_REQUIRED (errors.updatedAt), nothing written', async () => {
    const agency = await firstAgency();
    const before = await counts();
    const res = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ name: `${agency.name}（无版本）` });
    expectRefusal(res, 400, 'VERSION_REQUIRED', 'updatedAt');
    expect(await storedAgencyName(agency.id)).toBe(agency.name);
    expect(await counts()).toEqual(before);
  });

  test('two saves of the same version fired concurrently: exactly one 200 and one 409 STALE_VERSION', async () => {
    const agency = await firstAgency();
    const auditBefore = await auditCount(app.strapi);
    const names = [`${agency.name}（并发一）`, `${agency.name}（并发二）`];
    const results = await Promise.all(names.map((name) => app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, name })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    const loser = results.find((r) => r.status === 409);
    expect(loser && errorOf(loser).code).toBe('STALE_VERSION');
    const winnerName = (winner?.body as AgencyRecord).name;
    expect(names).toContain(winnerName);
    expect(await storedAgencyName(agency.id)).toBe(winnerName);
    // Only the winning write is audited.
    expect(await auditCount(app.strapi)).toBe(auditBefore + 1);
  });
});

describe('one concurrency rule: 20 concurrent saves of one version', () => {
  test('20 concurrent PUT /console-api/agencies/:id of one version → exactly one 200 and 19 × 409 STALE_VERSION; the stored name is the winner\'s', async () => {
    const agency = await firstAgency();
    const auditBefore = await auditCount(app.strapi);
    const names = Array.from({ length: 20 }, (_, i) => `${agency.name}（并发${i}）`);
    const results = await concurrently(app, 20, (i) => ({ method: 'PUT', path: `/console-api/agencies/${agency.id}`, auth: bearerOf(token), body: { ...agency, name: names[i] } }));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect((loser.body as ErrorBody).code).toBe('STALE_VERSION');
      expect((loser.body as ErrorBody).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const winnerName = (results.find((r) => r.status === 200)?.body as AgencyRecord).name;
    expect(await storedAgencyName(agency.id)).toBe(winnerName);
    expect(await auditCount(app.strapi)).toBe(auditBefore + 1);
  });
});

describe('audit trail: every console write leaves exactly one audit row in its transaction', () => {
  test('a successful PUT adds one update row: actor, role, resource, recordId, governmentCode, changes {name: {before, after}}', async () => {
    const agency = await firstAgency();
    const auditBefore = await auditCount(app.strapi);
    const maxId = Math.max(0, ...(await auditRows(app.strapi, {})).map((r) => r.id));
    const newName = `${agency.name}（审计）`;
    const res = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, name: newName });
    expect(res.status).toBe(200);
    expect(await auditCount(app.strapi)).toBe(auditBefore + 1);
    const added = await auditRows(app.strapi, { id: { $gt: maxId } });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      actor: 'county-dept-editor',
      role: 'dept-editor',
      action: 'update',
      resource: AGENCY,
      recordId: agency.id,
      governmentCode: COUNTY_CODE,
    });
    expect(added[0].changes).toEqual({ name: { before: agency.name, after: newName } });
  });

  test('a create adds one create row and a delete one delete row', async () => {
    const agenciesBefore = await count(app.strapi, AGENCY);
    const auditBefore = await auditCount(app.strapi);
    const created = await app.http().post('/console-api/agencies').set(auth()).send({ name: '审计测试机构', department: deptId, description: '用于审计测试' });
    expect(created.status).toBe(201);
    const record = created.body as AgencyRecord;
    expect(record).toMatchObject({ name: '审计测试机构', department: deptId, description: '用于审计测试' });
    expect(typeof record.id).toBe('string');
    expect(typeof record.updatedAt).toBe('string');
    expect(await count(app.strapi, AGENCY)).toBe(agenciesBefore + 1);
    expect(await auditCount(app.strapi)).toBe(auditBefore + 1);
    const createRows = await auditRows(app.strapi, { recordId: record.id, resource: AGENCY });
    expect(createRows).toHaveLength(1);
    expect(createRows[0]).toMatchObject({ action: 'create', actor: 'county-dept-editor', role: 'dept-editor', governmentCode: COUNTY_CODE });

    const deleted = await app.http().delete(`/console-api/agencies/${record.id}`).set(auth());
    expect(deleted.status).toBe(200);
    expect((deleted.body as AgencyRecord).id).toBe(record.id);
    expect(await count(app.strapi, AGENCY)).toBe(agenciesBefore);
    expect(await auditCount(app.strapi)).toBe(auditBefore + 2);
    const rows = await auditRows(app.strapi, { recordId: record.id, resource: AGENCY });
    expect(rows.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(rows[1]).toMatchObject({ actor: 'county-dept-editor', role: 'dept-editor', governmentCode: COUNTY_CODE });

    const gone = await app.http().get(`/console-api/agencies/${record.id}`).set(auth());
    expectRefusal(gone, 404, 'NOT_FOUND');
  });

  test('a refused write (stale, unknown field, missing relation) adds no audit row', async () => {
    const agency = await firstAgency();
    const before = await counts();
    const stale = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, name: '旧版本写入', updatedAt: '2000-01-01T00:00:00.000Z' });
    expectRefusal(stale, 409, 'STALE_VERSION');
    const unknown = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, colour: 'red' });
    expectRefusal(unknown, 400, 'UNKNOWN_FIELD', 'colour');
    const relation = await app.http().put(`/console-api/agencies/${agency.id}`).set(auth()).send({ ...agency, department: 'doesnotexist' });
    expectRefusal(relation, 400, 'RELATION_NOT_FOUND', 'department');
    expect(await counts()).toEqual(before);
    expect(await storedAgencyName(agency.id)).toBe(agency.name);
    const after = await firstAgency();
    expect(after.department).toBe(deptId);
  });
});

describe('第二十一条 PII_PROTECTED: reads of personal information are logged, and only those', () => {
  test('GET one officer (idNumber, phone) adds exactly one read-personal-info audit row', async () => {
    const list = await app.http().get('/console-api/officers').query({ range: '[0,0]' }).set(auth());
    expect(list.status).toBe(200);
    const [officer] = list.body as { id: string; idNumber: string }[];
    expect(officer.idNumber).toMatch(/\*/);
    const auditBefore = await auditCount(app.strapi);
    const res = await app.http().get(`/console-api/officers/${officer.id}`).set(auth());
    expect(res.status).toBe(200);
    expect((res.body as { idNumber: string }).idNumber).toMatch(/^\d{17}[\dXx]$/);
    expect(await auditCount(app.strapi)).toBe(auditBefore + 1);
    const rows = await auditRows(app.strapi, { recordId: officer.id, action: 'read-personal-info' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'county-dept-editor', role: 'dept-editor', resource: OFFICER });
  });

  test('GET one agency (no personal information) adds no audit row', async () => {
    const list = await app.http().get('/console-api/agencies').query({ range: '[0,0]' }).set(auth());
    expect(list.status).toBe(200);
    const [agency] = agenciesOf(list);
    const auditBefore = await auditCount(app.strapi);
    const res = await app.http().get(`/console-api/agencies/${agency.id}`).set(auth());
    expect(res.status).toBe(200);
    expect(await auditCount(app.strapi)).toBe(auditBefore);
    expect(await auditRows(app.strapi, { recordId: agency.id, action: 'read-personal-info' })).toHaveLength(0);
  });
});

describe('list features', () => {
  test('sort by name ASC and DESC orders the rows (as the database collates them)', async () => {
    const asc = await app.http().get('/console-api/agencies').query({ sort: '["name","ASC"]', range: '[0,24]', filter: '{}' }).set(auth());
    const desc = await app.http().get('/console-api/agencies').query({ sort: '["name","DESC"]', range: '[0,24]', filter: '{}' }).set(auth());
    expect(asc.status).toBe(200);
    expect(desc.status).toBe(200);
    const ascNames = agenciesOf(asc).map((a) => a.name);
    const descNames = agenciesOf(desc).map((a) => a.name);
    expect(ascNames).toHaveLength(2);
    expect(descNames).toEqual([...ascNames].reverse());
    const stored: unknown = await app.strapi.db.query(AGENCY).findMany({ where: { department: { documentId: deptId } }, orderBy: { name: 'asc' } });
    expect(ascNames).toEqual((stored as { name: string }[]).map((r) => r.name));
    expect(ascNames[0]).not.toBe(ascNames[1]);
  });

  test("filter {q: '稽查'} searches the text fields", async () => {
    const res = await app.http().get('/console-api/agencies').query({ filter: JSON.stringify({ q: '稽查' }) }).set(auth());
    expect(res.status).toBe(200);
    const names = agenciesOf(res).map((a) => a.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('稽查');
    expect(res.headers['content-range']).toBe('agencies 0-0/1');
  });

  test('filter {"id": [id1, id2]} returns exactly those records (getMany)', async () => {
    const all = await app.http().get('/console-api/agencies').query({ sort: '["name","ASC"]' }).set(auth());
    expect(all.status).toBe(200);
    const ids = agenciesOf(all).map((a) => a.id);
    expect(ids).toHaveLength(2);
    const both = await app.http().get('/console-api/agencies').query({ filter: JSON.stringify({ id: ids }) }).set(auth());
    expect(both.status).toBe(200);
    expect(agenciesOf(both).map((a) => a.id).sort()).toEqual([...ids].sort());
    const one = await app.http().get('/console-api/agencies').query({ filter: JSON.stringify({ id: [ids[1]] }) }).set(auth());
    expect(one.status).toBe(200);
    expect(agenciesOf(one).map((a) => a.id)).toEqual([ids[1]]);
  });

  test('Content-Range is `<resource> <start>-<end>/<total>` and the range pages', async () => {
    const all = await app.http().get('/console-api/agencies').query({ sort: '["name","ASC"]', range: '[0,24]' }).set(auth());
    expect(all.status).toBe(200);
    expect(all.headers['content-range']).toBe('agencies 0-1/2');
    expect(agenciesOf(all)).toHaveLength(2);
    const second = await app.http().get('/console-api/agencies').query({ sort: '["name","ASC"]', range: '[1,1]' }).set(auth());
    expect(second.status).toBe(200);
    expect(second.headers['content-range']).toBe('agencies 1-1/2');
    expect(agenciesOf(second).map((a) => a.id)).toEqual([agenciesOf(all)[1].id]);
  });

  test('the list is scoped: the county editor sees only its own department’s agencies', async () => {
    const res = await app.http().get('/console-api/agencies').query({ range: '[0,999]' }).set(auth());
    expect(res.status).toBe(200);
    expect(agenciesOf(res).every((a) => a.department === deptId)).toBe(true);
    expect(await count(app.strapi, AGENCY)).toBeGreaterThan(agenciesOf(res).length);
  });
});

describe('GET /console-api/me', () => {
  test('returns role, organisation, tier and permissions per resource', async () => {
    const res = await app.http().get('/console-api/me').set(auth());
    expect(res.status).toBe(200);
    const me = res.body as MeBody;
    expect(me).toMatchObject({ username: 'county-dept-editor', role: 'dept-editor', organisation: COUNTY_DEPT, tier: 'county', governmentCode: COUNTY_CODE });
    expect([...me.permissions.agencies].sort()).toEqual(['create', 'delete', 'find', 'findOne', 'update']);
    expect(me.permissions.departments).toEqual(expect.arrayContaining(['find', 'findOne']));
    expect(me.permissions.departments).not.toContain('create');
    expect(me.permissions['power-adjustments']).not.toContain('delete');
    expect(me.permissions).not.toHaveProperty(['audit-logs']);
  });
});
