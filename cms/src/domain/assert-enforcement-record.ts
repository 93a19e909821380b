// Art. 14 执法全过程记录: each enforcement case records its stages (立案 … 送达/执行) in writing or
// on audio-video, naming who recorded and where the material is kept. A stage after the decision
// needs the decision recorded; the stages the config names need 音像; a major decision (Art. 16)
// links to its filing. Completeness is the share of the configured required stages recorded.
import { fail, ok, type RuleResult } from './result';

export const ENFORCEMENT_STAGES = ['register', 'investigate', 'review', 'notify', 'hearing', 'decide', 'serve', 'execute'] as const;
export type EnforcementStage = (typeof ENFORCEMENT_STAGES)[number];

export const STAGE_LABELS: Record<EnforcementStage, string> = {
  register: '立案', investigate: '调查取证', review: '审查', notify: '告知', hearing: '听证', decide: '决定', serve: '送达', execute: '执行',
};
export const MEANS_LABELS: Record<string, string> = { text: '文字', video: '音像' };

export interface StageRecord {
  stage: string;
  means: string[];
  recorder: string | null;
  storage: string | null;
}

export interface EnforcementRecordFacts {
  stages: StageRecord[];
  major: boolean;
  hasFiling: boolean;
}

export interface EnforcementRecordConfig {
  requiredStages: readonly string[];
  videoStages: readonly string[];
}

const blank = (v: string | null): boolean => v === null || v.trim() === '';
const isStage = (s: string): s is EnforcementStage => (ENFORCEMENT_STAGES as readonly string[]).includes(s);
const label = (s: string): string => (isStage(s) ? STAGE_LABELS[s] : s);

/** Reads the stages as sent (JSON); anything not a list of objects is refused by the rule. */
export function stagesOf(value: unknown): StageRecord[] | null {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: StageRecord[] = [];
  for (const v of value) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const r = v as Record<string, unknown>;
    const text = (k: string): string | null => (typeof r[k] === 'string' ? String(r[k]) : null);
    const means = Array.isArray(r.means) ? r.means.filter((m): m is string => typeof m === 'string') : typeof r.means === 'string' ? [r.means] : [];
    out.push({ stage: text('stage') ?? '', means, recorder: text('recorder'), storage: text('storage') });
  }
  return out;
}

const AFTER_DECISION: readonly string[] = ['serve', 'execute'];

export function assertEnforcementRecord(f: EnforcementRecordFacts | null, config: EnforcementRecordConfig): RuleResult {
  if (f === null) return fail('ENFORCEMENT_RECORD', 'stages', '执法全过程记录的环节应为列表，每项写明环节、记录方式、记录人和存储位置。');
  const seen = new Set<string>();
  for (const s of f.stages) {
    if (!isStage(s.stage)) return fail('ENFORCEMENT_RECORD', 'stages', `未知的执法环节「${s.stage}」，可选：${ENFORCEMENT_STAGES.map((k) => STAGE_LABELS[k]).join('、')}。`);
    if (seen.has(s.stage)) return fail('ENFORCEMENT_RECORD', 'stages', `${label(s.stage)}环节重复记录。`);
    seen.add(s.stage);
    if (s.means.length === 0 || s.means.some((m) => !(m in MEANS_LABELS))) return fail('ENFORCEMENT_RECORD', 'stages', `${label(s.stage)}环节应写明记录方式（文字或音像）。`);
    if (blank(s.recorder)) return fail('ENFORCEMENT_RECORD', 'stages', `${label(s.stage)}环节应写明记录人。`);
    if (blank(s.storage)) return fail('ENFORCEMENT_RECORD', 'stages', `${label(s.stage)}环节应写明记录材料的存储位置。`);
    if (config.videoStages.includes(s.stage) && !s.means.includes('video')) return fail('ENFORCEMENT_RECORD', 'stages', `${label(s.stage)}环节应当进行音像记录。`);
  }
  const after = f.stages.find((s) => AFTER_DECISION.includes(s.stage));
  if (after && !seen.has('decide')) return fail('ENFORCEMENT_RECORD', 'stages', `尚未记录决定环节，不能记录${label(after.stage)}环节。`);
  if (seen.has('hearing') && !seen.has('notify')) return fail('ENFORCEMENT_RECORD', 'stages', '听证应在告知之后，请先记录告知环节。');
  if (f.major && seen.has('decide') && !f.hasFiling) return fail('ENFORCEMENT_RECORD', 'filing', '重大执法决定应关联其法制审核和备案记录（重大行政处罚备案）。');
  return ok;
}

/** Share (0–1, two decimals as the column stores it) of the configured required stages held; 1 when none are required. */
export function recordCompleteness(stages: readonly StageRecord[], required: readonly string[]): number {
  if (required.length === 0) return 1;
  const have = new Set(stages.map((s) => s.stage));
  return Math.round((required.filter((r) => have.has(r)).length / required.length) * 100) / 100;
}

/**
 * A complete 执法全过程记录 (Art. 14, for the assessment's figure): every stage config names as
 * required is recorded, each stage with its means (文字/音像), who recorded it and where the
 * material is kept, 音像 at the stages config names, and a major decision linked to its filing
 * (Art. 16). A record that only starts a case (立案 alone) is therefore incomplete until it ends.
 */
export function recordComplete(f: EnforcementRecordFacts, config: EnforcementRecordConfig): boolean {
  const byStage = new Map(f.stages.map((s) => [s.stage, s]));
  const stageComplete = (stage: string): boolean => {
    const s = byStage.get(stage);
    if (!s || s.means.length === 0 || s.means.some((m) => !(m in MEANS_LABELS)) || blank(s.recorder) || blank(s.storage)) return false;
    return !config.videoStages.includes(stage) || s.means.includes('video');
  };
  if (!config.requiredStages.every(stageComplete)) return false;
  return !(f.major && byStage.has('decide') && !f.hasFiling);
}
