// /console-api routes of the list workflow (Art. 13): take a step, see a version's steps, history
// and diff, and the review queue. Steps are ordinary document-service updates of the version's
// state, so the same rules run here as on every other path; this adds the row lock and the
// expected-state check that turn a lost race into a clear 409.
import type { Core } from '@strapi/strapi';
import { regulationConfig, type ListAction, type ListWorkflowView, type ReviewQueueEntry } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../domain';
import { modelOf } from '../store/snapshot';
import type { ModelLike } from '../scope/populate';
import { isRow, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { LIST, loadListContext, loadListContexts, type ListContext } from '../workflow/context';
import { availableActions, opinionRequiredActions, REVIEW_ACTIONS } from '../workflow/actions';
import { listDiff } from '../workflow/diff';
import { openTaskDepartments } from '../adjustment/open-tasks';
import { authenticate, requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';
import { consoleFields, consolePopulate, toRecord } from './records';
import { enumerationValues, runtimeSelection } from '../store/document-input';

const ACTIONS: readonly string[] = ['submit', 'forward', 'approve', 'return', 'publish', 'withdraw'];
const stateName = (key: string): string => regulationConfig().workflow.listStates.find((s) => s.key === key)?.name ?? key;

/** The version, if the user may read it (the scoped read decides), with its owners. */
async function visibleList(strapi: Core.Strapi, user: ConsoleUser, id: string): Promise<ListContext> {
  requirePermission(user, LIST, 'findOne');
  const seen: unknown = await strapi.documents(LIST).findOne({ documentId: id, fields: ['state'] });
  const list = isRow(seen) ? await loadListContext(strapi, id) : null;
  if (!list) throw new ConsoleError(404, 'NOT_FOUND', '权责清单版本不存在或不在您的数据范围内。');
  return list;
}

async function listRecord(strapi: Core.Strapi, id: string): Promise<Row> {
  const model = modelOf(strapi, LIST);
  const lookup = (uid: string): ModelLike | undefined => modelOf(strapi, uid);
  const row: unknown = await strapi.documents(LIST).findOne({ documentId: id, ...runtimeSelection<typeof LIST>(consoleFields(model), consolePopulate(model, lookup)) });
  return isRow(row) ? toRecord(row, model, lookup, { privateFields: 'show' }) : { id };
}

function readAction(body: unknown): { action: ListAction; opinion: string | null } {
  const b = isRow(body) ? body : {};
  const action = strOf(b, 'action');
  if (!action || !ACTIONS.includes(action)) {
    throw new ConsoleError(400, 'INVALID_ACTION', `操作须为 ${ACTIONS.join('、')} 之一。`, { action: ['不支持的操作'] });
  }
  const opinion = strOf(b, 'opinion');
  return { action: action as ListAction, opinion: opinion?.trim() ? opinion.trim() : null };
}

export function workflowHandlers(strapi: Core.Strapi) {
  return {
    async transition(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const id = ctx.params.id;
      const { action, opinion } = readAction(ctx.request.body);
      await visibleList(strapi, user, id);
      await withTrx(strapi, async (trx) => {
        await trx('responsibility_lists').where({ document_id: id }).forUpdate().select('id');
        const list = await loadListContext(strapi, id);
        if (!list) throw new ConsoleError(404, 'NOT_FOUND', '权责清单版本不存在或不在您的数据范围内。');
        const step = regulationConfig().workflow.listTransitions.find((t) => t.action === action && t.from === list.state);
        if (!step) {
          throw new ConsoleError(409, 'WRONG_STATE', `该版本当前为“${stateName(list.state)}”，不能执行此操作，请刷新后查看最新状态。`, { state: [`当前状态：${stateName(list.state)}`] }, { state: list.state });
        }
        const data: Row = { state: step.to };
        if (opinion) data.reviewOpinion = opinion;
        if (action === 'withdraw' && opinion) data.withdrawalReason = opinion;
        // `fields`: the answer is read afresh below; the update need not return the frozen items.
        await strapi.documents(LIST).update({ documentId: id, data, fields: ['documentId'] });
      });
      ctx.body = await listRecord(strapi, id);
    },

    async workflow(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const list = await visibleList(strapi, user, ctx.params.id);
      const departmentId = list.department?.id;
      const view: ListWorkflowView = {
        id: list.documentId,
        title: list.title,
        versionNumber: list.versionNumber,
        state: list.state,
        department: list.department ? { id: list.department.id, name: list.department.name, governmentName: list.government?.name ?? null } : null,
        publicationDate: list.publicationDate,
        actions: availableActions(user.actor, list),
        opinionRequired: opinionRequiredActions(),
        history: list.history,
        itemCount: list.itemCount ?? (departmentId ? Number(await strapi.db.query('api::power.power').count({ where: { department: { documentId: departmentId }, status: { $in: [...ACTIVE_POWER_STATUSES] } } })) : 0),
        underAdjustment: departmentId ? (await openTaskDepartments(strapi, [departmentId])).has(departmentId) : false,
      };
      ctx.body = view;
    },

    async diff(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const list = await visibleList(strapi, user, ctx.params.id);
      ctx.body = await listDiff(strapi, list);
    },

    async reviewQueue(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, LIST, 'find');
      const states = [...new Set(regulationConfig().workflow.listTransitions.filter((t) => REVIEW_ACTIONS.includes(t.action as ListAction) && t.roles.includes(user.actor.role)).map((t) => t.from))];
      if (states.length === 0) {
        ctx.body = { data: [] };
        return;
      }
      // The scoped read decides what the user may see; the workflow decides what is theirs to do.
      const visible: unknown = await strapi.documents(LIST).findMany({ filters: { state: { $in: enumerationValues(strapi, LIST, 'state', states) } }, fields: ['documentId'], limit: 500 });
      const ids = (Array.isArray(visible) ? visible.filter(isRow) : []).map((r) => String(r.documentId));
      const lists = ids.length === 0 ? [] : await loadListContexts(strapi, { documentId: { $in: ids } });
      const data: ReviewQueueEntry[] = [];
      for (const list of lists) {
        const actions = availableActions(user.actor, list).filter((a) => REVIEW_ACTIONS.includes(a));
        if (actions.length === 0 || !list.department) continue;
        data.push({ id: list.documentId, title: list.title, versionNumber: list.versionNumber, state: list.state, department: { id: list.department.id, name: list.department.name }, governmentName: list.government?.name ?? null, actions, updatedAt: list.updatedAt });
      }
      data.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      ctx.body = { data };
    },
  };
}
