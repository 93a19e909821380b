// The baseline: node:http and a pg Pool (as many connections as Strapi's pool), no framework, no
// cache, answering the two measured routes with our own public handlers (cms/src/public) so that
// it runs exactly the SQL they run, whatever it becomes. The handlers reach PostgreSQL through
// sqlRows (cms/src/public/sql.ts), which takes a pooled connection from strapi.db.connection.client;
// the stand-in below gives them one from the pg Pool instead. Run as a child process of the bench.
import type { Core } from '@strapi/strapi';
import { createServer, type ServerResponse } from 'http';
import { listenForParent, onParentMessage, sendJson as send } from './child-listen';
import { join } from 'path';
import { Pool, type PoolClient } from 'pg';
import { ROOT } from '../run';

type Handlers = typeof import('../../cms/src/public/handlers');
type Errors = typeof import('../../cms/src/public/errors');
type Result = Awaited<ReturnType<ReturnType<Handlers['publicHandlers']>['items']>>;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });

// The part of Strapi the public handlers' SQL helper uses: knex's client (acquire/release a connection).
const standIn = {
  db: {
    connection: {
      client: { acquireConnection: (): Promise<PoolClient> => pool.connect(), releaseConnection: async (c: PoolClient): Promise<void> => c.release() },
      raw: (text: string) => pool.query(text),
    },
  },
} as unknown as Core.Strapi;

const dist = join(ROOT, 'cms', 'dist', 'src', 'public');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicHandlers } = require(join(dist, 'handlers.js')) as Handlers;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PublicError } = require(join(dist, 'errors.js')) as Errors;
const handlers = publicHandlers(standIn);

function answer(result: Promise<Result>, res: ServerResponse): void {
  result
    .then((r) => ('json' in r ? send(res, 200, r.json) : send(res, 500, { message: 'unexpected file' })))
    .catch((error: unknown) => (error instanceof PublicError ? send(res, error.status, { code: error.code }) : send(res, 500, { message: String(error) })));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = Object.fromEntries(url.searchParams.entries());
  const page = url.pathname.match(/^\/lists\/([^/]+)\/items$/);
  const item = url.pathname.match(/^\/items\/([^/]+)$/);
  if (page) answer(handlers.items({ params: { id: decodeURIComponent(page[1]) }, query }), res);
  else if (item) answer(handlers.item({ params: { id: decodeURIComponent(item[1]) }, query }), res);
  else send(res, 404, { message: 'not found' });
});

listenForParent(server);
onParentMessage(server, pool);
