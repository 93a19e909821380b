// Art. 13: a published list version never changes; a new version supersedes it (the only exits are configured).
import { fail, ok, type RuleResult } from './result';

export interface ListChange {
  action: 'update' | 'delete';
  stateFrom: string;
  stateTo: string;
  changedFields: string[];
}

export interface ListFreezePolicy {
  frozenStates: readonly string[];
  /** From a frozen state, the states it may still move to (e.g. published → superseded). */
  exits: Readonly<Record<string, readonly string[]>>;
  /** Fields that may change together with such an exit (e.g. the withdrawal reason). */
  exitFields: readonly string[];
}

export function assertListImmutable(change: ListChange, policy: ListFreezePolicy): RuleResult {
  if (!policy.frozenStates.includes(change.stateFrom)) return ok;
  if (change.action === 'delete') return fail('LIST_IMMUTABLE', 'id', '已公布的权责清单版本不得删除。');
  const exit = change.stateTo !== change.stateFrom && (policy.exits[change.stateFrom] ?? []).includes(change.stateTo);
  const allowed = exit ? ['state', ...policy.exitFields] : [];
  const forbidden = change.changedFields.find((f) => !allowed.includes(f));
  if (forbidden) return fail('LIST_IMMUTABLE', forbidden, '已公布的权责清单版本不得修改；如需调整，请新建版本，由新版本替代。');
  return ok;
}
