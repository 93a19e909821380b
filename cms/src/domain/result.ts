// The shape every rule returns, and the article each rule enforces.

export type RuleCode =
  | 'BASIS_REQUIRED'
  | 'CATALOGUE_ONLY'
  | 'DECOMPOSED'
  | 'RESPONSIBILITY_ASSIGNED'
  | 'LIST_COMPLETE'
  | 'LIST_IMMUTABLE'
  | 'DISCRETION_RANGE'
  | 'CERTIFIED_OFFICER'
  | 'ASSESSOR_SCOPE'
  | 'ASSESSMENT_COMPLETE'
  | 'INTERFERENCE_SEALED'
  | 'INVALID_TRANSITION'
  | 'ROLE_FORBIDDEN'
  | 'WRONG_ORGANISATION'
  | 'OPINION_REQUIRED'
  | 'DELEGATE_TARGET'
  | 'CERTIFICATE_TRANSITION'
  | 'CERTIFICATE_REASON'
  | 'CERTIFICATE_AUTHORITY'
  | 'MAJOR_PENALTY'
  | 'REPORT_DUE'
  | 'REPORT_ROUTE'
  | 'ASSESSMENT_TRANSITION'
  | 'ASSESSMENT_ROLE'
  | 'ASSESSMENT_OPINION'
  | 'ASSESSMENT_FROZEN'
  | 'ASSESSMENT_PLAN'
  | 'SCORE_OVERRIDE'
  | 'ACCOUNTABILITY_AUTHORITY'
  | 'MEASURE_REQUIREMENTS'
  | 'CASE_TRANSITION'
  | 'EXEMPTION_DECISION'
  | 'ESCALATION'
  | 'CLARIFICATION_PUBLISHED'
  | 'ENFORCEMENT_RECORD'
  | 'GUIDANCE_MEASURE'
  | 'LEGAL_EDUCATION'
  | 'BATCH_ROWS_INVALID';

/** Article of order No. 250 (2021) behind each rule, as printed in the messages. */
export const ARTICLE: Record<RuleCode, string> = {
  BASIS_REQUIRED: '第四条、第九条',
  CATALOGUE_ONLY: '第十一条',
  DECOMPOSED: '第十一条',
  RESPONSIBILITY_ASSIGNED: '第十二条',
  LIST_COMPLETE: '第十三条',
  LIST_IMMUTABLE: '第十三条',
  DISCRETION_RANGE: '第十五条',
  CERTIFIED_OFFICER: '第十九条',
  ASSESSOR_SCOPE: '第二十三条',
  ASSESSMENT_COMPLETE: '第二十四条',
  INTERFERENCE_SEALED: '第三十条',
  INVALID_TRANSITION: '第十三条',
  ROLE_FORBIDDEN: '第十三条',
  WRONG_ORGANISATION: '第五条、第十三条',
  OPINION_REQUIRED: '第十三条',
  DELEGATE_TARGET: '第十一条',
  CERTIFICATE_TRANSITION: '第十九条',
  CERTIFICATE_REASON: '第十九条',
  CERTIFICATE_AUTHORITY: '第十九条',
  MAJOR_PENALTY: '第十六条',
  REPORT_DUE: '第七条',
  REPORT_ROUTE: '第七条',
  ASSESSMENT_TRANSITION: '第二十二条、第二十四条',
  ASSESSMENT_ROLE: '第二十三条',
  ASSESSMENT_OPINION: '第二十二条',
  ASSESSMENT_FROZEN: '第二十二条',
  ASSESSMENT_PLAN: '第二十五条',
  SCORE_OVERRIDE: '第二十四条',
  ACCOUNTABILITY_AUTHORITY: '第五条、第二十七条、第二十八条',
  MEASURE_REQUIREMENTS: '第二十七条、第二十八条',
  CASE_TRANSITION: '第二十七条',
  EXEMPTION_DECISION: '第二十九条',
  ESCALATION: '第二十七条',
  CLARIFICATION_PUBLISHED: '第三十一条',
  ENFORCEMENT_RECORD: '第十四条、第十六条',
  GUIDANCE_MEASURE: '第十七条',
  LEGAL_EDUCATION: '第十八条',
  BATCH_ROWS_INVALID: '第十条、第十一条',
};

/** One failing item inside a list-wide rule (which item, which field, what is wrong). */
export interface ViolationDetail {
  item: string;
  field: string;
  message: string;
}

export interface Violation {
  code: RuleCode;
  article: string;
  field: string;
  message: string;
  details?: ViolationDetail[];
}

export type RuleResult = { ok: true } | ({ ok: false } & Violation);

export const ok: RuleResult = { ok: true };

/** A failure whose message starts with the article, e.g. 「依据《规定》第十九条，……」. */
export function fail(code: RuleCode, field: string, message: string, details?: ViolationDetail[]): RuleResult {
  const article = ARTICLE[code];
  return { ok: false, code, article, field, message: `依据《内蒙古自治区行政执法责任制规定》${article}，${message}`, ...(details ? { details } : {}) };
}

/** The first failure of several rules, or ok. */
export function firstFailure(results: RuleResult[]): RuleResult {
  return results.find((r) => !r.ok) ?? ok;
}
