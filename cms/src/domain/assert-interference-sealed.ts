// Art. 30: an interference record is kept as it was recorded; nobody edits or deletes it.
import { fail, ok, type RuleResult } from './result';

export function assertInterferenceSealed(action: string): RuleResult {
  if (action === 'create') return ok;
  return fail('INTERFERENCE_SEALED', 'id', '干预行政执法活动的记录保存后即封存，任何人不得修改或删除。');
}

/** Whether a role may read sealed records: only the supervisors named in config/supervision.json. */
export function mayReadInterference(role: string | null, readers: readonly string[]): boolean {
  return role !== null && readers.includes(role);
}
