// Issue 17's read figures, each beside its reference measured in the same run (the machine may be
// shared: the load average is printed with each figure, and the ratio is what the targets name):
// - the region tier's dashboard at 8 connections (≥ 100 req/s), with the time of one computation;
// - the department's 25-row page against a plain node+pg server replaying the very statements one
//   such console request sends (replay-server.ts): p95 ≤ 30 ms and ≥ 50% of its throughput;
// - the region search against the same replay (printed);
// - the public API on realistic traffic: random items and pages across every published list of the
//   region, ours against plain node+pg (plain-server.ts, our public handlers' SQL), with the cached
//   figure (one URL repeated) beside it (≥ 50% of plain);
// - a mixed load (reads, searches, dashboards, public, writes) at 16 connections: p99 ≤ 200 ms, no
//   errors (BENCH_MIXED_SECONDS, default 60). Its saves send the record back as read, which the
//   server answers without writing; BENCH_SAVE_CHANGE=<field> changes that text field in each save,
//   so every save writes (issue 17).
import type { Core } from '@strapi/strapi';
import { loadavg } from 'os';
import type { Pool } from 'pg';
import { runInChild } from './child';
import { load } from './load';
import type { LoadResult } from './load-job';
import type { MixJob, MixResult } from './mix-load-job';
import { captureSql, type Statement } from './sql-capture';
import { startReplayServer } from './replay';
import { startPlainServer } from './plain';
import { deptPagePath, searchPath, SEARCH_TERM, SHORT_TERM } from './region-load';
import { explainStatements } from './explain';
import { allOk } from './throughput';
import { percentile } from './load-measure';
import { describeSamples, sampleMix } from './mix-sampler';

export const DASHBOARD_TARGET_RPS = 100;
export const DEPT_P95_TARGET = 30;
export const PLAIN_SHARE_TARGET = 0.5;
export const MIXED_P99_TARGET = 200;
/** Issue 17: a region name search of 4 and of 2 characters, p95 at 8 connections. */
export const SEARCH_P95_TARGET = 100;
/** The text field the mixed load's saves change (BENCH_SAVE_CHANGE), or none: saved back as read. */
const SAVE_CHANGE = process.env.BENCH_SAVE_CHANGE || undefined;

export interface Measure {
  result: LoadResult;
  load: number;
}

export interface ReadFigures {
  dashboard: Measure & { firstMs: number };
  deptPage: { ours: Measure; plain: Measure; statements: number };
  search: { ours: Measure; plain: Measure; statements: number };
  shortSearch: { ours: Measure; plain: Measure; statements: number };
  publicRandom: { ours: Measure; plain: Measure; cached: Measure; paths: number; lists: number };
  mixed: { seconds: number; parts: { label: string; connections: number; result: MixResult }[]; p99: number; errors: number; load: number };
}

export interface ReadContext {
  strapi: Core.Strapi;
  baseUrl: string;
  databaseUrl: string;
  pool: Pool;
  editorJwt: string;
  reviewerJwt: string;
  departmentId: string;
}

const WARMUP = 2;
const SECONDS = 10;
const load1 = (): number => loadavg()[0];

function mix(job: Omit<MixJob, 'warmupSeconds' | 'seconds'> & { seconds?: number; warmupSeconds?: number }): Promise<MixResult> {
  const full: MixJob = { warmupSeconds: WARMUP, seconds: SECONDS, ...job };
  return runInChild<MixJob, MixResult>('mix-load-worker.js', full, `mixed load ${job.baseUrl}`);
}

async function measured(run: () => Promise<LoadResult>): Promise<Measure> {
  const result = await run();
  return { result, load: load1() };
}

/** Paths of every published list of the region: items at random and pages at random. */
async function publicPaths(pool: Pool, prefix: (kind: 'list' | 'item', id: string, page?: number) => string): Promise<{ paths: string[]; lists: number }> {
  const lists = await pool.query<{ list_id: string; n: string }>(`SELECT list_id, count(*) AS n FROM published_items WHERE current GROUP BY list_id`);
  const items = await pool.query<{ document_id: string }>(`SELECT document_id FROM published_items WHERE current ORDER BY random() LIMIT 3000`);
  const paths: string[] = [];
  for (const l of lists.rows) {
    const pages = Math.max(1, Math.ceil(Number(l.n) / 20));
    for (let i = 0; i < 3; i += 1) paths.push(prefix('list', l.list_id, 1 + Math.floor(Math.random() * pages)));
  }
  for (const i of items.rows) paths.push(prefix('item', i.document_id));
  return { paths, lists: lists.rows.length };
}

const ours = (kind: 'list' | 'item', id: string, page?: number): string =>
  kind === 'list' ? `/api/public/lists/${encodeURIComponent(id)}/items?page=${page ?? 1}&pageSize=20` : `/api/public/items/${encodeURIComponent(id)}`;

async function departmentPowers(pool: Pool, departmentId: string): Promise<string[]> {
  const rows = await pool.query<{ document_id: string }>(
    `SELECT p.document_id FROM powers p JOIN powers_department_lnk l ON l.power_id = p.id JOIN departments d ON d.id = l.department_id
     WHERE d.document_id = $1 AND p.status = 'valid' ORDER BY p.id LIMIT 400`,
    [departmentId],
  );
  return rows.rows.map((r) => r.document_id);
}

const q = (v: unknown): string => encodeURIComponent(JSON.stringify(v));
const deptPages = (): string[] => Array.from({ length: 20 }, (_, k) => deptPagePath.replace(`range=${q([0, 24])}`, `range=${q([k * 25, k * 25 + 24])}`));

async function timedGet(url: string, jwt: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`read steps: ${url} answered ${res.status}`);
  return performance.now() - t0;
}

export async function measureReads(c: ReadContext, log: (line: string) => void): Promise<ReadFigures> {
  const line = (label: string, m: Measure): void =>
    log(`  ${label.padEnd(46)} ${m.result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.result.p50.toFixed(1)} ms  p95 ${m.result.p95.toFixed(1)} ms  p99 ${m.result.p99.toFixed(1)} ms  ${allOk(m.result) ? 'all 200' : `NOT ALL 200 ${JSON.stringify(m.result.statuses)}`}  (load ${m.load.toFixed(1)})`);
  const editor = { Authorization: `Bearer ${c.editorJwt}` };
  const reviewer = { Authorization: `Bearer ${c.reviewerJwt}` };

  // The dashboard: one computation first (nothing kept), then the load.
  const firstMs = await timedGet(`${c.baseUrl}/console-api/dashboard`, c.reviewerJwt);
  log(`  region dashboard: one computation ${firstMs.toFixed(0)} ms`);
  const dashboard = { ...(await measured(() => load(`${c.baseUrl}/console-api/dashboard`, reviewer))), firstMs };
  line('region dashboard, 8 connections', dashboard);

  // The same SQL through plain node+pg: the statements of one request of each kind, replayed. The
  // capture hears every statement of the server's pool, so a dashboard still being computed for the
  // load above would be replayed too (36 statements for a page of 2, seen at a load of 18): join that
  // computation first, and keep the smallest of three captures.
  await timedGet(`${c.baseUrl}/console-api/dashboard`, c.reviewerJwt);
  const quietSql = async (path: string, jwt: string): Promise<Statement[]> => {
    await timedGet(`${c.baseUrl}${path}`, jwt);
    let best: Statement[] | null = null;
    for (let i = 0; i < 3; i += 1) {
      const sql = await captureSql(c.strapi, async () => void (await timedGet(`${c.baseUrl}${path}`, jwt)));
      if (best === null || sql.length < best.length) best = sql;
    }
    return best ?? [];
  };
  const deptSql = await quietSql(deptPagePath, c.editorJwt);
  const searchSql = await quietSql(searchPath(SEARCH_TERM), c.reviewerJwt);
  const shortSql = await quietSql(searchPath(SHORT_TERM), c.reviewerJwt);
  // BENCH_EXPLAIN=1: the plan of every statement, to see where a page's SQL spends its time.
  if (process.env.BENCH_EXPLAIN === '1') {
    for (const [label, sql] of [['department page', deptSql], [`search “${SEARCH_TERM}”`, searchSql], [`search “${SHORT_TERM}”`, shortSql]] as const) {
      for (const line of await explainStatements(c.pool, label, sql)) log(line);
    }
  }
  const replay = await startReplayServer(c.databaseUrl, { dept: deptSql, search: searchSql, short: shortSql });
  let deptPage: ReadFigures['deptPage'];
  let search: ReadFigures['search'];
  let shortSearch: ReadFigures['shortSearch'];
  try {
    deptPage = { ours: await measured(() => load(`${c.baseUrl}${deptPagePath}`, editor)), plain: await measured(() => load(replay.url('dept'))), statements: deptSql.length };
    line('console dept page, 8 connections', deptPage.ours);
    line(`  plain node+pg, the same ${deptSql.length} statements`, deptPage.plain);
    search = { ours: await measured(() => load(`${c.baseUrl}${searchPath(SEARCH_TERM)}`, reviewer)), plain: await measured(() => load(replay.url('search'))), statements: searchSql.length };
    line(`console region search “${SEARCH_TERM}”, 8 connections`, search.ours);
    line(`  plain node+pg, the same ${searchSql.length} statements`, search.plain);
    shortSearch = { ours: await measured(() => load(`${c.baseUrl}${searchPath(SHORT_TERM)}`, reviewer)), plain: await measured(() => load(replay.url('short'))), statements: shortSql.length };
    line(`console region search “${SHORT_TERM}”, 8 connections`, shortSearch.ours);
    line(`  plain node+pg, the same ${shortSql.length} statements`, shortSearch.plain);
  } finally {
    await replay.stop();
  }

  // The public API on realistic traffic.
  const plain = await startPlainServer(c.databaseUrl);
  let publicRandom: ReadFigures['publicRandom'];
  try {
    const o = await publicPaths(c.pool, ours);
    const p = o.paths.map((path) => {
      const item = /^\/api\/public\/items\/(.+)$/.exec(path);
      if (item) return `/items/${item[1]}`;
      return path.replace('/api/public/lists/', '/lists/');
    });
    publicRandom = {
      ours: await measured(() => mix({ baseUrl: c.baseUrl, paths: o.paths, connections: 8, headers: {} })),
      plain: await measured(() => mix({ baseUrl: plain.baseUrl, paths: p, connections: 8, headers: {} })),
      cached: await measured(() => load(`${c.baseUrl}${o.paths[0]}`)),
      paths: o.paths.length,
      lists: o.lists,
    };
    line(`public, random items and pages of ${o.lists} lists`, publicRandom.ours);
    line('  plain node+pg, the same paths', publicRandom.plain);
    line('  ours, one URL repeated (cached)', publicRandom.cached);
  } finally {
    await plain.stop();
  }

  // A mixed load at 16 connections.
  const seconds = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
  const powers = await departmentPowers(c.pool, c.departmentId);
  const half = Math.ceil(powers.length / 2);
  const publicOnes = (await publicPaths(c.pool, ours)).paths;
  const parts: { label: string; connections: number; job: MixJob }[] = [
    { label: 'console dept pages', connections: 5, job: { baseUrl: c.baseUrl, paths: deptPages(), connections: 5, headers: editor, warmupSeconds: 0, seconds, keepLatencies: true } },
    { label: 'console region search', connections: 1, job: { baseUrl: c.baseUrl, paths: [searchPath(SEARCH_TERM)], connections: 1, headers: reviewer, warmupSeconds: 0, seconds, keepLatencies: true } },
    { label: 'region dashboard', connections: 2, job: { baseUrl: c.baseUrl, paths: ['/console-api/dashboard'], connections: 2, headers: reviewer, warmupSeconds: 0, seconds, keepLatencies: true } },
    { label: 'public items and pages', connections: 6, job: { baseUrl: c.baseUrl, paths: publicOnes, connections: 6, headers: {}, warmupSeconds: 0, seconds, keepLatencies: true } },
    // Writes: each connection its own powers, so that no write is refused as stale by another's.
    ...[powers.slice(0, half), powers.slice(half)].map((mine, i) => ({
      label: `console writes (read, save back) #${i + 1}`,
      connections: 1,
      job: { baseUrl: c.baseUrl, paths: mine.map((id) => `/console-api/powers/${encodeURIComponent(id)}`), connections: 1, headers: editor, warmupSeconds: 0, seconds, saveBack: true, saveChange: SAVE_CHANGE, keepLatencies: true },
    })),
  ];
  let results: MixResult[];
  // Where the time goes: the server's pool and PostgreSQL's sessions, sampled while the load runs.
  const sampler = sampleMix(c.strapi, c.pool);
  try {
    results = await Promise.all(parts.map((part) => runInChild<MixJob, MixResult>('mix-load-worker.js', part.job, part.label)));
  } catch (error) {
    log(`  mixed load FAILED: ${String(error)}`);
    results = parts.map((part) => ({ url: part.label, requests: 0, seconds, requestsPerSecond: 0, p50: 0, p95: 0, p99: 0, statuses: {}, non2xx: 0, errors: 1, timeouts: 0 }));
  }
  const samples = await sampler.stop();
  const all = results.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const p99 = percentile(all, 99);
  const errors = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  const mixed = { seconds, parts: parts.map((part, i) => ({ label: part.label, connections: part.connections, result: { ...results[i], latencies: undefined } })), p99, errors, load: load1() };
  // Let what the server still computes for requests the load generators gave up on finish (a
  // dashboard joins the computation in flight), so that stopping the server aborts nothing.
  await timedGet(`${c.baseUrl}/console-api/dashboard`, c.reviewerJwt).catch(() => undefined);
  for (const part of mixed.parts) line(`mixed: ${part.label} (${part.connections} conn.)`, { result: part.result, load: mixed.load });
  log(describeSamples(samples));
  log(`  mixed load's saves: ${SAVE_CHANGE ? `each changes ${SAVE_CHANGE}` : 'sent back as read'} (BENCH_SAVE_CHANGE)`);
  log(`  mixed load, 16 connections, ${seconds} s: p99 ${p99.toFixed(1)} ms over ${all.length} requests, ${errors} errors (target p99 ≤ ${MIXED_P99_TARGET} ms, no errors)  (load ${mixed.load.toFixed(1)})`);
  return { dashboard, deptPage, search, shortSearch, publicRandom, mixed };
}
