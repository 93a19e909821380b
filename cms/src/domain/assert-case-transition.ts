// Art. 27: a case opens, then ends corrected (the correction recorded by the deadline), escalated
// (逾期不改正: by the server's job alone, see escalation.ts), exempted (Art. 29) or closed. Steps
// follow config/accountability.json; a case that has left "open" keeps what it recorded.
import { fail, ok, type RuleResult } from './result';

export interface CaseTransitionDef {
  from: string;
  to: string;
  measures?: readonly string[];
  systemOnly?: boolean;
}

export interface CaseTransitionRequest {
  /** null on create. */
  from: string | null;
  to: string;
  measure: string;
  system: boolean;
  deadline: string | null;
  correctedAt: string | null;
  today: string;
  /** Fields the write changed (history excepted). */
  changedFields: readonly string[];
}

const STATE_NAME: Record<string, string> = { open: '办理中', corrected: '已整改', escalated: '已升级', exempted: '已免责', closed: '已办结' };
const name = (state: string): string => STATE_NAME[state] ?? state;

export function assertCaseTransition(req: CaseTransitionRequest, transitions: readonly CaseTransitionDef[]): RuleResult {
  if (req.from === null) {
    if (req.to !== 'open' && !req.system) return fail('CASE_TRANSITION', 'state', '责任追究案件立案时须为“办理中”。');
    return ok;
  }
  if (req.from === req.to) {
    const edited = req.changedFields.filter((f) => f !== 'state');
    if (req.from !== 'open' && edited.length > 0) return fail('CASE_TRANSITION', edited[0], `“${name(req.from)}”的责任追究案件不能再修改。`);
    return ok;
  }
  const step = transitions.find((t) => t.from === req.from && t.to === req.to && (!t.measures || t.measures.includes(req.measure)));
  if (!step) return fail('CASE_TRANSITION', 'state', `该责任追究案件不能从“${name(req.from)}”变为“${name(req.to)}”。`);
  if (step.systemOnly && !req.system) return fail('CASE_TRANSITION', 'state', '逾期未改正的责任追究由系统按期限自动升级为通报批评，不能手工设置。');
  if (req.to === 'corrected') {
    if (!req.correctedAt) return fail('CASE_TRANSITION', 'correctedAt', '记录整改完成须填写整改完成日期。');
    if (req.correctedAt > req.today) return fail('CASE_TRANSITION', 'correctedAt', '整改完成日期不能晚于今天。');
    if (req.deadline && req.correctedAt > req.deadline) return fail('CASE_TRANSITION', 'correctedAt', '整改完成日期晚于改正期限，属逾期不改正，应当给予通报批评。');
  }
  return ok;
}
