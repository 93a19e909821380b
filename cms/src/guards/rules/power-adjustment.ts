// Power adjustments (Art. 11): requested by the department, approved only by the justice
// department; the approval applies the change to the department's powers in the same transaction.
import { regulationConfig } from '@nmg/config';
import { assertAdjustmentApproval, assertDelegateTarget, fail, type GovernmentFacts } from '../../domain';
import { applyAdjustment, loadAdjustment } from '../../adjustment/apply';
// A batch (a department's first compilation from its sheet) is applied with the bulk import's judge and writer.
import { batchApplier, isBatch } from '../../adjustment/batch-applier';
import { asRow, isRow, strOf, type Row } from '../../util/row';
import { enforce, forbid } from '../../store/errors';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter } from './types';

const DECISIONS = ['approved', 'rejected'];



function governmentFacts(department: Row | null): GovernmentFacts | null {
  const gov = asRow(department?.government);
  const code = strOf(gov, 'code');
  const tier = regulationConfig().tiers.find((t) => t.key === strOf(gov, 'tier'));
  return code && tier ? { code, rank: tier.rank, prefixLength: tier.codePrefixLength } : null;
}

export const powerAdjustmentRules: RuleAdapter = {
  async before({ actor, action, params, before }) {
    // The reviewer's department and the time of the decision are recorded by the server, not typed in.
    const data = isRow(params.data) ? params.data : null;
    const to = typeof data?.state === 'string' ? data.state : null;
    if (data && actor.kind !== 'system') delete data.appliedPower;
    // The rows of a batch are what the department filed and the reviewer decides on: fixed once filed.
    if (data && actor.kind !== 'system' && action === 'update') delete data.batchRows;
    if (action === 'update' && data && actor.kind === 'user' && to && DECISIONS.includes(to) && strOf(before, 'state') !== to) {
      data.decidedAt = new Date().toISOString();
      data.approvingDepartment = actor.departmentId;
    }
  },
  async after({ strapi, actor, action, before, after, documentId }) {
    if (!after || (action !== 'create' && action !== 'update')) return;
    const role = actor.kind === 'user' ? actor.role : actor.kind === 'system' ? null : 'admin';
    const stateFrom = strOf(before, 'state');
    const stateTo = strOf(after, 'state') ?? 'draft';
    enforce(assertAdjustmentApproval({ action, role, stateFrom, stateTo, changedFields: before ? changedFields(before, after) : [] }));
    if (stateFrom === stateTo || actor.kind === 'system') return;
    const adjustment = await loadAdjustment(strapi, documentId);
    // Art. 11 with Art. 5: the justice department of the requesting department's own government decides.
    if (actor.kind === 'user' && DECISIONS.includes(stateTo) && actor.governmentId !== strOf(asRow(asRow(adjustment?.department)?.government), 'documentId')) {
      forbid(fail('WRONG_ORGANISATION', 'department', '职权调整由申请部门所属政府的司法行政部门审批，不能审批其他政府所属部门的申请。'));
    }
    if (strOf(after, 'kind') === 'delegate' && (stateTo === 'submitted' || stateTo === 'approved')) {
      enforce(assertDelegateTarget(governmentFacts(asRow(adjustment?.department)), governmentFacts(asRow(adjustment?.targetDepartment))));
    }
    if (stateTo === 'approved' && adjustment) await (isBatch(adjustment) ? batchApplier()(strapi, adjustment, actor) : applyAdjustment(strapi, adjustment));
  },
};
