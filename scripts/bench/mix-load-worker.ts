// The load generator for mix-load-job.ts, in a process of its own like load-worker.ts.
import autocannon from 'autocannon';
import type { MixJob, MixResult } from './mix-load-job';

const pick = (paths: string[]): string => paths[Math.floor(Math.random() * paths.length)] ?? '/';

function requests(job: MixJob): autocannon.Request[] {
  if (!job.saveBack) return [{ method: 'GET', setupRequest: (request) => ({ ...request, method: 'GET', path: pick(job.paths) }) }];
  return [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        context.path = pick(job.paths);
        return { ...request, method: 'GET', path: String(context.path) };
      },
      onResponse: (_status, body, context) => {
        context.body = body;
      },
    },
    {
      method: 'PUT',
      setupRequest: (request, context) =>
        ({ ...request, method: 'PUT', path: String(context.path), body: String(context.body ?? '{}'), headers: { ...request.headers, 'content-type': 'application/json' } }),
    },
  ];
}

function run(job: MixJob, seconds: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(
      { url: job.baseUrl, connections: job.connections, duration: seconds, headers: job.headers, timeout: 30, requests: requests(job) },
      (error, result) => (error ? reject(error) : resolveRun(result)),
    );
    if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  });
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0);

async function measure(job: MixJob): Promise<MixResult> {
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
  const latencies: number[] = [];
  const result = await run(job, job.seconds, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const count = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    url: `${job.baseUrl} (${job.paths.length} paths${job.saveBack ? ', read and save back' : ''})`,
    requests: count,
    seconds: result.duration,
    requestsPerSecond: count / result.duration,
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

process.once('message', (job: MixJob) => {
  measure(job)
    .then((result) => process.send?.({ result }, () => process.exit(0)))
    .catch((error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)));
});
