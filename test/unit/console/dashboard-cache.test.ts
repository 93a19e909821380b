// The dashboard cache's rules (cms/src/console/dashboard-cache.ts, issue 17), on a fake clock: an
// answer serves for its lifetime counted from when it is ready, callers share a computation in
// flight however long it takes, and a caller whose own write is past the answer's position gets a
// fresh one. Past its lifetime an answer is served at once while one recomputation runs.
import { DASHBOARD_STALE_MS, DashboardCache, dashboardTtl, noteDashboardWrite } from '../../../cms/src/console/dashboard-cache';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const deferred = <T>() => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

test('a computation slower than the lifetime is shared, then serves for the lifetime, then while it is recomputed', async () => {
  const c = clock();
  const cache = new DashboardCache(10_000, c.now);
  const slow = deferred<string>();
  let computations = 0;
  const compute = () => {
    computations += 1;
    return slow.promise;
  };
  const first = cache.get('region', 0, async () => 5, compute);
  c.advance(15_000);
  const second = cache.get('region', 0, async () => 5, compute);
  slow.resolve('figures');
  expect(await Promise.all([first, second])).toEqual(['figures', 'figures']);
  expect(computations).toBe(1);
  c.advance(9_000);
  expect(await cache.get('region', 0, async () => 6, async () => 'again')).toBe('figures');
  // Past the lifetime: the last answer once more, while the recomputation runs; then the new one.
  c.advance(2_000);
  expect(await cache.get('region', 0, async () => 6, async () => 'again')).toBe('figures');
  await new Promise<void>((resolve) => setImmediate(resolve));
  expect(await cache.get('region', 0, async () => 6, async () => 'unused')).toBe('again');
});

test("a caller's own write past the answer's position is computed afresh; others keep the answer", async () => {
  const cache = new DashboardCache(10_000, clock().now);
  expect(await cache.get('county', 0, async () => 7, async () => 'before')).toBe('before');
  expect(await cache.get('county', 7, async () => 8, async () => 'unused')).toBe('before');
  expect(await cache.get('county', 8, async () => 8, async () => 'after')).toBe('after');
  expect(await cache.get('county', 3, async () => 9, async () => 'unused')).toBe('after');
});

test('a failed computation is not kept', async () => {
  const cache = new DashboardCache(10_000, clock().now);
  await expect(cache.get('x', 0, async () => 1, async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await cache.get('x', 0, async () => 1, async () => 'up')).toBe('up');
});

/** Lets the microtasks queued so far run (the cache's own awaits), without waiting on a computation. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

test('past its lifetime the last answer is served at once while ONE recomputation runs', async () => {
  const c = clock();
  const cache = new DashboardCache(10_000, c.now);
  expect(await cache.get('region', 0, async () => 5, async () => 'old')).toBe('old');
  c.advance(11_000);
  const slow = deferred<string>();
  let computations = 0;
  const recompute = () => {
    computations += 1;
    return slow.promise;
  };
  // Neither caller waits for the recomputation, which is never resolved before they answer.
  expect(await cache.get('region', 0, async () => 6, recompute)).toBe('old');
  expect(await cache.get('region', 0, async () => 6, recompute)).toBe('old');
  await turn();
  expect(computations).toBe(1);
  slow.resolve('new');
  await turn();
  expect(await cache.get('region', 0, async () => 7, async () => 'unused')).toBe('new');
});

test("a caller whose own write is past the stale answer waits for a computation that started after it", async () => {
  const c = clock();
  const cache = new DashboardCache(10_000, c.now);
  expect(await cache.get('county', 0, async () => 5, async () => 'old')).toBe('old');
  c.advance(11_000);
  const background = deferred<string>();
  expect(await cache.get('county', 0, async () => 7, () => background.promise)).toBe('old');
  // Position 7 is in flight: a writer at 6 joins it, a writer at 8 gets a computation of its own.
  const joined = cache.get('county', 6, async () => 7, async () => 'unused');
  const own = cache.get('county', 8, async () => 8, async () => 'with my write');
  expect(await own).toBe('with my write');
  background.resolve('from 7');
  expect(await joined).toBe('from 7');
  // The newer answer (position 8) stays, not the slower one that started from 7.
  expect(await cache.get('county', 0, async () => 9, async () => 'unused')).toBe('with my write');
});

test('a failed background recomputation is reported and the last answer stays', async () => {
  const c = clock();
  const failures: unknown[] = [];
  const cache = new DashboardCache(10_000, c.now, (error) => failures.push(error));
  expect(await cache.get('x', 0, async () => 1, async () => 'old')).toBe('old');
  c.advance(11_000);
  expect(await cache.get('x', 0, async () => 1, async () => Promise.reject(new Error('down')))).toBe('old');
  await turn();
  expect(failures).toHaveLength(1);
  // The next caller starts another recomputation, and still gets the last answer meanwhile.
  expect(await cache.get('x', 0, async () => 1, async () => 'up')).toBe('old');
  await turn();
  expect(await cache.get('x', 0, async () => 1, async () => 'unused')).toBe('up');
});

test('an answer too long past its lifetime, or from before a write no console user made, is not served', async () => {
  const c = clock();
  const cache = new DashboardCache(10_000, c.now);
  expect(await cache.get('a', 0, async () => 1, async () => 'old')).toBe('old');
  c.advance(10_000 + DASHBOARD_STALE_MS);
  expect(await cache.get('a', 0, async () => 1, async () => 'fresh')).toBe('fresh');
  noteDashboardWrite();
  expect(await cache.get('a', 0, async () => 1, async () => 'after the job')).toBe('after the job');
});

test('a lifetime of 0 keeps nothing: every call computes', async () => {
  const cache = new DashboardCache(0, clock().now);
  expect(await cache.get('z', 0, async () => 1, async () => 'one')).toBe('one');
  expect(await cache.get('z', 0, async () => 1, async () => 'two')).toBe('two');
});

test('DASHBOARD_TTL_MS: 0 to 600,000 ms, else the default', () => {
  expect(dashboardTtl({})).toBe(10_000);
  expect(dashboardTtl({ DASHBOARD_TTL_MS: '2500' })).toBe(2500);
  expect(dashboardTtl({ DASHBOARD_TTL_MS: '0' })).toBe(0);
  for (const bad of ['-1', '600001', '1.5', 'abc', ' ']) expect(dashboardTtl({ DASHBOARD_TTL_MS: bad })).toBe(10_000);
});
