// Art. 29: a department may exempt from accountability whoever performed their duties according to
// law (尽职免责), judged against criteria it has set (config/accountability.json). A case becomes
// "exempted" only with every criterion answered on its checklist, every required one met, and a
// decision stating its reasons.
import { fail, ok, type RuleResult } from './result';

export interface ExemptionCriterion {
  key: string;
  name: string;
  required: boolean;
}

export interface ChecklistEntry {
  key: string;
  met: boolean;
  note?: string | null;
}

/** Reads a stored checklist (JSON) into entries; anything malformed is dropped. */
export function parseChecklist(value: unknown): ChecklistEntry[] | null {
  if (!Array.isArray(value)) return null;
  const entries: ChecklistEntry[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { key, met, note } = item as Record<string, unknown>;
    if (typeof key !== 'string' || typeof met !== 'boolean') return null;
    entries.push({ key, met, note: typeof note === 'string' ? note : null });
  }
  return entries;
}

export function assertExemption(checklist: unknown, decision: string | null, config: { criteria: readonly ExemptionCriterion[]; minReasonLength: number }): RuleResult {
  const entries = parseChecklist(checklist);
  if (!entries) return fail('EXEMPTION_DECISION', 'exemptionChecklist', '尽职免责须逐项填写核查清单（每项：标准、是否符合）。');
  const unknown = entries.find((e) => !config.criteria.some((c) => c.key === e.key));
  if (unknown) return fail('EXEMPTION_DECISION', 'exemptionChecklist', `核查清单中的“${unknown.key}”不是规定的尽职免责标准。`);
  const unanswered = config.criteria.find((c) => !entries.some((e) => e.key === c.key));
  if (unanswered) return fail('EXEMPTION_DECISION', 'exemptionChecklist', `核查清单未对“${unanswered.name}”作出判断。`);
  const unmet = config.criteria.find((c) => c.required && !entries.some((e) => e.key === c.key && e.met));
  if (unmet) return fail('EXEMPTION_DECISION', 'exemptionChecklist', `不符合“${unmet.name}”，不能予以免责。`);
  if ((decision ?? '').trim().length < config.minReasonLength) {
    return fail('EXEMPTION_DECISION', 'exemptionDecision', `免责决定须写明理由（不少于${config.minReasonLength}个字）。`);
  }
  return ok;
}
