// BENCH_ONLY=write: only the write steps of issues 15 and 17, on the demo data (no region data set,
// no throughput), so that they can be measured on a shared machine without the whole bench: the
// 5,000-row officer import (read, preview, commit; ≤ 3 s), the 5,000-row batch power adjustment
// (preview ≤ 5 s, approval ≤ 10 s) and the 5,000-item list (submit ≤ 1.5 s, publish ≤ 1 s), with the
// server's peak RSS (≤ 500 MB). Prints each figure beside its target and the load average; with
// BENCH_PROFILE=1 a CPU profile and the SQL of each step; with BENCH_HOLD=1 the database stays up
// afterwards (until SIGTERM) for EXPLAIN by hand; with BENCH_WRITE_REGION=<fraction> the region data
// set is generated first. Writes nothing to docs/.
import { cpus, loadavg } from 'os';
import type { Core } from '@strapi/strapi';
import { startBenchSystem } from './system';
import { Tokens } from './http';
import { publishBigList } from './big-list';
import { runInChild } from './child';
import type { SeedJob } from './seed-worker';
import type { SeedResult } from '../seed-region';
import { PeakMemory } from './memory';
import { describeProfile, profiled, profiling } from './profile';
import { describeQueries, startQueryLog } from './query-log';
import { runBatchSheet, BATCH_APPROVAL_TARGET_MS, BATCH_PREVIEW_TARGET_MS } from './batch-sheet';
import type { ImportResult } from './import-sheet';
import type { ImportJob } from './import-worker';
import { writeVerdicts, type WriteFigures } from './write-targets';

type Log = (line: string) => void;

/** Runs one step with the profiler and the query log when BENCH_PROFILE=1. */
async function step<T>(strapi: Core.Strapi, name: string, log: Log, work: () => Promise<T>): Promise<T> {
  const queries = profiling() ? startQueryLog(strapi) : null;
  const started = performance.now();
  const { result, profile } = await profiled(work);
  if (profile) log([...describeProfile(`${name} (${((performance.now() - started) / 1000).toFixed(2)} s with the profiler on)`, profile), ...describeQueries(queries?.() ?? [])].join('\n'));
  return result;
}

export async function runWriteBench(log: Log): Promise<number> {
  const load = (): string => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  log(`write steps only (BENCH_ONLY=write); ${load()}`);
  const system = await startBenchSystem();
  const memory = new PeakMemory();
  try {
    const { strapi, boot, baseUrl } = system;
    const tokens = new Tokens(strapi, baseUrl, boot.demo.DEMO_PASSWORD, boot.issueSessionToken);
    const region = Number(process.env.BENCH_WRITE_REGION ?? 0);
    if (region > 0) {
      // BENCH_WRITE_REGION=1: the write steps on a database that already holds the region data set
      // (the full bench's conditions), to see which step grows with the data.
      log(`generating the region data set up to ${region * 100}% first…`);
      const seeded = await runInChild<SeedJob, SeedResult>('seed-worker.js', { databaseUrl: system.databaseUrl, fraction: region }, 'region generator');
      log(`region data: ${seeded.powers.toLocaleString('en-US')} powers in ${seeded.seconds.toFixed(0)} s; ${load()}`);
    }
    const editor = await tokens.of('county-dept-editor');
    const reviewer = await tokens.of('county-justice-reviewer');
    memory.phase('import of the .xlsx (preview, commit)');
    const imported = await step(strapi, 'officer import', log, () => runInChild<ImportJob, ImportResult>('import-worker.js', { baseUrl, jwt: editor }, 'import'));
    log(`import: read ${(imported.readMs / 1000).toFixed(2)} s, preview ${(imported.previewMs / 1000).toFixed(2)} s, commit ${(imported.commitMs / 1000).toFixed(2)} s; ${load()}`);
    memory.phase('batch power adjustment (preview, filing, approval)');
    const batch = await step(strapi, 'batch adjustment', log, () => runBatchSheet(strapi, baseUrl, editor, reviewer));
    log(`batch: preview ${(batch.previewMs / 1000).toFixed(2)} s (target ${BATCH_PREVIEW_TARGET_MS / 1000} s), filing ${(batch.filingMs / 1000).toFixed(2)} s, approval ${(batch.approvalMs / 1000).toFixed(2)} s (target ${BATCH_APPROVAL_TARGET_MS / 1000} s); ${load()}`);
    memory.phase('5,000-item list: setup, submit, forward, approve, publish');
    const big = await publishBigList(strapi, boot.demo, baseUrl, system.databaseUrl, tokens, 'county-justice-reviewer', log);
    log(`5,000-item list: ${Object.entries(big.steps).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`).join(', ')}; ${load()}`);
    const figures: WriteFigures = { import: imported, batch, steps: big.steps, peak: memory.stop() };
    for (const line of writeVerdicts(figures)) console.log(line);
    console.log(`(${load()} at the end; figures on a shared machine are noisy)`);
    if (process.env.BENCH_HOLD === '1') {
      // For EXPLAIN ANALYZE by hand on the 5,000-item department: the database stays up until SIGTERM.
      log(`holding ${system.databaseUrl} until SIGTERM to process ${process.pid}`);
      await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
    }
    return 0;
  } finally {
    memory.stop();
    await system.stop();
  }
}
