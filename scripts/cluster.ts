// npm run cluster: N stateless server instances behind HAProxy on one PostgreSQL primary with a
// streaming replica that serves the public API, all on this machine (127.0.0.1). It seeds the demo
// data, puts the instances under load through the balancer, kills one instance mid-run and counts
// the failed requests, shows a publication on every instance at once, then stops the primary and
// promotes the replica. See docs/DEPLOY.md.
import { fork, type ChildProcess } from 'child_process';
import { rmSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded';
import { freePort } from '../database/ports';
import { runInChild } from './bench/child';
import type { LoadJob, LoadResult } from './bench/load-job';
import { haproxyAvailable, startHaproxy } from './cluster/haproxy';
import { createReplica } from './cluster/replica';
import { buildServer, ROOT } from './run';

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const INSTANCES = arg('instances', 3);
const SECONDS = arg('seconds', 20);
const DIR = join(ROOT, '.data', 'cluster');
const started = Date.now();
const log = (message: string) => console.log(`[cluster ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'cluster', 'instance.js'), [], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', STRAPI_LOG_LEVEL: 'warn' },
    execArgv: ['--max-old-space-size=512'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`instance on :${port} exited (${String(code)})`)));
  });
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signIn(lb: string, username: string): Promise<string> {
  const body = await json<{ jwt: string }>(`${lb}/api/auth/local`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ identifier: username, password: 'Demo@2026!' }) });
  return body.jwt;
}

const county2Published = async (lb: string): Promise<number> =>
  (await json<{ data: { code: string; publishedDepartments: number }[] }>(`${lb}/api/public/governments`)).data.find((g) => g.code === '152501000000')?.publishedDepartments ?? -1;

async function main(): Promise<void> {
  if (!haproxyAvailable()) throw new Error('haproxy is not installed: apt-get install -y haproxy');
  buildServer({ adminPanel: false });
  rmSync(DIR, { recursive: true, force: true });

  const primaryPort = await freePort();
  const primary = await startEmbeddedPostgres({ dir: join(DIR, 'primary'), port: primaryPort, quiet: true });
  await primary.createDatabase('nmg');
  const primaryUrl = primary.urlFor('nmg');
  log(`primary PostgreSQL on :${primaryPort}`);

  process.env.DATABASE_URL = primaryUrl;
  process.env.CRON_ENABLED = 'false';
  process.env.STRAPI_LOG_LEVEL = 'error';
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const seeder = await boot.loadStrapi();
  await boot.seedDemo(seeder, { divisionsCsv: boot.DIVISIONS_CSV });
  await boot.publishDemoLists(seeder);
  await seeder.destroy();
  log('schema migrated and demo data seeded');

  const replicaPort = await freePort();
  const replica = await createReplica({ primaryAdminUrl: primary.urlFor('postgres'), primaryDir: join(DIR, 'primary'), primaryPort, dir: join(DIR, 'replica'), port: replicaPort, user: 'postgres', password: 'postgres' });
  const replicaUrl = `postgres://postgres:postgres@127.0.0.1:${replicaPort}/nmg`;
  log(`streaming replica on :${replicaPort} (${(await query<{ r: boolean }>(replicaUrl, 'SELECT pg_is_in_recovery() AS r'))[0]?.r ? 'in recovery' : 'NOT in recovery'})`);

  const ports = await Promise.all(Array.from({ length: INSTANCES }, () => freePort()));
  const env = { DATABASE_URL: primaryUrl, PUBLIC_DATABASE_URL: replicaUrl, CRON_ENABLED: 'true', AUTH_RATELIMIT_MAX: '1000' };
  const instances = await Promise.all(ports.map((port) => startInstance(port, env)));
  log(`${INSTANCES} instances on :${ports.join(', :')}`);
  const lbPort = await freePort();
  const haproxy = startHaproxy(join(DIR, 'haproxy.cfg'), lbPort, ports);
  const lb = `http://127.0.0.1:${lbPort}`;
  for (let i = 0; i < 50; i += 1) {
    if ((await fetch(`${lb}/_health`).catch(() => null))?.status === 204) break;
    await sleep(200);
  }
  log(`HAProxy on :${lbPort}`);

  const token = await signIn(lb, 'county-dept-editor');
  const list = (await query<{ id: string }>(primaryUrl, "SELECT document_id AS id FROM responsibility_lists WHERE state = 'published' LIMIT 1"))[0]?.id;
  const before = (await query<{ n: string }>(replicaUrl, "SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'nmg'"))[0]?.n ?? '0';
  const job = (path: string, headers: Record<string, string> = {}): LoadJob => ({ url: `${lb}${path}`, connections: 4, warmupSeconds: 0, seconds: SECONDS, headers });
  const jobs: [string, LoadJob][] = [
    ['public: governments', job('/api/public/governments')],
    ['public: a list page', job(`/api/public/lists/${list}/items?page=2&pageSize=10`)],
    ['console: powers page', job('/console-api/powers?range=%5B0%2C24%5D&sort=%5B%22code%22%2C%22ASC%22%5D&embed=%5B%5D', { Authorization: `Bearer ${token}` })],
  ];
  log(`load: ${jobs.length} × 4 connections for ${SECONDS} s through the balancer; instance 1 killed (SIGKILL) after ${Math.round(SECONDS * 0.4)} s`);
  const running = Promise.all(jobs.map(([label, j]) => runInChild<LoadJob, LoadResult>('load-worker.js', j, label)));
  await sleep(SECONDS * 400);
  instances[0]?.kill('SIGKILL');
  log(`instance 1 (:${ports[0]}) killed`);
  const results = await running;
  const after = (await query<{ n: string }>(replicaUrl, "SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'nmg'"))[0]?.n ?? '0';
  console.log('\n| load (through HAProxy) | requests | req/s | p50 ms | p99 ms | failed (non-2xx, errors, timeouts) |\n|---|---|---|---|---|---|');
  jobs.forEach(([label], i) => {
    const r = results[i];
    if (r) console.log(`| ${label} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.non2xx + r.errors + r.timeouts} (${r.non2xx}, ${r.errors}, ${r.timeouts}) |`);
  });
  const failed = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  console.log(`\nfailed requests in all: ${failed}; transactions served by the replica during the load: ${Number(after) - Number(before)}\n`);

  // A publication through the balancer is on every remaining instance's public page at once.
  const draft = (await json<{ id: string }[]>(`${lb}/console-api/responsibility-lists?filter=${encodeURIComponent(JSON.stringify({ state: 'draft' }))}`, { headers: { Authorization: `Bearer ${await signIn(lb, 'county2-dept-editor')}` } }))[0]?.id;
  const seen: number[] = [];
  if (draft) {
    for (const [user, action] of [['county2-dept-editor', 'submit'], ['county2-dept-head', 'forward'], ['county2-justice-reviewer', 'approve'], ['county2-justice-reviewer', 'publish']] as const) {
      await json(`${lb}/console-api/responsibility-lists/${draft}/transition`, { method: 'POST', headers: { Authorization: `Bearer ${await signIn(lb, user)}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ action }) });
    }
    for (let i = 0; i < 2 * INSTANCES; i += 1) seen.push(await county2Published(lb));
  }
  log(`after publishing 二连浩特市's list, ${2 * INSTANCES} reads through the balancer saw published departments: ${seen.join(', ')}`);

  // Fail-over of the database: the primary stops, the replica is promoted and takes writes.
  await primary.stop();
  replica.promote();
  const promoted = await query<{ r: boolean }>(replicaUrl, 'SELECT pg_is_in_recovery() AS r');
  await query(replicaUrl, 'CREATE TABLE IF NOT EXISTS nmg_promotion_check (at timestamptz DEFAULT now()); INSERT INTO nmg_promotion_check DEFAULT VALUES');
  log(`primary stopped; replica promoted: in recovery = ${String(promoted[0]?.r)}, and it takes writes`);

  haproxy.kill('SIGTERM');
  await Promise.all(instances.slice(1).map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
  await replica.stop();
  log('stopped');
  if (failed > 0 || seen.some((n) => n !== 1) || promoted[0]?.r !== false) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
