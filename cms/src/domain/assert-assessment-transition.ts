// Art. 22–23 (with Art. 24): an assessment is scored, approved and published by the organisation
// that assesses (Art. 23: the government for its departments and the next lower governments, the
// department for its agencies and officers), along the steps of config/assessment.json; a return
// says why in writing (Art. 22: 公开、公平、公正); an approved or published result no longer changes.
import { fail, ok, type RuleResult } from './result';

export interface AssessmentTransitionDef {
  from: string;
  to: string;
  action: string;
  /** Roles that may take the step, by the kind of the assessing organisation. */
  roles: { government: readonly string[]; department: readonly string[] };
  opinionRequired?: boolean;
}

export interface AssessmentActor {
  role: string;
  departmentId: string | null;
  governmentId: string | null;
}

export type AssessorOrganisation = { kind: 'government'; id: string } | { kind: 'department'; id: string };

/** Whether the actor works for the assessing organisation itself (a government's staff, or the department's). */
export function actsForAssessor(actor: AssessmentActor, assessor: AssessorOrganisation | null): boolean {
  if (!assessor) return false;
  if (assessor.kind === 'government') return actor.departmentId === null && actor.governmentId === assessor.id;
  return actor.departmentId === assessor.id;
}

/** Roles that may edit and step an assessment of this assessor kind: every role a transition names for it. */
export function assessorRoles(transitions: readonly AssessmentTransitionDef[], kind: AssessorOrganisation['kind']): Set<string> {
  return new Set(transitions.flatMap((t) => [...t.roles[kind]]));
}

/** An edit by a user (scores, findings, summary) without a state change: only the assessor's own staff. */
export function assertAssessmentEditor(actor: AssessmentActor, assessor: AssessorOrganisation | null, transitions: readonly AssessmentTransitionDef[]): RuleResult {
  if (assessor && assessorRoles(transitions, assessor.kind).has(actor.role) && actsForAssessor(actor, assessor)) return ok;
  return fail('ASSESSMENT_ROLE', assessor?.kind === 'department' ? 'assessorDepartment' : 'assessorGovernment', '评议考核由考核主体（本级人民政府或本部门）的工作人员填写，被考核对象和其他单位不能填写或修改。');
}

export function assertAssessmentTransition(
  req: { from: string; to: string; actor: AssessmentActor; assessor: AssessorOrganisation | null; opinion: string | null },
  transitions: readonly AssessmentTransitionDef[],
): RuleResult {
  const t = transitions.find((d) => d.from === req.from && d.to === req.to);
  if (!t) return fail('ASSESSMENT_TRANSITION', 'state', `评议考核不能从“${req.from}”直接变为“${req.to}”，须按评分、审定、公开的顺序办理。`);
  const field = req.assessor?.kind === 'department' ? 'assessorDepartment' : 'assessorGovernment';
  if (!req.assessor || !t.roles[req.assessor.kind].includes(req.actor.role)) return fail('ASSESSMENT_ROLE', 'state', `当前角色无权执行评议考核的“${t.action}”操作。`);
  if (!actsForAssessor(req.actor, req.assessor)) return fail('ASSESSMENT_ROLE', field, '只有考核主体（本级人民政府或本部门）才能办理该评议考核。');
  if (t.opinionRequired && !(req.opinion ?? '').trim()) return fail('ASSESSMENT_OPINION', 'reviewOpinion', '退回评议考核须写明书面意见。');
  return ok;
}

/** Approved and published results are final (Art. 22): only the configured step out of approved is allowed. */
export function assertAssessmentFrozen(stateFrom: string, stateTo: string, changedFields: readonly string[], editableStates: readonly string[], transitions: readonly AssessmentTransitionDef[]): RuleResult {
  if (editableStates.includes(stateFrom)) return ok;
  const stepping = stateFrom !== stateTo && transitions.some((t) => t.from === stateFrom && t.to === stateTo);
  const allowed = new Set(['state', 'history', 'publicationDate', 'reviewOpinion', 'updatedAt', 'updatedBy']);
  const changed = changedFields.filter((f) => !allowed.has(f));
  if (changed.length === 0 && (stepping || stateFrom === stateTo)) return ok;
  return fail('ASSESSMENT_FROZEN', changed[0] ?? 'state', '已审定或已公开的评议考核结果不能修改。');
}
