/**
 * @jest-environment node
 */
// Node's fetch, Headers and Response stand in for the browser's; the server is a fake fetch.
import { HttpError } from 'ra-core';
import { createDataProvider } from './dataProvider';
import { createHttpClient } from './httpClient';
import type { Localizer } from './refusal';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

function fakeServer(respond: (call: Call) => { status: number; body: unknown; headers?: Record<string, string> }) {
  const calls: Call[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status, body, headers } = respond(call);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  });
  global.fetch = fetchMock as typeof fetch;
  return calls;
}

const provider = (localizer?: Localizer) => createDataProvider({ httpClient: createHttpClient(() => 'jwt-1'), localizer });

const basisRefusal = {
  message: '第七条：职权须有法律依据。',
  code: 'BASIS_REQUIRED',
  errors: { bases: ['至少填写一项设定依据'], 'bases.0.articles': ['须写明条款', '条款不存在'] },
  article: '第七条',
};

describe('console data provider', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  test('getList speaks the simple-rest dialect with the bearer token and reads Content-Range', async () => {
    const calls = fakeServer(() => ({ status: 200, body: [{ id: 'a1', name: '行政处罚' }], headers: { 'Content-Range': 'powers 0-0/41' } }));
    const result = await provider().getList('powers', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: '处罚', type: 'penalty' },
    });
    expect(result).toEqual({ data: [{ id: 'a1', name: '行政处罚' }], total: 41 });
    const url = new URL(calls[0].url, 'http://console');
    expect(url.pathname).toBe('/console-api/powers');
    expect(JSON.parse(url.searchParams.get('sort') ?? '')).toEqual(['name', 'ASC']);
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([25, 49]);
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ q: '处罚', type: 'penalty' });
    expect(calls[0].headers.get('Authorization')).toBe('Bearer jwt-1');
  });

  test('getMany asks for all ids in one page (simple-rest alone would get the default 25)', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);
    const calls = fakeServer(() => ({ status: 200, body: ids.map((id) => ({ id })), headers: { 'Content-Range': 'departments 0-29/30' } }));
    const { data } = await provider().getMany('departments', { ids });
    expect(data).toHaveLength(30);
    const url = new URL(calls[0].url, 'http://console');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ id: ids });
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([0, 29]);
  });

  test('a 400 rule refusal becomes an HttpError whose body.errors react-admin maps to the fields', async () => {
    fakeServer(() => ({ status: 400, body: basisRefusal }));
    const error: unknown = await provider()
      .update('powers', { id: 'p1', data: { name: 'x', updatedAt: '2026-01-01T00:00:00.000Z' }, previousData: { id: 'p1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    const http = error as HttpError;
    expect(http.status).toBe(400);
    expect(http.message).toBe('第七条：职权须有法律依据。');
    expect(http.body).toMatchObject({
      code: 'BASIS_REQUIRED',
      article: '第七条',
      errors: {
        bases: '至少填写一项设定依据',
        'bases.0.articles': '须写明条款；条款不存在',
        root: { serverError: '第七条：职权须有法律依据。' },
      },
    });
  });

  test('other locales get the translated error code, falling back to the server wording', async () => {
    fakeServer(() => ({ status: 400, body: basisRefusal }));
    const english: Localizer = {
      locale: () => 'en',
      translate: (key, options) => (key === 'errors.BASIS_REQUIRED' ? 'A power needs a legal basis.' : String(options?._ ?? key)),
    };
    const error = (await provider(english)
      .create('powers', { data: { name: 'x' } })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.message).toBe('A power needs a legal basis.');
    expect(error.body.errors.bases).toBe('A power needs a legal basis.');
  });

  test('409 STALE_VERSION keeps `current` and no form errors, so the reload dialog can take over', async () => {
    const current = { id: 'p1', name: '他人保存的名称', updatedAt: '2026-02-02T00:00:00.000Z' };
    fakeServer(() => ({ status: 409, body: { message: '该记录已被他人修改，请重新加载后再保存。', code: 'STALE_VERSION', errors: {}, current } }));
    const error = (await provider()
      .update('powers', { id: 'p1', data: { id: 'p1', updatedAt: '2026-01-01T00:00:00.000Z' }, previousData: { id: 'p1' } })
      .catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(409);
    expect(error.body.code).toBe('STALE_VERSION');
    expect(error.body.current).toEqual(current);
    expect(error.body.errors).toEqual({});
  });

  test('update sends the whole record, updatedAt included, for the version check', async () => {
    const calls = fakeServer(({ body }) => ({ status: 200, body }));
    await provider().update('powers', {
      id: 'p1',
      data: { id: 'p1', name: '新名称', updatedAt: '2026-01-01T00:00:00.000Z' },
      previousData: { id: 'p1' },
    });
    expect(calls[0]).toMatchObject({ method: 'PUT', url: '/console-api/powers/p1', body: { name: '新名称', updatedAt: '2026-01-01T00:00:00.000Z' } });
  });

  test('publish posts to /:id/publish', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { id: 'c1' } }));
    await expect(provider().publish('catalogue-items', { id: 'c1' })).resolves.toEqual({ data: { id: 'c1' } });
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/console-api/catalogue-items/c1/publish' });
  });
});
