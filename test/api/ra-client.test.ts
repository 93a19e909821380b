// Drives /console-api with the real react-admin data provider (ra-data-simple-rest v5 over
// ra-core's fetchJson), exactly as the console does: the server listens on a real port and every
// call goes through global fetch with the Bearer token. Acting as county-dept-editor.
import type { AddressInfo } from 'net';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'ra-core';
import { bearerOf, bootApp, type TestApp } from '../helpers/app';
import { AGENCY, POWER, auditCount, auditRows, count, department, findOne } from '../helpers/data';
import type { AgencyRecord, ConsoleErrorBody } from '../helpers/expect';

const COUNTY_DEPT = '锡林浩特市市场监督管理局';

type BasisCitation = { kind: string; legalBasis: string | null; articles: string | null; excerpt: string | null };

type PowerRecord = {
  id: string;
  code: string;
  name: string;
  department: string | null;
  status: string;
  bases: BasisCitation[];
  remarks: string | null;
  updatedAt: string;
};

let app: TestApp;
let provider: DataProvider;
let deptId: string;
let baseUrl: string;

/** Runs a data-provider call that must fail and returns the HttpError it rejected with. */
async function httpErrorOf(call: Promise<unknown>): Promise<HttpError> {
  let caught: unknown = null;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HttpError);
  return caught as HttpError;
}

/** Audit rows of writes (reads of personal information are audited too, and are not counted here). */
const writeAudits = (): Promise<number> => auditCount(app.strapi, { action: { $in: ['create', 'update', 'delete', 'publish', 'unpublish'] } });

const bodyOf = (error: HttpError): ConsoleErrorBody => error.body as ConsoleErrorBody;

beforeAll(async () => {
  app = await bootApp();
  const server = app.strapi.server.httpServer;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/console-api`;
  const token = await app.token('county-dept-editor');
  const httpClient = (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: bearerOf(token) } });
  provider = simpleRestProvider(baseUrl, httpClient);
  deptId = await department(app.strapi, COUNTY_DEPT);
});
afterAll(async () => {
  await app?.close();
});

describe('reads through ra-data-simple-rest', () => {
  test('getList sorts, pages and reports the total from Content-Range', async () => {
    const asc = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(asc.total).toBe(2);
    expect(asc.data).toHaveLength(2);
    expect(asc.data.every((a) => a.department === deptId)).toBe(true);

    const desc = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'DESC' }, filter: {} });
    expect(desc.data.map((a) => a.id)).toEqual(asc.data.map((a) => a.id).reverse());

    const page2 = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 2, perPage: 1 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(page2.total).toBe(2);
    expect(page2.data.map((a) => a.id)).toEqual([asc.data[1].id]);
  });

  test("getList with filter {q: '稽查'} finds the inspection brigade only", async () => {
    const res = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { q: '稽查' } });
    expect(res.total).toBe(1);
    expect(res.data).toHaveLength(1);
    expect(res.data[0].name).toContain('稽查');
  });

  test('getList of powers filtered by type and sorted by code', async () => {
    const res = await provider.getList<PowerRecord>('powers', { pagination: { page: 1, perPage: 25 }, sort: { field: 'code', order: 'ASC' }, filter: { type: 'penalty' } });
    expect(res.total).toBe(2);
    expect(res.data.map((p) => p.code)).toEqual(['SC-CF-001', 'SC-CF-002']);
  });

  test('getList with meta.embed (as the console list screen sends it) carries only the components named', async () => {
    const query = { pagination: { page: 1, perPage: 25 }, sort: { field: 'code', order: 'ASC' }, filter: { type: 'penalty' } } as const;
    const full = await provider.getList<PowerRecord>('powers', query);
    expect(full.data[0].bases.length).toBeGreaterThan(0);
    const lean = await provider.getList<PowerRecord>('powers', { ...query, meta: { embed: [] } });
    expect(lean.total).toBe(full.total);
    expect(lean.data.map((p) => p.id)).toEqual(full.data.map((p) => p.id));
    // Columns and relations stay; components are left out.
    expect(lean.data[0]).toMatchObject({ code: full.data[0].code, name: full.data[0].name, department: deptId, updatedAt: full.data[0].updatedAt });
    expect(lean.data[0]).not.toHaveProperty('bases');
    expect(lean.data[0]).not.toHaveProperty('steps');
    const some = await provider.getList<PowerRecord>('powers', { ...query, meta: { embed: ['bases'] } });
    expect(some.data[0].bases).toEqual(full.data[0].bases);
    expect(some.data[0]).not.toHaveProperty('steps');
  });

  test('getList with an embed that is not a component → HttpError 400 INVALID_QUERY naming embed', async () => {
    for (const embed of [['department'], ['nope'], 'bases']) {
      const error = await httpErrorOf(provider.getList('powers', { pagination: { page: 1, perPage: 5 }, sort: { field: 'code', order: 'ASC' }, filter: {}, meta: { embed } }));
      expect(error.status).toBe(400);
      expect(bodyOf(error).code).toBe('INVALID_QUERY');
      expect(Object.keys(bodyOf(error).errors ?? {})).toEqual(['embed']);
    }
  });

  test('getOne returns the record with id = documentId and relations as documentIds', async () => {
    const list = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    const { data } = await provider.getOne<AgencyRecord>('agencies', { id: list.data[0].id });
    expect(data.id).toBe(list.data[0].id);
    expect(data.name).toBe(list.data[0].name);
    expect(data.department).toBe(deptId);
    expect(typeof data.updatedAt).toBe('string');
    const stored = await findOne(app.strapi, AGENCY, { documentId: data.id });
    expect(stored.name).toBe(data.name);
  });

  test('getOne of a missing record rejects with HttpError 404 NOT_FOUND', async () => {
    const error = await httpErrorOf(provider.getOne('agencies', { id: 'doesnotexist' }));
    expect(error.status).toBe(404);
    expect(bodyOf(error).code).toBe('NOT_FOUND');
  });

  test('getMany returns exactly the requested ids', async () => {
    const list = await provider.getList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    const ids = list.data.map((a) => a.id);
    const both = await provider.getMany<AgencyRecord>('agencies', { ids });
    expect(both.data.map((a) => a.id).sort()).toEqual([...ids].sort());
    const one = await provider.getMany<AgencyRecord>('agencies', { ids: [ids[0]] });
    expect(one.data.map((a) => a.id)).toEqual([ids[0]]);
  });

  test('getManyReference lists the agencies of a department', async () => {
    const res = await provider.getManyReference<AgencyRecord>('agencies', {
      target: 'department',
      id: deptId,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(res.total).toBe(2);
    expect(res.data).toHaveLength(2);
    expect(res.data.every((a) => a.department === deptId)).toBe(true);
    const stored = await count(app.strapi, AGENCY, { department: { documentId: deptId } });
    expect(res.total).toBe(stored);
  });
});

describe('writes through ra-data-simple-rest', () => {
  test('create, update (with previousData and the updatedAt it read) and delete an agency, each audited once', async () => {
    const agenciesBefore = await count(app.strapi, AGENCY);
    const auditBefore = await writeAudits();

    const created = await provider.create<AgencyRecord>('agencies', { data: { name: '客户端测试机构', department: deptId, description: '由 ra-data-simple-rest 创建' } });
    expect(created.data).toMatchObject({ name: '客户端测试机构', department: deptId, description: '由 ra-data-simple-rest 创建' });
    expect(typeof created.data.id).toBe('string');
    expect(await count(app.strapi, AGENCY)).toBe(agenciesBefore + 1);
    expect(await writeAudits()).toBe(auditBefore + 1);

    const { data: previousData } = await provider.getOne<AgencyRecord>('agencies', { id: created.data.id });
    const updated = await provider.update<AgencyRecord>('agencies', {
      id: previousData.id,
      data: { ...previousData, name: '客户端测试机构（已改名）' },
      previousData,
    });
    expect(updated.data.id).toBe(previousData.id);
    expect(updated.data.name).toBe('客户端测试机构（已改名）');
    expect(updated.data.updatedAt).not.toBe(previousData.updatedAt);
    expect((await findOne(app.strapi, AGENCY, { documentId: previousData.id })).name).toBe('客户端测试机构（已改名）');
    expect(await writeAudits()).toBe(auditBefore + 2);

    // The same form saved again with the version it read first is stale.
    const stale = await httpErrorOf(provider.update<AgencyRecord>('agencies', { id: previousData.id, data: { ...previousData, name: '过期的修改' }, previousData }));
    expect(stale.status).toBe(409);
    expect(bodyOf(stale).code).toBe('STALE_VERSION');
    expect((await findOne(app.strapi, AGENCY, { documentId: previousData.id })).name).toBe('客户端测试机构（已改名）');
    expect(await writeAudits()).toBe(auditBefore + 2);

    const deleted = await provider.delete<AgencyRecord>('agencies', { id: updated.data.id, previousData: updated.data });
    expect(deleted.data.id).toBe(updated.data.id);
    expect(await count(app.strapi, AGENCY)).toBe(agenciesBefore);
    expect(await writeAudits()).toBe(auditBefore + 3);
    const actions = await auditRows(app.strapi, { recordId: created.data.id, action: { $ne: 'read-personal-info' } });
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  test('a power round-trips unchanged through getOne → update (components and relations as the form sends them)', async () => {
    const list = await provider.getList<PowerRecord>('powers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
    const { data: previousData } = await provider.getOne<PowerRecord>('powers', { id: list.data[0].id });
    expect(previousData.bases.length).toBeGreaterThan(0);
    const updated = await provider.update<PowerRecord>('powers', { id: previousData.id, data: { ...previousData, remarks: '经客户端保存' }, previousData });
    expect(updated.data.remarks).toBe('经客户端保存');
    expect(updated.data.bases).toEqual(previousData.bases);
  });

  test('第四条、第九条 BASIS_REQUIRED: an update of a power with bases: [] is refused with HttpError 400 and errors.bases; nothing written', async () => {
    const list = await provider.getList<PowerRecord>('powers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'DESC' }, filter: {} });
    const { data: previousData } = await provider.getOne<PowerRecord>('powers', { id: list.data[0].id });
    expect(previousData.bases.length).toBeGreaterThan(0);
    const auditBefore = await writeAudits();
    const powersBefore = await count(app.strapi, POWER);

    const error = await httpErrorOf(provider.update<PowerRecord>('powers', { id: previousData.id, data: { ...previousData, bases: [] }, previousData }));
    expect(error.status).toBe(400);
    const body = bodyOf(error);
    expect(body.code).toBe('BASIS_REQUIRED');
    expect(body.article).toBe('第四条、第九条');
    expect(body.message).toContain('第四条');
    expect(error.message).toBe(body.message);
    expect(body.errors).toHaveProperty(['bases']);
    expect(body.errors.bases.length).toBeGreaterThan(0);

    // Rolled back: the stored power still cites its bases, unchanged version, no audit row.
    const stored = await findOne(app.strapi, POWER, { documentId: previousData.id }, { bases: true });
    expect(Array.isArray(stored.bases) ? stored.bases.length : 0).toBe(previousData.bases.length);
    const { data: after } = await provider.getOne<PowerRecord>('powers', { id: previousData.id });
    expect(after.updatedAt).toBe(previousData.updatedAt);
    expect(after.bases).toEqual(previousData.bases);
    expect(await count(app.strapi, POWER)).toBe(powersBefore);
    expect(await writeAudits()).toBe(auditBefore);
  });
});
