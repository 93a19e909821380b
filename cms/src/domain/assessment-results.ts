// Art. 22, 25, 26: the published result of a target under a plan combines its parts (self,
// mutual, internal and external evaluation) by the plan's weights; targets of one tier are ranked
// by that result. Parts without any evaluation are left out and the remaining weights rescaled,
// so a county department without public ratings is not scored zero for it.

export type PartKey = 'self' | 'mutual' | 'internal' | 'external';
export const PART_KEYS: readonly PartKey[] = ['self', 'mutual', 'internal', 'external'];

export interface TargetParts {
  /** Average total (0–100) of the published assessments by each method; null when there is none. */
  parts: Record<PartKey, number | null>;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The public's average rating on a 1..scale form, as points out of 100. */
export const ratingPoints = (average: number, scale: number): number => round2((average / scale) * 100);

export function compositeScore(parts: Record<PartKey, number | null>, weights: Record<PartKey, number>): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const key of PART_KEYS) {
    const value = parts[key];
    if (value === null || !(weights[key] > 0)) continue;
    weighted += value * weights[key];
    weightSum += weights[key];
  }
  return weightSum > 0 ? round2(weighted / weightSum) : null;
}

/** Competition ranking (1, 2, 2, 4) by score, highest first; ties keep their input order. */
export function rankByScore<T extends { score: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  return sorted.map((row) => ({ ...row, rank: 1 + sorted.filter((other) => other.score > row.score).length }));
}
