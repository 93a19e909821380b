// Set-based writes and `IN (…)` reads go in slices: PostgreSQL takes at most 65,535 bound
// parameters per statement, and one huge statement holds its locks and memory all at once.
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
