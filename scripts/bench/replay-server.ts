// The plain node+pg reference for console reads: node:http and a pg Pool (as many connections as
// Strapi's) replaying, per request, the statements one console request of that kind sent (captured
// by sql-capture.ts), one after the other as the server sends them, and answering the last result as
// JSON. No framework, no authentication code, no JSON shaping: the floor PostgreSQL sets for that
// request. Run as a child process of the bench; it is sent { routes } and answers { port }.
import { createServer } from 'http';
import { Pool } from 'pg';
import type { Statement } from './sql-capture';
import { listenForParent, onParentMessage, sendJson as send } from './child-listen';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
let routes: Record<string, Statement[]> = {};

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

onParentMessage(server, pool, (message) => {
  const sent = (message as { routes?: Record<string, Statement[]> } | null)?.routes;
  if (!sent) return;
  routes = sent;
  listenForParent(server);
});
