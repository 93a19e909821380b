// Art. 18 谁执法谁普法: a department keeps a 普法责任清单 (what it teaches, to whom, how and when) and
// explains the law through its cases (以案释法). One list per department and year; a list is
// published only with at least one complete item; a case is published only with the law it
// explains and that law's provisions, and is not dated in the future. What was published stays as
// published (the public read it): it is neither edited nor deleted.
import { fail, ok, type RuleResult } from './result';

export interface EducationItem {
  content: string;
  targets: string;
  means: string;
  period: string;
}

export const EDUCATION_ITEM_FIELDS: Record<keyof EducationItem, string> = { content: '普法内容', targets: '普法对象', means: '普法方式', period: '时间安排' };
export const EDUCATION_ITEMS_MAX = 200;

/** The items as stored (the education.item component's rows); null when they are not a list of objects with text fields. */
export function educationItemsOf(value: unknown): EducationItem[] | null {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: EducationItem[] = [];
  for (const v of value) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const r = v as Record<string, unknown>;
    const text = (k: string): string | null => (r[k] === undefined || r[k] === null ? '' : typeof r[k] === 'string' ? String(r[k]) : null);
    const item = { content: text('content'), targets: text('targets'), means: text('means'), period: text('period') };
    if (Object.values(item).some((t) => t === null)) return null;
    out.push(item as EducationItem);
  }
  return out;
}

export interface EducationListFacts {
  action: string;
  stateBefore: string | null;
  stateAfter: string | null;
  changedFields: readonly string[];
  items: EducationItem[] | null;
  /** Another list of the same department and year exists. */
  sameYearExists: boolean;
}

const frozen = (f: { action: string; stateBefore: string | null; changedFields: readonly string[] }): boolean =>
  f.stateBefore === 'published' && (f.action === 'delete' || f.changedFields.length > 0);

export function assertEducationList(f: EducationListFacts): RuleResult {
  if (frozen(f)) return fail('LEGAL_EDUCATION', 'state', '已公布的普法责任清单不能修改或删除，请另行编制。');
  if (f.action === 'delete') return ok;
  if (f.sameYearExists) return fail('LEGAL_EDUCATION', 'year', '本部门该年度已有普法责任清单，每个部门每年编制一份。');
  if (f.items === null) return fail('LEGAL_EDUCATION', 'items', '普法事项应为列表，每项写明普法内容、对象、方式和时间安排。');
  if (f.items.length > EDUCATION_ITEMS_MAX) return fail('LEGAL_EDUCATION', 'items', `一份清单最多${EDUCATION_ITEMS_MAX}项普法事项。`);
  for (const [i, item] of f.items.entries()) {
    for (const [key, name] of Object.entries(EDUCATION_ITEM_FIELDS) as [keyof EducationItem, string][]) {
      // Named by the sub-field, so that the console shows the message under that input.
      if (item[key].trim() === '') return fail('LEGAL_EDUCATION', `items.${i}.${key}`, `第${i + 1}项应写明${name}。`);
    }
  }
  if (f.stateAfter === 'published' && f.items.length === 0) return fail('LEGAL_EDUCATION', 'items', '公布普法责任清单须至少列明一项普法事项。');
  return ok;
}

export interface CaseInterpretationFacts {
  action: string;
  stateBefore: string | null;
  stateAfter: string | null;
  changedFields: readonly string[];
  lawExplained: string | null;
  legalBasis: string | null;
  caseDate: string | null;
  today: string;
}

export function assertCaseInterpretation(f: CaseInterpretationFacts): RuleResult {
  if (frozen(f)) return fail('LEGAL_EDUCATION', 'state', '已公布的以案释法案例不能修改或删除。');
  if (f.action === 'delete') return ok;
  if (f.caseDate !== null && f.caseDate > f.today) return fail('LEGAL_EDUCATION', 'caseDate', '以案释法案例的日期不能晚于今天。');
  if (f.stateAfter === 'published') {
    if (!(f.lawExplained ?? '').trim()) return fail('LEGAL_EDUCATION', 'lawExplained', '公布以案释法案例须写明释法说理。');
    if (!(f.legalBasis ?? '').trim()) return fail('LEGAL_EDUCATION', 'legalBasis', '公布以案释法案例须写明所涉法律条文。');
  }
  return ok;
}
