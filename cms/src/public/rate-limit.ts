// A per-address limit on public look-ups that answer with a person's name (certificate
// verification): without it the whole register of names could be read by trying numbers in turn
// (Art. 21). Counted in this process: behind N instances an address gets at most N times the limit,
// which still rules out enumeration. PUBLIC_LOOKUPS_PER_MINUTE sets the limit (default 30).
const WINDOW_MS = 60_000;
const hits = new Map<string, number[]>();

export const lookupsPerMinute = (): number => {
  const configured = Number(process.env.PUBLIC_LOOKUPS_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 30;
};

/** Records a look-up; returns the seconds to wait when the address is over its limit, else 0. */
export function takeLookup(address: string, now: number = Date.now()): number {
  const recent = (hits.get(address) ?? []).filter((t) => t > now - WINDOW_MS);
  if (recent.length >= lookupsPerMinute()) {
    hits.set(address, recent);
    return Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000));
  }
  recent.push(now);
  hits.set(address, recent);
  // Forget idle addresses now and then, so the map does not grow without bound.
  if (hits.size > 10_000) for (const [key, times] of hits) if (times.every((t) => t <= now - WINDOW_MS)) hits.delete(key);
  return 0;
}

export const resetLookups = (): void => hits.clear();
