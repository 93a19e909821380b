// Art. 7: a government's report carries its subordinates' reports (its departments and the next
// lower governments) and their figures summed, so each tier sees what the tier below reported.
import { SUMMABLE_FIGURES, type ReportFigures, type SummableFigure } from '@nmg/config';

export interface RollupTotals {
  totals: Record<SummableFigure, number>;
  decompositionShare: number;
  reported: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Sums the figures of the reports given (those submitted or accepted); the share is recomputed from the sums. */
export function sumFigures(figures: (Partial<ReportFigures> | null)[]): RollupTotals {
  const totals = Object.fromEntries(SUMMABLE_FIGURES.map((k) => [k, 0])) as Record<SummableFigure, number>;
  let reported = 0;
  for (const f of figures) {
    if (!f) continue;
    reported += 1;
    for (const key of SUMMABLE_FIGURES) {
      const value = f[key];
      if (typeof value === 'number' && Number.isFinite(value)) totals[key] = round1(totals[key] + value);
    }
  }
  const decompositionShare = totals.activePowers === 0 ? 0 : round1((totals.decomposedPowers / totals.activePowers) * 100);
  return { totals, decompositionShare, reported };
}

/** Reads figures stored as JSON, keeping only numbers under the known keys. */
export function figuresOf(value: unknown): Partial<ReportFigures> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Partial<Record<SummableFigure, number>> = {};
  for (const key of SUMMABLE_FIGURES) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'number') out[key] = v;
  }
  return out;
}
