// Art. 11: a department may not add or remove its own powers; only an approved power adjustment does.
import { fail, ok, type RuleResult } from './result';

export interface AdjustmentFacts {
  id: string;
  kind: string;
  state: string;
  departmentId: string | null;
  powerId: string | null;
}

export type PowerChange =
  | { kind: 'create'; departmentId: string | null; adjustment: AdjustmentFacts | null }
  | { kind: 'delete' }
  | { kind: 'update'; powerId: string; departmentChanged: boolean; statusFrom: string; statusTo: string; adjustment: AdjustmentFacts | null };

const APPROVED = ['approved', 'applied'];
const ADDING = ['add', 'undertake'];
const REMOVING: Record<string, string> = { cancelled: 'cancel', delegated: 'delegate' };

export function assertCatalogueOnly(change: PowerChange): RuleResult {
  if (change.kind === 'delete') {
    return fail('CATALOGUE_ONLY', 'id', '部门不得擅自减少本部门的行政执法职权；取消或下放职权须经司法行政部门批准的职权调整，事项记录不得删除。');
  }
  if (change.kind === 'create') {
    const a = change.adjustment;
    if (!a || !APPROVED.includes(a.state) || !ADDING.includes(a.kind) || !change.departmentId || a.departmentId !== change.departmentId) {
      return fail('CATALOGUE_ONLY', 'adjustment', '部门不得擅自增加本部门的行政执法职权；新增或承接职权须关联本部门已批准的“新增”或“承接”职权调整。');
    }
    return ok;
  }
  if (change.departmentChanged) {
    return fail('CATALOGUE_ONLY', 'department', '职权不得直接转移到其他部门；下放和承接须通过职权调整办理。');
  }
  const removal = REMOVING[change.statusTo];
  if (removal && change.statusFrom !== change.statusTo) {
    const a = change.adjustment;
    if (!a || !APPROVED.includes(a.state) || a.kind !== removal || a.powerId !== change.powerId) {
      return fail('CATALOGUE_ONLY', 'status', '取消或下放职权须关联针对本事项已批准的“取消”或“下放”职权调整。');
    }
  }
  // Bringing a cancelled or delegated power back is adding a power again.
  if (REMOVING[change.statusFrom] && !REMOVING[change.statusTo]) {
    const a = change.adjustment;
    if (!a || !APPROVED.includes(a.state) || !ADDING.includes(a.kind) || a.powerId !== change.powerId) {
      return fail('CATALOGUE_ONLY', 'status', '恢复已取消或已下放的职权等同于新增职权，须关联针对本事项已批准的“新增”或“承接”职权调整。');
    }
  }
  return ok;
}
