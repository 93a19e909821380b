// Responsibility list versions (Art. 11–13): each state change follows config/workflow.json, by the
// role and organisation that owns the step, and is recorded on the version; submission checks the
// list is complete, decomposed and assigned, and freezes its content; publication supersedes the
// previous version and makes the frozen items public; published versions never change.
import { regulationConfig } from '@nmg/config';
import { assertDecomposed, assertListComplete, assertListImmutable, assertListTransition, assertPostsCertified, assertResponsibilityAssigned, findTransition, firstFailure, type SubmissionPowerFacts } from '../../domain';
import type { Actor } from '../../scope/actor';
import { isRow, strOf } from '../../util/row';
import { enforce, forbid, WorkflowRefusal } from '../../store/errors';
import { loadPosts, postsHoldingPowers, today } from '../../store/facts';
import { changedFields } from '../../store/snapshot';
import { loadListContext, type ListContext } from '../../workflow/context';
import { actionFor, historyEntry } from '../../workflow/history';
import { freezeForSubmission } from '../../workflow/freeze';
import { publishVersion, withdrawVersion } from '../../workflow/publish';
import { closeResolvedTasks } from '../../adjustment/tasks';
import type { RuleAdapter, WriteEvent } from './types';

/**
 * Fields only the workflow writes: a form that sends them back cannot change them. (`snapshot` is no
 * longer a field, the frozen items having tables of their own; an older form that sends it loses it here.)
 */
const SERVER_FIELDS = ['snapshot', 'history', 'publicationDate', 'itemCount'];

const freezePolicy = () => {
  const { frozenListStates, frozenListExits } = regulationConfig().workflow;
  return { frozenStates: frozenListStates, exits: frozenListExits, exitFields: ['withdrawalReason', 'reviewOpinion', 'history'] };
};

function checkTransition(actor: Actor, list: ListContext, to: string, opinion: string | null): void {
  const transitions = regulationConfig().workflow.listTransitions;
  if (actor.kind === 'system') return;
  if (actor.kind !== 'user') {
    // The Strapi administrator may take every configured step, but only a configured one.
    if (!findTransition(transitions, list.state, to)) throw new WorkflowRefusal('state', `依据《内蒙古自治区行政执法责任制规定》第十三条，权责清单不能从“${list.state}”直接变为“${to}”。`);
    return;
  }
  const result = assertListTransition(
    {
      from: list.state,
      to,
      role: actor.role,
      actor: { departmentId: actor.departmentId, governmentId: actor.governmentId, supervises: actor.scope.kind === 'subtree' },
      list: { departmentId: list.department?.id ?? null, governmentId: list.government?.id ?? null },
      opinion,
    },
    transitions,
  );
  if (!result.ok && (result.code === 'ROLE_FORBIDDEN' || result.code === 'WRONG_ORGANISATION')) forbid(result);
  enforce(result);
}

/** The submission rules (Art. 11–13) on the department's active powers as the submission statement read them, and its posts. */
export async function enforceSubmissionChecks(event: WriteEvent, departmentId: string, powers: SubmissionPowerFacts[]): Promise<void> {
  const { strapi } = event;
  const posts = await loadPosts(strapi, { agency: { department: { documentId: departmentId } } });
  const held = await postsHoldingPowers(strapi, posts.map((p) => p.id));
  const applicationBased = regulationConfig().powerTypes.types.filter((t) => t.applicationBased).map((t) => t.key);
  enforce(
    firstFailure([
      assertListComplete(powers, applicationBased),
      assertDecomposed(departmentId, powers, posts),
      assertResponsibilityAssigned(posts.filter((p) => held.has(p.id))),
      assertPostsCertified(posts.filter((p) => held.has(p.id)), today()),
    ]),
  );
}

export const responsibilityListRules: RuleAdapter = {
  async before({ strapi, action, actor, documentId, params, before }) {
    const data = isRow(params.data) ? params.data : null;
    if (action === 'delete' && before) {
      const state = strOf(before, 'state') ?? 'draft';
      enforce(assertListImmutable({ action: 'delete', stateFrom: state, stateTo: state, changedFields: [] }, freezePolicy()));
      return;
    }
    if (!data || (action !== 'create' && action !== 'update')) return;
    if (actor.kind !== 'system') for (const field of SERVER_FIELDS) delete data[field];
    const now = new Date();
    if (action === 'create') {
      data.history = [historyEntry(actor, 'create', null, 'draft', null, now)];
      return;
    }
    const list = await loadListContext(strapi, documentId);
    const to = typeof data.state === 'string' ? data.state : null;
    if (!list || !to || to === list.state) return;
    // A frozen version answers LIST_IMMUTABLE before the workflow is consulted (only its exits pass).
    enforce(assertListImmutable({ action: 'update', stateFrom: list.state, stateTo: to, changedFields: ['state'] }, freezePolicy()));
    const opinion = [data.reviewOpinion, data.withdrawalReason].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? null;
    checkTransition(actor, list, to, opinion);
    const transitions = regulationConfig().workflow.listTransitions;
    if (!Array.isArray(data.history)) data.history = [...list.history, historyEntry(actor, actionFor(transitions, list.state, to), list.state, to, opinion, now)];
    if (to === 'withdrawn' && !data.withdrawalReason) data.withdrawalReason = opinion;
    if (to === 'published') data.publicationDate = now.toISOString();
  },
  async after(event) {
    const { strapi, action, before, after, documentId } = event;
    if (action === 'delete' || !after) return;
    const stateTo = strOf(after, 'state') ?? 'draft';
    if (action === 'create') {
      if (stateTo !== 'draft') throw new WorkflowRefusal('state', '依据《内蒙古自治区行政执法责任制规定》第十三条，新建的权责清单版本只能是草稿，须经审核后公布。');
      return;
    }
    const stateFrom = strOf(before, 'state') ?? 'draft';
    enforce(assertListImmutable({ action: 'update', stateFrom, stateTo, changedFields: changedFields(before ?? {}, after) }, freezePolicy()));
    if (stateTo === stateFrom) return;
    const list = await loadListContext(strapi, documentId);
    const departmentId = list?.department?.id;
    if (!list || !departmentId) return;
    if (stateTo === 'submitted') {
      // One statement freezes the items and reads every power for the rules (issue 17); a refusal
      // below rolls the snapshot back with the step.
      const { facts } = await freezeForSubmission(strapi, list, departmentId);
      await enforceSubmissionChecks(event, departmentId, facts);
    } else if (stateTo === 'published') {
      await publishVersion(strapi, list, new Date());
      await closeResolvedTasks(strapi, departmentId);
    } else if (stateTo === 'withdrawn') {
      await withdrawVersion(strapi, list);
    }
  },
};
