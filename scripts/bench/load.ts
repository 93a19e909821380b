// Runs one measurement in a child process (load-worker.ts) and returns its figures.
import { runInChild } from './child';
import type { LoadJob, LoadResult } from './load-job';

export const CONNECTIONS = 8;
export const WARMUP_SECONDS = 2;
export const SECONDS = 10;

export function load(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS): Promise<LoadResult> {
  const job: LoadJob = { url, connections, warmupSeconds: WARMUP_SECONDS, seconds: SECONDS, headers };
  return runInChild<LoadJob, LoadResult>('load-worker.js', job, `load ${url}`);
}
