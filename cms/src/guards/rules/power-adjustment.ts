// Power adjustments: only the justice department approves (Art. 11); decisions record who and when.
import { assertAdjustmentApproval } from '../../domain';
import { isRow, strOf } from '../../util/row';
import { enforce } from '../errors';
import { changedFields } from '../snapshot';
import type { RuleAdapter } from './types';

const DECISIONS = ['approved', 'rejected'];

export const powerAdjustmentRules: RuleAdapter = {
  async before({ actor, action, params, before }) {
    // The reviewer's department and the time of the decision are recorded by the server, not typed in.
    const data = isRow(params.data) ? params.data : null;
    const to = typeof data?.state === 'string' ? data.state : null;
    if (action === 'update' && data && actor.kind === 'user' && to && DECISIONS.includes(to) && strOf(before, 'state') !== to) {
      data.decidedAt = new Date().toISOString();
      data.approvingDepartment = actor.departmentId;
    }
  },
  async after({ actor, action, before, after }) {
    if (!after || (action !== 'create' && action !== 'update')) return;
    const role = actor.kind === 'user' ? actor.role : actor.kind === 'system' ? null : 'admin';
    enforce(
      assertAdjustmentApproval({
        action,
        role,
        stateFrom: strOf(before, 'state'),
        stateTo: strOf(after, 'state') ?? 'draft',
        changedFields: before ? changedFields(before, after) : [],
      }),
    );
  },
};
