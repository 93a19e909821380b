// Where a workflow step spends its time: with BENCH_PROFILE=1 the bench samples the server's CPU
// (it runs in this process) during each step of the 5,000-item list and prints the functions with
// the most inclusive time. Off by default: the profiler slows the step it explains.
import { Session } from 'inspector/promises';
import type { Profiler, Runtime } from 'inspector';

export const profiling = (): boolean => process.env.BENCH_PROFILE === '1';

export interface Hotspot {
  fn: string;
  ms: number;
}

const keyOf = (frame: Runtime.CallFrame): string => {
  const file = frame.url.replace(/^file:\/\//, '').replace(/^.*?\/(cms\/dist\/|node_modules\/)/, '$1');
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
};

/** Inclusive time per function (recursion counted once per sample), most first. */
export function hotspots(profile: Profiler.Profile, limit: number, filter: (key: string) => boolean = () => true): Hotspot[] {
  const parent = new Map<number, number>();
  const byId = new Map<number, Profiler.ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((leaf, i) => {
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node) seen.add(keyOf(node.callFrame));
    }
    const ms = (deltas[i] ?? 0) / 1000;
    for (const key of seen) totals.set(key, (totals.get(key) ?? 0) + ms);
  });
  return [...totals.entries()]
    .filter(([key]) => filter(key))
    .map(([fn, ms]) => ({ fn, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

export async function profiled<T>(work: () => Promise<T>): Promise<{ result: T; profile: Profiler.Profile | null }> {
  if (!profiling()) return { result: await work(), profile: null };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

/** Self time per function (where the CPU actually was), most first; `(idle)` is waiting (database, other processes). */
export function selfTimes(profile: Profiler.Profile, limit: number): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((leaf, i) => {
    const node = byId.get(leaf);
    if (!node) return;
    const key = keyOf(node.callFrame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...totals.entries()].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms).slice(0, limit);
}

/** Lines for the console: our server code (inclusive), then self time of everything. */
export function describeProfile(step: string, profile: Profiler.Profile): string[] {
  const ours = hotspots(profile, 14, (k) => k.includes('cms/dist/'));
  const self = selfTimes(profile, 12);
  return [
    `  profile of ${step}, sampled every 0.5 ms:`,
    '    server code, inclusive ms (time inside awaited calls is not attributed to callers):',
    ...ours.map((h) => `      ${h.ms.toFixed(0).padStart(6)}  ${h.fn}`),
    '    self ms:',
    ...self.map((h) => `      ${h.ms.toFixed(0).padStart(6)}  ${h.fn}`),
  ];
}
