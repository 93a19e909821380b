// Art. 15: discretion levels are ordered, do not overlap, and stay inside the statutory range.
import type { DiscretionFacts } from './facts';
import { fail, ok, type RuleResult } from './result';

export interface DiscretionInput {
  statutoryMin: number | null;
  statutoryMax: number | null;
  discretion: DiscretionFacts[];
}

export function assertDiscretionRange(input: DiscretionInput): RuleResult {
  const { statutoryMin, statutoryMax, discretion } = input;
  if (statutoryMin !== null && statutoryMax !== null && statutoryMin > statutoryMax) {
    return fail('DISCRETION_RANGE', 'statutoryMin', `法定幅度下限（${statutoryMin}）大于上限（${statutoryMax}）。`);
  }
  for (const [index, d] of discretion.entries()) {
    if (d.min !== null && d.max !== null && d.min > d.max) {
      return fail('DISCRETION_RANGE', `discretion.${index}.min`, `第${d.level}档裁量幅度下限（${d.min}）大于上限（${d.max}）。`);
    }
    if (statutoryMin !== null && d.min !== null && d.min < statutoryMin) {
      return fail('DISCRETION_RANGE', `discretion.${index}.min`, `第${d.level}档裁量幅度下限（${d.min}）低于法定幅度下限（${statutoryMin}）。`);
    }
    if (statutoryMax !== null && d.max !== null && d.max > statutoryMax) {
      return fail('DISCRETION_RANGE', `discretion.${index}.max`, `第${d.level}档裁量幅度上限（${d.max}）超出法定幅度上限（${statutoryMax}）。`);
    }
  }
  // Within one penalty kind, levels run upward and each band starts where the previous one ends or later.
  const kinds = new Set(discretion.map((d) => d.penaltyKind));
  for (const kind of kinds) {
    const rows = discretion.map((d, index) => ({ d, index })).filter((r) => r.d.penaltyKind === kind);
    for (let i = 1; i < rows.length; i += 1) {
      const prev = rows[i - 1];
      const cur = rows[i];
      if (cur.d.level <= prev.d.level) {
        return fail('DISCRETION_RANGE', `discretion.${cur.index}.level`, `“${kind}”的裁量档次须按从轻到重依次排列，第${cur.d.level}档不应排在第${prev.d.level}档之后。`);
      }
      if (prev.d.max !== null && cur.d.min !== null && cur.d.min < prev.d.max) {
        return fail('DISCRETION_RANGE', `discretion.${cur.index}.min`, `“${kind}”第${cur.d.level}档幅度（自${cur.d.min}）与第${prev.d.level}档（至${prev.d.max}）重叠。`);
      }
      if (prev.d.min !== null && cur.d.min !== null && cur.d.min < prev.d.min) {
        return fail('DISCRETION_RANGE', `discretion.${cur.index}.min`, `“${kind}”第${cur.d.level}档幅度低于第${prev.d.level}档，档次须从轻到重。`);
      }
    }
  }
  return ok;
}
