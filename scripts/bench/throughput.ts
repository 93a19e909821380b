// Issue 4's throughput targets, measured on the same server in the same run: our public routes
// against Strapi's stock REST find/findOne of the same content type (published items), with a
// plain node + pg server running our handlers' SQL beside them. Each URL is probed first: it must
// answer 200 with the expected content, and every measured response must be a 200 too.
import { COLD_HEADER } from './cold';
import { load } from './load';
import type { LoadResult } from './load-job';
import { describeProfile, profiled } from './profile';

export interface RouteUrls {
  route: string;
  ours: string;
  stock: string;
  plain: string;
  /** What a correct answer holds (20 items of a page, or an item with its code). */
  expect: (body: unknown) => boolean;
}

export interface Measured {
  route: string;
  ours: LoadResult;
  /** Ours with every request a cache miss (cold.ts); null when the server offers no way to force one. */
  oursCold: LoadResult | null;
  stock: LoadResult;
  plain: LoadResult;
}

export const RATIO_TARGET = 5;

async function probe(url: string, expect: (body: unknown) => boolean): Promise<void> {
  const response = await fetch(url);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Checked below.
  }
  if (response.status !== 200 || !expect(body)) throw new Error(`probe ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
}

export async function measureRoute(urls: RouteUrls, cold: boolean, log: (line: string) => void): Promise<Measured> {
  for (const url of [urls.ours, urls.stock, urls.plain]) await probe(url, urls.expect);
  const run = async (label: string, url: string, headers: Record<string, string> = {}): Promise<LoadResult> => {
    // With BENCH_PROFILE=1 the cold runs of our server are profiled (the server is this process).
    const { result, profile } = headers[COLD_HEADER] ? await profiled(() => load(url, headers)) : { result: await load(url, headers), profile: null };
    if (profile) log(describeProfile(`${urls.route}, ${label} (figures below are with the profiler on)`, profile).join('\n'));
    log(`  ${urls.route.padEnd(12)} ${label.padEnd(14)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  statuses ${JSON.stringify(result.statuses)}`);
    return result;
  };
  return {
    route: urls.route,
    ours: await run('ours', urls.ours),
    oursCold: cold ? await run('ours, cold', urls.ours, { [COLD_HEADER]: '1' }) : null,
    stock: await run('stock', urls.stock),
    plain: await run('plain node+pg', urls.plain),
  };
}

/** Every response of the measurement was a 200 and nothing failed. */
export const allOk = (r: LoadResult): boolean => r.requests > 0 && r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && Object.keys(r.statuses).every((code) => code === '200');
