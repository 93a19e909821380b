import { assertAdjustmentApproval, type AdjustmentChange } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const change = (overrides: Partial<AdjustmentChange>): AdjustmentChange => ({
  action: 'update', role: 'dept-editor', stateFrom: 'draft', stateTo: 'draft', changedFields: ['reason'], ...overrides,
});

describe('第十一条 (Art. 11): power adjustments are approved by the justice department', () => {
  test.each<[string, AdjustmentChange]>([
    ['a department files a draft request', change({ action: 'create', stateFrom: null, stateTo: 'draft' })],
    ['a department files a submitted request', change({ action: 'create', stateFrom: null, stateTo: 'submitted' })],
    ['a department edits its draft', change({})],
    ['a department submits its draft', change({ stateTo: 'submitted', changedFields: ['state'] })],
    ['the justice reviewer approves a submitted request', change({ role: 'justice-reviewer', stateFrom: 'submitted', stateTo: 'approved', changedFields: ['state', 'decidedAt', 'approvingDepartment', 'opinion'] })],
    ['the justice reviewer rejects a submitted request', change({ role: 'justice-reviewer', stateFrom: 'submitted', stateTo: 'rejected', changedFields: ['state', 'opinion'] })],
    ['the server applies an approved adjustment', change({ role: null, stateFrom: 'approved', stateTo: 'applied', changedFields: ['state'] })],
    ['saving a decided adjustment unchanged', change({ stateFrom: 'approved', stateTo: 'approved', changedFields: [] })],
  ])('第十一条 (Art. 11): allowed — %s', (_title, input) => {
    expectOk(assertAdjustmentApproval(input));
  });

  test.each<[string, AdjustmentChange, string]>([
    ['a department creates an already approved request', change({ action: 'create', stateFrom: null, stateTo: 'approved' }), 'state'],
    ['a department approves its own request', change({ stateFrom: 'submitted', stateTo: 'approved', changedFields: ['state'] }), 'state'],
    ['a department head approves its own request', change({ role: 'dept-head', stateFrom: 'submitted', stateTo: 'approved', changedFields: ['state'] }), 'state'],
    ['a draft jumps straight to approved', change({ role: 'justice-reviewer', stateFrom: 'draft', stateTo: 'approved', changedFields: ['state'] }), 'state'],
    ['an administrator approves in the content manager', change({ role: 'admin', stateFrom: 'submitted', stateTo: 'approved', changedFields: ['state'] }), 'state'],
    ['a department edits an approved request', change({ stateFrom: 'approved', stateTo: 'approved', changedFields: ['kind'] }), 'kind'],
    ['a department reopens a rejected request', change({ stateFrom: 'rejected', stateTo: 'draft', changedFields: ['state'] }), 'state'],
    ['the reviewer rewrites the request while approving it', change({ role: 'justice-reviewer', stateFrom: 'submitted', stateTo: 'approved', changedFields: ['state', 'reason'] }), 'reason'],
  ])('第十一条 (Art. 11): refused — %s', (_title, input, field) => {
    expectFailure(assertAdjustmentApproval(input), 'CATALOGUE_ONLY', field);
  });
});
