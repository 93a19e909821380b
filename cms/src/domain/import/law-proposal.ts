// Art. 10: a department 梳理s the legal bases of its powers; a law its sheet cites that the library
// lacks is proposed to the justice department of its own government (the library's keeper, Art. 5),
// which accepts it into the library or refuses it with an opinion. Pure checks, no Strapi.

export const LAW_LEVELS = ['law', 'administrative-regulation', 'local-regulation', 'autonomous-regulation', 'department-rule', 'government-rule', 'normative-document'] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

export type ProposalState = 'proposed' | 'accepted' | 'refused';

export interface LawProposalInput {
  title: string;
  level: LawLevel;
  issuingBody: string | null;
  promulgatedAt: string | null;
  /** The sheet rows citing the law, for the reviewer's context. */
  rows: number[];
}

export type ProposalCheck<T> = { ok: true; value: T } | { ok: false; code: string; field: string; message: string };

const LAW = '依据《内蒙古自治区行政执法责任制规定》第十条，';
const refuse = (code: string, field: string, message: string): ProposalCheck<never> => ({ ok: false, code, field, message: `${LAW}${message}` });

const text = (input: Record<string, unknown>, key: string): string => (typeof input[key] === 'string' ? (input[key] as string).trim() : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a department must say about a law it proposes: its name as written, level, issuing body, date. */
export function readLawProposal(input: Record<string, unknown>): ProposalCheck<LawProposalInput> {
  const title = text(input, 'title').replace(/^《(.*)》$/u, '$1').trim();
  if (title === '') return refuse('LAW_PROPOSAL_INVALID', 'title', '提请收录的法律法规须写明名称。');
  if (title.length > 200) return refuse('LAW_PROPOSAL_INVALID', 'title', '法律法规名称最多 200 个字符。');
  const level = text(input, 'level');
  if (!(LAW_LEVELS as readonly string[]).includes(level)) return refuse('LAW_PROPOSAL_INVALID', 'level', '须写明法律法规的效力层级（法律、行政法规、地方性法规、自治条例和单行条例、部门规章、政府规章、规范性文件）。');
  const issuingBody = text(input, 'issuingBody');
  if (issuingBody.length > 100) return refuse('LAW_PROPOSAL_INVALID', 'issuingBody', '制定机关最多 100 个字符。');
  const date = text(input, 'promulgatedAt');
  if (date !== '' && (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) return refuse('LAW_PROPOSAL_INVALID', 'promulgatedAt', '公布日期须为日期（例如 2021-01-22）。');
  const rows = Array.isArray(input.rows) ? input.rows.filter((r): r is number => typeof r === 'number' && Number.isInteger(r) && r > 0).slice(0, 10000) : [];
  return { ok: true, value: { title, level: level as LawLevel, issuingBody: issuingBody || null, promulgatedAt: date || null, rows: [...new Set(rows)].sort((a, b) => a - b) } };
}

export interface Decider {
  role: string;
  governmentId: string | null;
  /** The decider's own department is its government's justice department. */
  justice: boolean;
}

/** Only the justice reviewer of the proposing department's own government decides (Art. 5, 10). */
export function assertMayDecide(decider: Decider, proposalGovernmentId: string): ProposalCheck<true> {
  if (decider.role !== 'justice-reviewer' || !decider.justice) return refuse('ROLE_FORBIDDEN', 'state', '提请收录的法律法规由本级政府司法行政部门的审核员决定。');
  if (decider.governmentId !== proposalGovernmentId) return refuse('SCOPE_FORBIDDEN', 'state', '只能决定本级政府所属部门提请收录的法律法规。');
  return { ok: true, value: true };
}

/** A proposal is decided once; a refusal says why (Art. 10). */
export function assertDecision(state: ProposalState, decision: 'accept' | 'refuse', opinion: string): ProposalCheck<true> {
  if (state !== 'proposed') return refuse('WRONG_STATE', 'state', `该提请已${state === 'accepted' ? '收录' : '退回'}，不能再次决定。`);
  if (decision === 'refuse' && opinion.trim() === '') return refuse('OPINION_REQUIRED', 'opinion', '不予收录须写明意见。');
  if (opinion.length > 2000) return refuse('OPINION_REQUIRED', 'opinion', '意见最多 2000 个字符。');
  return { ok: true, value: true };
}
