// The public API read with Strapi's official client (@strapi/client), as a third party would:
// strapi({ baseURL: '<server>/api' }).fetch('/public/...'), no token. Refusals reach the client as
// its typed HTTP errors with the public API's error body.
import type { AddressInfo } from 'net';
import { HTTPBadRequestError, HTTPError, HTTPNotFoundError, strapi, type StrapiClient } from '@strapi/client';
import type { PublicDepartment, PublicGovernment, PublicItemDetail, PublicItemPage } from '@nmg/config';
import { bootApp, type TestApp } from '../helpers/app';
import { department } from '../helpers/data';
import { publishSeededList, seededList as seededListId } from '../helpers/workflow';

const COUNTY = '锡林浩特市市场监督管理局';
const COUNTY_CODE = '152502000000';

let app: TestApp;
let client: StrapiClient;
let listId: string;

beforeAll(async () => {
  app = await bootApp();
  listId = await publishSeededList(app, COUNTY, { editor: 'county-dept-editor', head: 'county-dept-head', reviewer: 'county-justice-reviewer' });
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = strapi({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api` });
});
afterAll(async () => {
  await app?.close();
});

const json = async <T>(path: string): Promise<T> => (await (await client.fetch(path)).json()) as T;

/** The error body of a refusal the client raised. */
async function refusal(path: string): Promise<{ error: HTTPError; code: string; message: string }> {
  const error: unknown = await client.fetch(path).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HTTPError)) throw new Error(`${path}: expected an HTTPError, got ${String(error)}`);
  const body = (await error.response.json()) as { error: { code: string; message: string } };
  return { error, code: body.error.code, message: body.error.message };
}

test('governments → departments → list page → item, without a token', async () => {
  const governments = (await json<{ data: PublicGovernment[] }>('/public/governments')).data;
  const county = governments.find((g) => g.code === COUNTY_CODE);
  expect(county).toMatchObject({ name: '锡林浩特市', publishedDepartments: 1 });

  const departments = (await json<{ data: PublicDepartment[] }>(`/public/governments/${COUNTY_CODE}/departments`)).data;
  expect(departments.map((d) => [d.name, d.list?.id, d.list?.state])).toEqual([[COUNTY, listId, 'published']]);
  expect((await json<{ data: PublicDepartment }>(`/public/departments/${departments[0].id}`)).data.list?.id).toBe(listId);

  const page = await json<PublicItemPage>(`/public/lists/${listId}/items?page=1&pageSize=2&type=penalty`);
  expect(page.meta).toMatchObject({ page: 1, pageSize: 2, list: { id: listId }, department: { id: await department(app.strapi, COUNTY), name: COUNTY } });
  expect(page.data.length).toBeGreaterThan(0);
  expect(page.data.every((i) => i.type === 'penalty')).toBe(true);

  const item = await json<PublicItemDetail>(`/public/items/${page.data[0].id}`);
  expect(item.data).toMatchObject({ id: page.data[0].id, code: page.data[0].code, type: 'penalty', departmentName: COUNTY, list: { id: listId, state: 'published' } });
  expect(item.data.accountabilities.length).toBeGreaterThan(0);
});

test('search by name through the client', async () => {
  const page = await json<PublicItemPage>(`/public/lists/${listId}/items?q=${encodeURIComponent('食品')}`);
  expect(page.meta.total).toBeGreaterThan(0);
  expect(page.data.every((i) => i.name.includes('食品'))).toBe(true);
});

test('ETag and Cache-Control reach the client; If-None-Match gives 304 (not a 2xx, so the client raises it)', async () => {
  const res = await client.fetch('/public/governments');
  expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  const etag = res.headers.get('etag');
  expect(etag).toMatch(/^"[\w-]+"$/);
  const status = await client.fetch('/public/governments', { headers: { 'If-None-Match': String(etag) } }).then(
    (r) => r.status,
    (e: unknown) => (e instanceof HTTPError ? e.response.status : 0),
  );
  expect(status).toBe(304);
});

test('the CSV export downloads with its BOM and Chinese headers', async () => {
  const res = await client.fetch(`/public/lists/${listId}/export?format=csv`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes).split('\r\n')[0]).toMatch(/^事项编码,事项名称,子项,权力类型,/);
});

test('refusals arrive as the client’s typed errors with the Chinese message and code', async () => {
  const draft = await refusal(`/public/lists/${await seededListId(app, '二连浩特市市场监督管理局')}/items`);
  expect(draft.error).toBeInstanceOf(HTTPNotFoundError);
  expect(draft.code).toBe('LIST_NOT_FOUND');
  expect(draft.message).toMatch(/[\u4e00-\u9fa5]/);
  const bad = await refusal(`/public/lists/${listId}/items?pageSize=1000`);
  expect(bad.error).toBeInstanceOf(HTTPBadRequestError);
  expect(bad.code).toBe('INVALID_PAGE_SIZE');
});

test('the OpenAPI description is readable through the client', async () => {
  const doc = await json<{ openapi: string; paths: Record<string, unknown> }>('/public/openapi.json');
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/lists/{id}/items');
});
