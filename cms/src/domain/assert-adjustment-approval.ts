// Art. 11 (with Art. 5): power adjustments are requested by the department and approved by the
// justice department; the department can neither approve its own request nor edit a decided one.
import { fail, ok, type RuleResult } from './result';

export interface AdjustmentChange {
  action: 'create' | 'update';
  /** The acting role, or null for the server's own workflow (which applies approved adjustments). */
  role: string | null;
  stateFrom: string | null;
  stateTo: string;
  changedFields: string[];
}

const REQUESTED = ['draft', 'submitted'];
const DECIDED = ['approved', 'rejected', 'applied'];
/** Who may move an adjustment from one state to the next. */
const TRANSITIONS: Record<string, { to: string; roles: string[] }[]> = {
  draft: [{ to: 'submitted', roles: ['dept-editor', 'dept-head'] }],
  submitted: [
    { to: 'approved', roles: ['justice-reviewer'] },
    { to: 'rejected', roles: ['justice-reviewer'] },
    { to: 'draft', roles: ['dept-editor', 'dept-head', 'justice-reviewer'] },
  ],
};
const DECISION_FIELDS = ['state', 'opinion', 'decidedAt', 'approvingDepartment'];

export function assertAdjustmentApproval(change: AdjustmentChange): RuleResult {
  if (change.role === null) return ok;
  if (change.action === 'create') {
    return REQUESTED.includes(change.stateTo) ? ok : fail('CATALOGUE_ONLY', 'state', '职权调整须由部门提出、经司法行政部门批准，新建的调整申请只能是草稿或已提交状态。');
  }
  const from = change.stateFrom ?? 'draft';
  if (DECIDED.includes(from)) {
    return change.changedFields.length === 0 ? ok : fail('CATALOGUE_ONLY', change.changedFields[0], '已审批的职权调整不得再修改。');
  }
  if (from !== change.stateTo) {
    const allowed = (TRANSITIONS[from] ?? []).find((t) => t.to === change.stateTo);
    if (!allowed || !allowed.roles.includes(change.role)) {
      return fail('CATALOGUE_ONLY', 'state', '职权调整只能由司法行政部门审批，部门不得自行批准本部门的职权调整。');
    }
    // A reviewer decides; the request itself (kind, power, reason …) stays as the department filed it.
    if (change.role === 'justice-reviewer') {
      const edited = change.changedFields.find((f) => !DECISION_FIELDS.includes(f));
      if (edited) return fail('CATALOGUE_ONLY', edited, '审批职权调整时不得改动申请内容。');
    }
  }
  return ok;
}
