// The admin panel's fetch wrapper: content-manager saves carry the updatedAt last loaded for the
// document (issue 13, one concurrency rule), other requests pass unchanged.
import { documentCall, versionedFetch, withVersion } from '../../../cms/src/admin/document-version';

const POWER = '/admin/../content-manager/collection-types/api::power.power/abc123';
const url = (suffix = '', query = ''): string => `http://127.0.0.1:1/content-manager/collection-types/api::power.power/abc123${suffix}${query}`;

interface Seen {
  url: string;
  method: string;
  body: unknown;
}

/** A fetch that records each request and answers the document with the given stamp. */
function fakeServer(stamps: string[]): { fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>; seen: Seen[] } {
  const seen: Seen[] = [];
  let n = 0;
  return {
    seen,
    fetch: async (input, init) => {
      seen.push({ url: String(input), method: init?.method ?? 'GET', body: init?.body });
      const updatedAt = stamps[Math.min(n++, stamps.length - 1)];
      return new Response(JSON.stringify({ data: { documentId: 'abc123', updatedAt } }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  };
}

describe('documentCall', () => {
  test.each([
    [url(), 'api::power.power/abc123', null],
    [url('', '?locale=&status=draft'), 'api::power.power/abc123', null],
    [url('/actions/publish'), 'api::power.power/abc123', 'publish'],
    [POWER, 'api::power.power/abc123', null],
  ])('%s names %s (action %s)', (u, key, action) => {
    expect(documentCall(u)).toMatchObject({ key, action });
  });
  test.each([
    'http://127.0.0.1:1/content-manager/collection-types/api::power.power?page=1',
    'http://127.0.0.1:1/content-manager/collection-types/api::power.power/actions/bulkPublish',
    'http://127.0.0.1:1/content-manager/relations/api::power.power/abc123/department',
    'http://127.0.0.1:1/console-api/powers/abc123',
  ])('%s is no document of the content manager', (u) => {
    expect(documentCall(u)).toBeNull();
  });
});

describe('withVersion', () => {
  test('adds updatedAt to a JSON object body', () => {
    expect(JSON.parse(String(withVersion('{"name":"x"}', '2026-12-05T00:00:00.000Z')))).toEqual({ name: 'x', updatedAt: '2026-12-05T00:00:00.000Z' });
  });
  test('leaves a body with its own updatedAt, a non-JSON body and an unknown version alone', () => {
    expect(withVersion('{"updatedAt":"a"}', 'b')).toBe('{"updatedAt":"a"}');
    expect(withVersion('not json', 'b')).toBe('not json');
    expect(withVersion('{"name":"x"}', undefined)).toBe('{"name":"x"}');
  });
});

describe('versionedFetch', () => {
  test('a save sends the updatedAt of the last load; the next save the one its own answer carried', async () => {
    const server = fakeServer(['2026-12-05T01:00:00.000Z', '2026-12-05T02:00:00.000Z', '2026-12-05T03:00:00.000Z']);
    const fetch = versionedFetch(server.fetch);
    await fetch(url('', '?status=draft'));
    await fetch(url(), { method: 'PUT', body: '{"name":"一"}' });
    await fetch(url('/actions/publish'), { method: 'POST', body: '{"name":"二"}' });
    expect(JSON.parse(String(server.seen[1].body))).toEqual({ name: '一', updatedAt: '2026-12-05T01:00:00.000Z' });
    expect(JSON.parse(String(server.seen[2].body))).toEqual({ name: '二', updatedAt: '2026-12-05T02:00:00.000Z' });
  });

  test('a published copy\'s stamp is not taken for the draft\'s; other requests go out unchanged', async () => {
    const server = fakeServer(['2026-12-05T01:00:00.000Z', '2026-12-05T09:00:00.000Z', '2026-12-05T09:00:00.000Z']);
    const fetch = versionedFetch(server.fetch);
    await fetch(url('', '?status=draft'));
    await fetch(url('', '?status=published'));
    await fetch(url(), { method: 'PUT', body: '{"name":"一"}' });
    expect(JSON.parse(String(server.seen[2].body)).updatedAt).toBe('2026-12-05T01:00:00.000Z');
    await fetch('http://127.0.0.1:1/console-api/powers/abc123', { method: 'PUT', body: '{"name":"x"}' });
    expect(server.seen[3].body).toBe('{"name":"x"}');
  });

  test('a save of a document never loaded goes out without a version (the server refuses it)', async () => {
    const server = fakeServer(['2026-12-05T01:00:00.000Z']);
    await versionedFetch(server.fetch)(url(), { method: 'PUT', body: '{"name":"一"}' });
    expect(server.seen[0].body).toBe('{"name":"一"}');
  });
});
