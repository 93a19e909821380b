// Art. 13 (with Art. 5): a list version is compiled by its department, reviewed by the justice
// department of the same government, then published. Each step is taken by the role the workflow
// names, from the organisation that owns the step, and a return or withdrawal says why.
import { fail, ok, type RuleResult } from './result';

export interface ListTransitionDef {
  from: string;
  to: string;
  action: string;
  roles: readonly string[];
  opinionRequired?: boolean;
}

export interface ListTransitionRequest {
  from: string;
  to: string;
  role: string;
  /** The actor's department and government; `supervises` when the actor works for a justice department (subtree scope). */
  actor: { departmentId: string | null; governmentId: string | null; supervises: boolean };
  list: { departmentId: string | null; governmentId: string | null };
  opinion: string | null;
}

export const findTransition = (transitions: readonly ListTransitionDef[], from: string, to: string): ListTransitionDef | undefined =>
  transitions.find((t) => t.from === from && t.to === to);

/** Whether the actor's organisation owns steps of this list: its own department, or the justice department of the list's government. */
export function ownsListStep(req: Pick<ListTransitionRequest, 'actor' | 'list'>): boolean {
  const { actor, list } = req;
  if (actor.supervises) return actor.governmentId !== null && actor.governmentId === list.governmentId;
  return actor.departmentId !== null && actor.departmentId === list.departmentId;
}

export function assertListTransition(req: ListTransitionRequest, transitions: readonly ListTransitionDef[]): RuleResult {
  const t = findTransition(transitions, req.from, req.to);
  if (!t) return fail('INVALID_TRANSITION', 'state', `权责清单不能从“${req.from}”直接变为“${req.to}”，须按编制、提交、法制审核、公布的流程办理。`);
  if (!t.roles.includes(req.role)) return fail('ROLE_FORBIDDEN', 'state', `当前角色无权执行“${t.action}”操作。`);
  if (!ownsListStep(req)) {
    return fail('WRONG_ORGANISATION', 'department', req.actor.supervises
      ? '权责清单由同级司法行政部门审核，不能审核或公布其他政府所属部门的清单。'
      : '只能办理本部门的权责清单。');
  }
  if (t.opinionRequired && !(req.opinion ?? '').trim()) {
    return fail('OPINION_REQUIRED', 'reviewOpinion', t.action === 'withdraw' ? '撤回已公布的权责清单须写明撤回理由。' : '退回权责清单须写明书面审核意见。');
  }
  return ok;
}
