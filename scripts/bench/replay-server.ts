// The plain node+pg reference for console reads: node:http and a pg Pool (as many connections as
// Strapi's) replaying, per request, the statements one console request of that kind sent (captured
// by sql-capture.ts), one after the other as the server sends them, and answering the last result as
// JSON. No framework, no authentication code, no JSON shaping: the floor PostgreSQL sets for that
// request. Run as a child process of the bench; it is sent { routes } and answers { port }.
import { createServer, type ServerResponse } from 'http';
import { Pool } from 'pg';
import type { Statement } from './sql-capture';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
let routes: Record<string, Statement[]> = {};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function replay(statements: Statement[]): Promise<unknown[]> {
  let rows: unknown[] = [];
  for (const s of statements) rows = (await pool.query(s.sql, s.bindings)).rows;
  return rows;
}

const server = createServer((req, res) => {
  const key = decodeURIComponent((req.url ?? '/').replace(/^\/replay\//, '').split('?')[0] ?? '');
  const statements = routes[key];
  if (!statements) return send(res, 404, { message: 'no such route' });
  replay(statements).then((rows) => send(res, 200, rows), (error: unknown) => send(res, 500, { message: String(error) }));
});

process.on('message', (message: unknown) => {
  if (message === 'stop') {
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
    return;
  }
  const sent = (message as { routes?: Record<string, Statement[]> }).routes;
  if (!sent) return;
  routes = sent;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
});
