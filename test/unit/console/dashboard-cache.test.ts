// The dashboard cache's rules (cms/src/console/dashboard-cache.ts, issue 17), on a fake clock: an
// answer serves for its lifetime counted from when it is ready, callers share a computation in
// flight however long it takes, and a caller whose own write is past the answer's position gets a
// fresh one.
import { DashboardCache, dashboardTtl } from '../../../cms/src/console/dashboard-cache';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const deferred = <T>() => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

test('a computation slower than the lifetime is shared, and then serves for the lifetime', async () => {
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
  c.advance(2_000);
  expect(await cache.get('region', 0, async () => 6, async () => 'again')).toBe('again');
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

test('DASHBOARD_TTL_MS: 0 to 600,000 ms, else the default', () => {
  expect(dashboardTtl({})).toBe(10_000);
  expect(dashboardTtl({ DASHBOARD_TTL_MS: '2500' })).toBe(2500);
  expect(dashboardTtl({ DASHBOARD_TTL_MS: '0' })).toBe(0);
  for (const bad of ['-1', '600001', '1.5', 'abc', ' ']) expect(dashboardTtl({ DASHBOARD_TTL_MS: bad })).toBe(10_000);
});
