// Concurrency tests need one listening server: supertest on a server that is not listening starts
// and stops an ephemeral listener per request, and with 20 requests in flight the fast answers'
// connections are reset (read ECONNRESET) by the others' close. This listens once on 127.0.0.1:0
// (supertest then reuses that address too) and sends the requests with fetch.
import type { AddressInfo } from 'net';
import type { TestApp } from './app';

/** The base URL of the app's server, listening on a free port of 127.0.0.1 from now on. */
export async function baseUrl(app: TestApp): Promise<string> {
  const server = app.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface Sent {
  status: number;
  body: unknown;
}

/** Sends `count` requests at once and returns each status and JSON body, in order. */
export async function concurrently(app: TestApp, count: number, request: (i: number) => { method: string; path: string; auth?: string; body?: unknown }): Promise<Sent[]> {
  const base = await baseUrl(app);
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    const r = request(i);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (r.auth) headers.Authorization = r.auth;
    const res = await fetch(`${base}${r.path}`, { method: r.method, headers, body: r.body === undefined ? undefined : JSON.stringify(r.body) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, body };
  }));
}
