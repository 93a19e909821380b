// Pickers of organisations offer the user's own subtree (issue 14, point 7): governments and
// departments are reference data every signed-in user may read, so without a filter a county clerk
// would be offered every organisation of the region. The console list dialect's `subtree` filter
// (a government code prefix, cms/src/scope/filters.ts) narrows them; the server's scope still
// decides what a write may point at. New records default to the user's own organisation.
import { tiers } from '../../../config/src/console';
import type { ConsoleMe } from '../providers/types';

/** Reference resources whose pickers are confined to the user's subtree. */
const ORGANISATION_RESOURCES = ['governments', 'departments'];

/** The user's subtree as a code prefix: the government's code cut to its tier's prefix length. */
export function subtreePrefix(me: Pick<ConsoleMe, 'governmentCode' | 'tier'> | null | undefined): string | null {
  if (!me?.governmentCode) return null;
  const length = tiers.find((t) => t.key === me.tier)?.codePrefixLength;
  return length ? me.governmentCode.slice(0, length) : null;
}

/** Relations that point up the tree (上级主管部门, Art. 5, Art. 7; a government's parent): not confined. */
const UPWARD_FIELDS = ['upperDepartment', 'parent'];

/** The list filter of a picker of `reference` in `field`: the user's subtree for organisations, else none. */
export function pickerFilter(reference: string, field: string, me: Pick<ConsoleMe, 'governmentCode' | 'tier'> | null | undefined): Record<string, string> {
  const prefix = subtreePrefix(me);
  return prefix && ORGANISATION_RESOURCES.includes(reference) && !UPWARD_FIELDS.includes(field) ? { subtree: prefix } : {};
}

/** The value a new record's owner picker (its `department` or `government`) starts with: the user's own. */
export function pickerDefault(resource: string, reference: string, field: string, me: Pick<ConsoleMe, 'departmentId' | 'governmentId'> | null | undefined): string | undefined {
  // An account belongs to exactly one organisation, chosen by its administrator.
  if (resource === 'users') return undefined;
  if (reference === 'departments' && field === 'department') return me?.departmentId ?? undefined;
  if (reference === 'governments' && field === 'government') return me?.governmentId ?? undefined;
  return undefined;
}
