// The load generator, in its own process so that it never shares an event loop with the server
// under test: a warm-up run, then the measured run, with every response's latency kept so that
// p95 can be reported (autocannon's own histogram stops at p90 and p97.5).
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load-job';

function run(job: LoadJob, seconds: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon({ url: job.url, connections: job.connections, duration: seconds, headers: job.headers, timeout: 30 }, (error, result) => (error ? reject(error) : resolveRun(result)));
    if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  });
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0);

async function measure(job: LoadJob): Promise<LoadResult> {
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
  const latencies: number[] = [];
  const result = await run(job, job.seconds, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    url: job.url,
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
  };
}

process.once('message', (job: LoadJob) => {
  measure(job)
    .then((result) => process.send?.({ result }, () => process.exit(0)))
    .catch((error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)));
});
