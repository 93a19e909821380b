// Art. 21: a personal field (an officer's ID number) is found only by its complete value, which the
// query engine turns into a match on its keyed hash (pii/codec.ts); a prefix or a partial value
// would let a reader enumerate people, so it stays refused, as does any field without a format.
import type { AttributeLike } from '../scope/populate';
import type { Row } from '../util/row';

/** The condition for `{ field: value }` on a private attribute, or null when it is refused. */
export function personalExactFilter(field: string, attr: AttributeLike, operator: string, values: unknown[]): Row | null {
  if (operator !== '$eq' || values.length !== 1 || typeof values[0] !== 'string' || !attr.regex) return null;
  const value = values[0].trim();
  return new RegExp(attr.regex).test(value) ? { [field]: { $eq: value } } : null;
}
