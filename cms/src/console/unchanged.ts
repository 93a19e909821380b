// A console form saves the whole record, though the user changed one field. Strapi rewrites every
// component and relation it is given: it deletes and re-inserts each component row and re-links
// each relation, about 150 statements for a power with its steps, bases and decomposition, though
// the stored values stay the same. So a component or relation field sent exactly as stored is left
// out of the write (issue 16). Scalars stay in: they cost nothing extra (one UPDATE of the row) and
// the rules read some of them from the request (a state, a date received).
import { canonical } from '../util/canonical';
import type { Row } from '../util/row';
import type { ModelLike, ModelLookup } from '../scope/populate';
import { parseStoredRecord } from './input';
import { toRecord } from './records';

const STRUCTURED = (type: string, mappedBy: string | undefined): boolean => type === 'component' || (type === 'relation' && !mappedBy);

/** Removes from `data` the component and owned-relation fields whose value equals the stored one; returns their names. */
export function dropUnchangedStructures(data: Row, current: Row, model: ModelLike, lookup: ModelLookup): string[] {
  const stored = parseStoredRecord(toRecord(current, model, lookup, { privateFields: 'show' }), model, lookup);
  const dropped: string[] = [];
  for (const key of Object.keys(data)) {
    const attr = Object.prototype.hasOwnProperty.call(model.attributes, key) ? model.attributes[key] : undefined;
    if (!attr || !STRUCTURED(attr.type, attr.mappedBy) || !(key in stored)) continue;
    if (canonical(data[key]) === canonical(stored[key])) {
      delete data[key];
      dropped.push(key);
    }
  }
  return dropped;
}
