// Art. 17: departments use 行政指导、行政奖励、行政和解、说服教育、劝导示范 and other non-coercive means,
// recorded per power of their own list. A 首违不罚 or 轻微免罚 entry exempts from a penalty, so it
// belongs to a penalty item and names its conditions and legal basis (行政处罚法 第三十三条); a
// 柔性执法 case is a case that happened: its date (not in the future) and its outcome.
import { ACTIVE_POWER_STATUSES } from './facts';
import { fail, ok, type RuleResult } from './result';

export const GUIDANCE_KINDS = ['guidance', 'reward', 'settlement', 'persuasion', 'demonstration', 'first-offence-exemption', 'minor-exemption', 'soft-enforcement-case'] as const;
export type GuidanceKind = (typeof GUIDANCE_KINDS)[number];

export const GUIDANCE_KIND_LABELS: Record<GuidanceKind, string> = {
  guidance: '行政指导', reward: '行政奖励', settlement: '行政和解', persuasion: '说服教育', demonstration: '劝导示范',
  'first-offence-exemption': '首违不罚', 'minor-exemption': '轻微免罚', 'soft-enforcement-case': '柔性执法案例',
};

const EXEMPTIONS: readonly string[] = ['first-offence-exemption', 'minor-exemption'];
const ACTIVE: readonly string[] = ACTIVE_POWER_STATUSES;

export interface GuidanceMeasureFacts {
  kind: string;
  departmentId: string | null;
  power: { departmentId: string | null; type: string; status: string } | null;
  conditions: string | null;
  basis: string | null;
  caseDate: string | null;
  outcome: string | null;
  today: string;
}

const blank = (v: string | null): boolean => v === null || v.trim() === '';
const kindLabel = (k: string): string => (k in GUIDANCE_KIND_LABELS ? GUIDANCE_KIND_LABELS[k as GuidanceKind] : k);

export function assertGuidanceMeasure(f: GuidanceMeasureFacts): RuleResult {
  if (!f.power) return fail('GUIDANCE_MEASURE', 'power', '行政指导和非强制手段应按权责事项记录，请选择所属的权责事项。');
  if (f.power.departmentId !== f.departmentId) return fail('GUIDANCE_MEASURE', 'power', '只能为本部门权责清单中的事项记录行政指导和非强制手段。');
  if (!ACTIVE.includes(f.power.status)) return fail('GUIDANCE_MEASURE', 'power', '该权责事项已取消或下放，不能再记录行政指导和非强制手段。');
  if (EXEMPTIONS.includes(f.kind)) {
    if (f.power.type !== 'penalty') return fail('GUIDANCE_MEASURE', 'kind', `${kindLabel(f.kind)}清单只适用于行政处罚事项。`);
    if (blank(f.conditions)) return fail('GUIDANCE_MEASURE', 'conditions', `${kindLabel(f.kind)}应写明适用情形（违法行为、情节和后果）。`);
    if (blank(f.basis)) return fail('GUIDANCE_MEASURE', 'basis', `${kindLabel(f.kind)}应写明法律依据（如《中华人民共和国行政处罚法》第三十三条）。`);
  }
  if (f.kind === 'soft-enforcement-case') {
    if (f.caseDate === null) return fail('GUIDANCE_MEASURE', 'caseDate', '柔性执法案例应写明发生日期。');
    if (f.caseDate > f.today) return fail('GUIDANCE_MEASURE', 'caseDate', '柔性执法案例的发生日期不能晚于今天。');
    if (blank(f.outcome)) return fail('GUIDANCE_MEASURE', 'outcome', '柔性执法案例应写明处理结果和效果。');
  }
  return ok;
}
