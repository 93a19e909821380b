// A console form saves the whole record, though the user changed one field. Strapi rewrites every
// component and relation it is given: it deletes and re-inserts each component row and re-links
// each relation, about 150 statements for a power with its steps, bases and decomposition, though
// the stored values stay the same. So a component or relation field sent exactly as stored is left
// out of the write (issue 16). Scalars stay in: they cost nothing extra (one UPDATE of the row) and
// the rules read some of them from the request (a state, a date received).
// A save that then changes nothing at all (the form saved as it was loaded) writes nothing: no
// UPDATE, no new version, no audit row, as nothing happened (issue 17); unless the stored record
// carries a mark that a save clears (store/save-flags.ts), which makes the save mean something.
import { canonical } from '../util/canonical';
import type { Row } from '../util/row';
import type { ModelLike, ModelLookup } from '../scope/populate';
import { marksClearedBySave } from '../store/save-flags';
import { parseStoredRecord } from './input';
import { toRecord } from './records';
import { ownAttribute } from '../util/model';

const STRUCTURED = (type: string, mappedBy: string | undefined): boolean => type === 'component' || (type === 'relation' && !mappedBy);

/** The stored record parsed as a request body is, so that the two compare field by field. */
const storedAsBody = (current: Row, model: ModelLike, lookup: ModelLookup): Row =>
  parseStoredRecord(toRecord(current, model, lookup, { privateFields: 'show' }), model, lookup);

/** Removes from `data` the component and owned-relation fields equal to the stored ones; returns the fields that differ. */
function dropUnchanged(data: Row, stored: Row, model: ModelLike): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(data)) {
    const attr = ownAttribute(model, key);
    // A field the stored record does not show (or the parser refuses there) counts as a change.
    const same = !!attr && key in stored && canonical(data[key]) === canonical(stored[key]);
    if (!same) changed.push(key);
    else if (attr && STRUCTURED(attr.type, attr.mappedBy)) delete data[key];
  }
  return changed;
}

/**
 * Drops from `data` the components and owned relations sent as stored, and tells whether the save
 * would change nothing at all: every field sent equals the stored one and no mark waits for a save.
 */
export function savesNothing(uid: string, data: Row, current: Row, model: ModelLike, lookup: ModelLookup): boolean {
  const changed = dropUnchanged(data, storedAsBody(current, model, lookup), model);
  return changed.length === 0 && marksClearedBySave(uid, current).length === 0;
}
