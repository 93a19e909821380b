// The request loop both load generators share (load-worker.ts: one URL; mix-load-worker.ts: many
// paths, or a read and its save): a warm-up run, then the measured run with every response's latency
// kept, so that p95 and p99 can be reported (autocannon's own histogram stops at p90 and p97.5),
// and the answer to the parent over the IPC channel. In the worker's own process, so that it never
// shares an event loop with the server under test.
import autocannon from 'autocannon';
import type { LoadResult } from './load-job';

export interface LoadRun {
  /** autocannon's options but its duration (warmupSeconds, then seconds). */
  options: Omit<autocannon.Options, 'duration'>;
  warmupSeconds: number;
  seconds: number;
  /** Names the run in the result (its URL, or what it loads). */
  label: string;
  /** Return every measured latency too (for a percentile over several runs at once). */
  keepLatencies?: boolean;
}

export interface MeasuredLoad extends LoadResult {
  latencies?: number[];
}

function run(options: LoadRun['options'], seconds: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon({ timeout: 30, ...options, duration: seconds }, (error, result) => (error ? reject(error) : resolveRun(result)));
    if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  });
}

/** The p-th percentile of ascending `sorted` (nearest rank); 0 when empty. */
export const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0);

export async function measureLoad(job: LoadRun): Promise<MeasuredLoad> {
  if (job.warmupSeconds > 0) await run(job.options, job.warmupSeconds);
  const latencies: number[] = [];
  const result = await run(job.options, job.seconds, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    url: job.label,
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(job.keepLatencies ? { latencies } : {}),
  };
}

/** Answers the one job the parent sends (child.ts) with { result } or { error }, then exits. */
export function answerJob<Job>(measure: (job: Job) => Promise<unknown>): void {
  process.once('message', (job: Job) => {
    measure(job)
      .then((result) => process.send?.({ result }, () => process.exit(0)))
      .catch((error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)));
  });
}
