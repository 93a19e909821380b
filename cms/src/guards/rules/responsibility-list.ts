// Responsibility list versions: Art. 13 (published versions never change; a submitted list is
// complete) and Art. 11/12 (decomposed, responsibilities assigned) checked at submission.
import { regulationConfig } from '@nmg/config';
import { assertDecomposed, assertListComplete, assertListImmutable, assertResponsibilityAssigned, firstFailure } from '../../domain';
import type { Actor } from '../../scope/actor';
import { strOf } from '../../util/row';
import { enforce, WorkflowRefusal } from '../errors';
import { loadDepartmentPowers, loadPosts, postsHoldingPowers } from '../facts';
import { changedFields } from '../snapshot';
import type { RuleAdapter, WriteEvent } from './types';

const freezePolicy = () => {
  const { frozenListStates, frozenListExits } = regulationConfig().workflow;
  return { frozenStates: frozenListStates, exits: frozenListExits, exitFields: ['withdrawalReason'] };
};

// State changes follow config/workflow.json; only the server's own workflow code moves freely
// (e.g. superseding the previous version when a new one is published).
function checkTransition(actor: Actor, from: string, to: string): void {
  if (from === to || actor.kind === 'system') return;
  const transition = regulationConfig().workflow.listTransitions.find((t) => t.from === from && t.to === to);
  if (!transition) {
    throw new WorkflowRefusal('state', `依据《内蒙古自治区行政执法责任制规定》第十三条，权责清单不能从“${from}”直接变为“${to}”，须按编制、审核、公布的流程办理。`);
  }
  if (actor.kind === 'user' && !transition.roles.includes(actor.role)) {
    throw new WorkflowRefusal('state', `当前角色无权执行“${transition.action}”操作。`, 'ROLE_FORBIDDEN');
  }
}

export async function enforceSubmissionChecks(event: WriteEvent, departmentId: string): Promise<void> {
  const { strapi } = event;
  const powers = await loadDepartmentPowers(strapi, departmentId);
  const posts = await loadPosts(strapi, { agency: { department: { documentId: departmentId } } });
  const held = await postsHoldingPowers(strapi, posts.map((p) => p.id));
  const applicationBased = regulationConfig().powerTypes.types.filter((t) => t.applicationBased).map((t) => t.key);
  enforce(
    firstFailure([
      assertListComplete(powers, applicationBased),
      assertDecomposed(departmentId, powers, posts),
      assertResponsibilityAssigned(posts.filter((p) => held.has(p.id))),
    ]),
  );
}

export const responsibilityListRules: RuleAdapter = {
  async before({ action, before }) {
    if (action === 'delete' && before) {
      const state = strOf(before, 'state') ?? 'draft';
      enforce(assertListImmutable({ action: 'delete', stateFrom: state, stateTo: state, changedFields: [] }, freezePolicy()));
    }
  },
  async after(event) {
    const { action, before, after, actor } = event;
    if (action === 'delete' || !after) return;
    const stateTo = strOf(after, 'state') ?? 'draft';
    if (action === 'create') {
      if (stateTo !== 'draft') throw new WorkflowRefusal('state', '依据《内蒙古自治区行政执法责任制规定》第十三条，新建的权责清单版本只能是草稿，须经审核后公布。');
      return;
    }
    const stateFrom = strOf(before, 'state') ?? 'draft';
    enforce(assertListImmutable({ action: 'update', stateFrom, stateTo, changedFields: changedFields(before ?? {}, after) }, freezePolicy()));
    checkTransition(actor, stateFrom, stateTo);
    const departmentId = strOf(after, 'department');
    if (stateTo === 'submitted' && stateFrom !== 'submitted' && departmentId) await enforceSubmissionChecks(event, departmentId);
  },
};
