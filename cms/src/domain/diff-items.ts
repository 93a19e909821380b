// Art. 13: a new list version supersedes the published one "with a diff": which items were added,
// which removed, and for the rest which fields changed. Items are matched by the power they came
// from (its code can itself change), falling back to the code for items of other origins.
import type { ListDiff, ListFieldChange, ListItem } from '@nmg/config';
import { canonical } from '../util/canonical';

const keyOf = (item: ListItem): string => item.powerId || `code:${item.code}`;

function fieldChanges(before: ListItem, after: ListItem): ListFieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  fields.delete('powerId');
  const changes: ListFieldChange[] = [];
  for (const field of [...fields].sort()) {
    const a = (before as unknown as Record<string, unknown>)[field];
    const b = (after as unknown as Record<string, unknown>)[field];
    if (canonical(a) !== canonical(b)) changes.push({ field, before: a ?? null, after: b ?? null });
  }
  return changes;
}

export function diffItems(previous: readonly ListItem[], next: readonly ListItem[]): Omit<ListDiff, 'against'> {
  const before = new Map(previous.map((i) => [keyOf(i), i]));
  const after = new Map(next.map((i) => [keyOf(i), i]));
  const ref = (i: ListItem) => ({ powerId: i.powerId, code: i.code, name: i.name });
  const diff: Omit<ListDiff, 'against'> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) {
      diff.added.push(ref(item));
      continue;
    }
    const fields = fieldChanges(old, item);
    if (fields.length > 0) diff.changed.push({ ...ref(item), fields });
    else diff.unchanged += 1;
  }
  for (const [key, item] of before) if (!after.has(key)) diff.removed.push(ref(item));
  return diff;
}
