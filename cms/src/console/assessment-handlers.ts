// /console-api routes of assessments (Art. 22–25): the scoring sheet, pre-scoring of items 4–7,
// saving one item (with the written reason an override needs) and the workflow steps. Every write
// is an ordinary document-service update, so the same scope and rules run as on every other path.
import type { Core } from '@strapi/strapi';
import { applyPrescore } from '../assessment/prescore-service';
import { assessmentStateName, assessmentTransitions } from '../assessment/config';
import { assessmentSheet, loadSheetRow } from '../assessment/sheet';
import { isRow, numOf, rowsOf, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { authenticate, requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';
import { visibleDocument } from './visible';
import { runtimeInput } from '../store/document-input';

const UID = 'api::assessment.assessment';
const NOT_FOUND = '评议考核不存在或不在您的数据范围内。';
const notFound = (): ConsoleError => new ConsoleError(404, 'NOT_FOUND', NOT_FOUND);

/** The assessment, if the user may read it (the scoped read decides). */
const visibleRow = (strapi: Core.Strapi, user: ConsoleUser, id: string): Promise<Row> =>
  visibleDocument(strapi, user, UID, id, () => loadSheetRow(strapi, id), NOT_FOUND);

function readText(body: Row, key: string, max: number): string | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > max) throw new ConsoleError(400, 'INVALID_INPUT', `“${key}”须为不超过${max}个字符的文本。`, { [key]: ['格式不正确'] });
  return value;
}

export function assessmentHandlers(strapi: Core.Strapi) {
  const sheet = async (user: ConsoleUser, id: string) => {
    const row = await loadSheetRow(strapi, id);
    if (!row) throw notFound();
    return assessmentSheet(row, user.actor);
  };
  return {
    async sheet(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      await visibleRow(strapi, user, ctx.params.id);
      ctx.body = await sheet(user, ctx.params.id);
    },

    async prescore(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, UID, 'update');
      await visibleRow(strapi, user, ctx.params.id);
      const result = await applyPrescore(strapi, ctx.params.id);
      if (!result) throw new ConsoleError(400, 'NOT_PRESCORABLE', '只有对行政执法部门或人民政府的评议考核可以按系统数据预评分。', { targetDepartment: ['被考核对象须为部门或政府'] });
      ctx.body = { ...(await sheet(user, ctx.params.id)), facts: result.facts, period: result.period };
    },

    /** PUT /console-api/assessments/:id/items/:item { score, finding, evidence, overrideReason, updatedAt } */
    async saveItem(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, UID, 'update');
      const row = await visibleRow(strapi, user, ctx.params.id);
      const item = Number(ctx.params.item);
      const body = isRow(ctx.request.body) ? ctx.request.body : {};
      const score = numOf(body, 'score');
      if (!Number.isInteger(item) || item < 1 || item > 9) throw new ConsoleError(400, 'INVALID_INPUT', '考核项目须为1至9。', { item: ['考核项目须为1至9'] });
      if (score === null) throw new ConsoleError(400, 'INVALID_INPUT', '得分须为数字。', { score: ['得分须为数字'] });
      const entry: Row = {
        item, score,
        finding: readText(body, 'finding', 5000),
        evidence: readText(body, 'evidence', 5000),
        overrideReason: readText(body, 'overrideReason', 2000),
      };
      const scores = rowsOf(row.scores).map((s) => ({ item: numOf(s, 'item'), score: numOf(s, 'score'), finding: strOf(s, 'finding'), evidence: strOf(s, 'evidence'), overrideReason: strOf(s, 'overrideReason') }));
      const next = [...scores.filter((s) => s.item !== item), entry].sort((a, b) => Number(a.item) - Number(b.item));
      try {
        await strapi.documents(UID).update({ documentId: ctx.params.id, data: runtimeInput<typeof UID>({ scores: next }), fields: ['documentId'] });
      } catch (error) {
        // The rules name the field by its index in the stored array; the sheet shows it on the item.
        const details = isRow(error) && isRow(error.details) ? error.details : null;
        const rename = (field: string): string => field.replace(/^scores\.\d+\./, `items.${item}.`);
        if (details && typeof details.field === 'string') details.field = rename(details.field);
        if (details && isRow(details.errors)) details.errors = Object.fromEntries(Object.entries(details.errors).map(([field, messages]) => [rename(field), messages]));
        throw error;
      }
      ctx.body = await sheet(user, ctx.params.id);
    },

    /** POST /console-api/assessments/:id/transition { action, opinion } */
    async transition(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, UID, 'update');
      const id = ctx.params.id;
      await visibleRow(strapi, user, id);
      const body = isRow(ctx.request.body) ? ctx.request.body : {};
      const action = strOf(body, 'action');
      const actions = [...new Set(assessmentTransitions().map((t) => t.action))];
      if (!action || !actions.includes(action)) throw new ConsoleError(400, 'INVALID_ACTION', `操作须为 ${actions.join('、')} 之一。`, { action: ['不支持的操作'] });
      const opinion = strOf(body, 'opinion')?.trim() || null;
      await withTrx(strapi, async (trx) => {
        const locked: unknown = await trx('assessments').where({ document_id: id }).forUpdate().first('state');
        const state = isRow(locked) ? String(locked.state) : '';
        const step = assessmentTransitions().find((t) => t.action === action && t.from === state);
        if (!step) throw new ConsoleError(409, 'WRONG_STATE', `该评议考核当前为“${assessmentStateName(state)}”，不能执行此操作，请刷新后查看最新状态。`, { state: [`当前状态：${assessmentStateName(state)}`] }, { state });
        const data: Row = { state: step.to };
        if (opinion) data.reviewOpinion = opinion;
        await strapi.documents(UID).update({ documentId: id, data, fields: ['documentId'] });
      });
      ctx.body = await sheet(user, id);
    },
  };
}
