// What the region-scale data set contains (DOMAIN.md's sizes) and which part of it a fraction
// builds. A fraction is a prefix of all departments in a fixed order, so 10% ⊂ 30% ⊂ 100%: growing
// the data set only adds departments, and a department's own size never depends on the fraction
// (the growth table relies on that).
import { DEPARTMENTS, MARKET } from './texts';

export interface GovernmentRow {
  id: number;
  code: string;
  name: string;
  tier: string;
}

export interface PlannedDepartment {
  government: GovernmentRow;
  slot: number;
  name: string;
  items: number;
}

/** Full-size targets (fraction 1). */
export const FULL = { legalBases: 5000, officersPerPost: 4 } as const;

/** A small deterministic hash, so that every run plans the same departments and sizes. */
export function hash(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** Enforcement departments of a government: 40–44 at region and league level, 30–36 in a county (estimate). */
export function departmentCount(g: GovernmentRow): number {
  if (g.tier === 'region' || g.tier === 'league') return Math.min(DEPARTMENTS.length, 40 + (hash(g.code, 'n') % 5));
  if (g.tier === 'county') return 30 + (hash(g.code, 'n') % 7);
  return 0;
}

/** Items of a department's list: market regulation 1,000–1,500, the others 30–120 (about 75). */
export function itemCount(g: GovernmentRow, slot: number): number {
  if (DEPARTMENTS[slot] === MARKET) return (g.tier === 'county' ? 1000 : g.tier === 'league' ? 1250 : 1400) + (hash(g.code, 'm') % 100);
  return 30 + (hash(g.code, slot) % 91);
}

/** The government whose market regulation department the benchmark's department-scoped page reads: in every fraction. */
export const BENCH_GOVERNMENT = '150102000000';

/**
 * The departments of the data set at this fraction (0 < fraction ≤ 1): every department of every
 * government in a fixed pseudo-random order (the benchmark's department first), cut where the
 * items reach the fraction of the total, so that 10% ⊂ 30% ⊂ 100% and each has its share of items.
 */
export function planDepartments(governments: readonly GovernmentRow[], fraction: number): PlannedDepartment[] {
  const all: PlannedDepartment[] = [];
  for (const g of governments) {
    for (let slot = 0; slot < departmentCount(g); slot++) all.push({ government: g, slot, name: `${g.name}${DEPARTMENTS[slot]}`, items: itemCount(g, slot) });
  }
  const first = (d: PlannedDepartment): number => (d.government.code === BENCH_GOVERNMENT && DEPARTMENTS[d.slot] === MARKET ? 0 : 1);
  all.sort((a, b) => first(a) - first(b) || hash(a.government.code, a.slot, 'order') - hash(b.government.code, b.slot, 'order'));
  const total = all.reduce((n, d) => n + d.items, 0);
  const planned: PlannedDepartment[] = [];
  let items = 0;
  for (const d of all) {
    if (planned.length > 0 && items + d.items / 2 > total * fraction) break;
    planned.push(d);
    items += d.items;
  }
  return planned;
}

export function parseFraction(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const arg = args.find((a) => a.startsWith('--fraction='))?.slice('--fraction='.length) ?? env.REGION_FRACTION ?? '1';
  const fraction = Number(arg);
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) throw new Error(`--fraction must be in (0, 1], got ${arg}`);
  return fraction;
}
