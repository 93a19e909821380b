import { ARTICLE, assertCatalogueOnly, type AdjustmentFacts, type PowerChange } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

type CreateChange = Extract<PowerChange, { kind: 'create' }>;
type UpdateChange = Extract<PowerChange, { kind: 'update' }>;

const adjustment = (o: Partial<AdjustmentFacts> = {}): AdjustmentFacts => ({
  id: 'adj-1',
  kind: 'add',
  state: 'approved',
  departmentId: 'dept-1',
  powerId: null,
  ...o,
});
const create = (o: Partial<CreateChange> = {}): CreateChange => ({ kind: 'create', departmentId: 'dept-1', adjustment: adjustment(), ...o });
const update = (o: Partial<UpdateChange> = {}): UpdateChange => ({
  kind: 'update',
  powerId: 'power-1',
  departmentChanged: false,
  statusFrom: 'valid',
  statusTo: 'valid',
  adjustment: null,
  ...o,
});
const cancel = (o: Partial<AdjustmentFacts> = {}): AdjustmentFacts => adjustment({ kind: 'cancel', powerId: 'power-1', ...o });

describe('CATALOGUE_ONLY (Art. 11)', () => {
  test('the rule cites 第十一条', () => {
    expect(ARTICLE.CATALOGUE_ONLY).toBe('第十一条');
  });

  test.each<{ title: string; change: PowerChange }>([
    { title: '第十一条 (Art. 11): a new power backed by an approved "add" adjustment of its department is accepted', change: create() },
    { title: '第十一条 (Art. 11): an undertaken power backed by an applied "undertake" adjustment is accepted', change: create({ adjustment: adjustment({ kind: 'undertake', state: 'applied' }) }) },
    { title: '第十一条 (Art. 11): editing a power without touching department or status is accepted', change: update() },
    { title: '第十一条 (Art. 11): marking a power as changed needs no adjustment', change: update({ statusTo: 'changed' }) },
    { title: '第十一条 (Art. 11): cancelling a power with an approved "cancel" adjustment for it is accepted', change: update({ statusTo: 'cancelled', adjustment: cancel() }) },
    { title: '第十一条 (Art. 11): delegating a power with an applied "delegate" adjustment for it is accepted', change: update({ statusTo: 'delegated', adjustment: cancel({ kind: 'delegate', state: 'applied' }) }) },
    { title: '第十一条 (Art. 11): editing an already cancelled power needs no new adjustment', change: update({ statusFrom: 'cancelled', statusTo: 'cancelled' }) },
    { title: '第十一条 (Art. 11): restoring a cancelled power to valid with an approved "add" adjustment for it is accepted', change: update({ statusFrom: 'cancelled', statusTo: 'valid', adjustment: adjustment({ powerId: 'power-1' }) }) },
    { title: '第十一条 (Art. 11): restoring a delegated power to undertaken with an applied "undertake" adjustment for it is accepted', change: update({ statusFrom: 'delegated', statusTo: 'undertaken', adjustment: adjustment({ kind: 'undertake', state: 'applied', powerId: 'power-1' }) }) },
    { title: '第十一条 (Art. 11): restoring a cancelled power to changed with an applied "add" adjustment for it is accepted', change: update({ statusFrom: 'cancelled', statusTo: 'changed', adjustment: adjustment({ state: 'applied', powerId: 'power-1' }) }) },
    { title: '第十一条 (Art. 11): restoring a delegated power to valid with an approved "undertake" adjustment for it is accepted', change: update({ statusFrom: 'delegated', statusTo: 'valid', adjustment: adjustment({ kind: 'undertake', powerId: 'power-1' }) }) },
  ])('$title', ({ change }) => {
    expectOk(assertCatalogueOnly(change));
  });

  test.each<{ title: string; change: PowerChange; expectField: string; says: string }>([
    { title: '第十一条 (Art. 11): deleting a power record is refused', change: { kind: 'delete' }, expectField: 'id', says: '不得擅自减少' },
    { title: '第十一条 (Art. 11): a new power without an adjustment is refused', change: create({ adjustment: null }), expectField: 'adjustment', says: '不得擅自增加' },
    { title: '第十一条 (Art. 11): a new power on a submitted (not approved) adjustment is refused', change: create({ adjustment: adjustment({ state: 'submitted' }) }), expectField: 'adjustment', says: '不得擅自增加' },
    { title: '第十一条 (Art. 11): a new power on a rejected adjustment is refused', change: create({ adjustment: adjustment({ state: 'rejected' }) }), expectField: 'adjustment', says: '已批准' },
    { title: '第十一条 (Art. 11): a new power on an approved "cancel" adjustment is refused', change: create({ adjustment: adjustment({ kind: 'cancel' }) }), expectField: 'adjustment', says: '“新增”或“承接”' },
    { title: '第十一条 (Art. 11): a new power on another department\'s adjustment is refused', change: create({ adjustment: adjustment({ departmentId: 'dept-2' }) }), expectField: 'adjustment', says: '本部门' },
    { title: '第十一条 (Art. 11): moving a power to another department is refused', change: update({ departmentChanged: true }), expectField: 'department', says: '不得直接转移到其他部门' },
    { title: '第十一条 (Art. 11): moving a power to another department is refused even with an approved adjustment', change: update({ departmentChanged: true, statusTo: 'delegated', adjustment: cancel({ kind: 'delegate' }) }), expectField: 'department', says: '须通过职权调整办理' },
    { title: '第十一条 (Art. 11): cancelling a power without an adjustment is refused', change: update({ statusTo: 'cancelled' }), expectField: 'status', says: '“取消”或“下放”' },
    { title: '第十一条 (Art. 11): cancelling a power on a draft adjustment is refused', change: update({ statusTo: 'cancelled', adjustment: cancel({ state: 'draft' }) }), expectField: 'status', says: '已批准' },
    { title: '第十一条 (Art. 11): cancelling a power on a "delegate" adjustment is refused', change: update({ statusTo: 'cancelled', adjustment: cancel({ kind: 'delegate' }) }), expectField: 'status', says: '取消或下放职权' },
    { title: '第十一条 (Art. 11): delegating a power on a "cancel" adjustment is refused', change: update({ statusTo: 'delegated', adjustment: cancel() }), expectField: 'status', says: '取消或下放职权' },
    { title: '第十一条 (Art. 11): cancelling a power on an adjustment for another power is refused', change: update({ statusTo: 'cancelled', adjustment: cancel({ powerId: 'power-2' }) }), expectField: 'status', says: '针对本事项' },
    { title: '第十一条 (Art. 11): delegating an undertaken power without an adjustment is refused', change: update({ statusFrom: 'undertaken', statusTo: 'delegated' }), expectField: 'status', says: '取消或下放职权' },
    { title: '第十一条 (Art. 11): a new power without a department is refused even when the adjustment has no department either', change: create({ departmentId: null, adjustment: adjustment({ departmentId: null }) }), expectField: 'adjustment', says: '不得擅自增加' },
    { title: '第十一条 (Art. 11): a new power without a department is refused even with an approved "add" adjustment of a department', change: create({ departmentId: null }), expectField: 'adjustment', says: '本部门' },
    { title: '第十一条 (Art. 11): restoring a cancelled power to valid without an adjustment is refused', change: update({ statusFrom: 'cancelled', statusTo: 'valid' }), expectField: 'status', says: '恢复已取消或已下放的职权等同于新增职权' },
    { title: '第十一条 (Art. 11): restoring a delegated power to undertaken without an adjustment is refused', change: update({ statusFrom: 'delegated', statusTo: 'undertaken' }), expectField: 'status', says: '“新增”或“承接”' },
    { title: '第十一条 (Art. 11): restoring a delegated power to changed without an adjustment is refused', change: update({ statusFrom: 'delegated', statusTo: 'changed' }), expectField: 'status', says: '等同于新增职权' },
    { title: '第十一条 (Art. 11): restoring a cancelled power on a submitted (not approved) "add" adjustment is refused', change: update({ statusFrom: 'cancelled', statusTo: 'valid', adjustment: adjustment({ state: 'submitted', powerId: 'power-1' }) }), expectField: 'status', says: '已批准' },
    { title: '第十一条 (Art. 11): restoring a delegated power on a rejected "undertake" adjustment is refused', change: update({ statusFrom: 'delegated', statusTo: 'undertaken', adjustment: adjustment({ kind: 'undertake', state: 'rejected', powerId: 'power-1' }) }), expectField: 'status', says: '已批准' },
    { title: '第十一条 (Art. 11): restoring a cancelled power on the approved "cancel" adjustment that cancelled it is refused', change: update({ statusFrom: 'cancelled', statusTo: 'valid', adjustment: cancel() }), expectField: 'status', says: '“新增”或“承接”' },
    { title: '第十一条 (Art. 11): restoring a delegated power on an approved "delegate" adjustment is refused', change: update({ statusFrom: 'delegated', statusTo: 'valid', adjustment: cancel({ kind: 'delegate' }) }), expectField: 'status', says: '“新增”或“承接”' },
    { title: '第十一条 (Art. 11): restoring a cancelled power on an approved "add" adjustment for another power is refused', change: update({ statusFrom: 'cancelled', statusTo: 'valid', adjustment: adjustment({ powerId: 'power-2' }) }), expectField: 'status', says: '针对本事项' },
    { title: '第十一条 (Art. 11): restoring a cancelled power on an approved "add" adjustment for no particular power is refused', change: update({ statusFrom: 'cancelled', statusTo: 'valid', adjustment: adjustment() }), expectField: 'status', says: '针对本事项' },
  ])('$title', ({ change, expectField, says }) => {
    expect(expectFailure(assertCatalogueOnly(change), 'CATALOGUE_ONLY', expectField).message).toContain(says);
  });
});
