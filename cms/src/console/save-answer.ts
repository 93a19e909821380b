// The record a console save answers with, from the reads the save made anyway (issue 16): the row
// as the user was shown it before the write (console/edit-read.ts), the middleware's one read after
// the write (its scalars, its to-one relations: store/pre-read.ts hands it back) and, only for the
// components and to-many relations the write sent, one read of those back. A save that wrote only
// scalars reads nothing more. Null when the answer cannot be built that way (a to-one relation the
// save did not check for readability, set by a rule; another row of the document): the caller
// reads the record as a GET does.
import type { Core } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import type { ModelLike, ModelLookup } from '../scope/populate';
import type { AfterWrite } from '../store/pre-read';
import { asRow, type Row } from '../util/row';
import { readStructures, shownAs } from './edit-read';
import { ownAttribute } from '../util/model';

const TO_ONE = ['oneToOne', 'manyToOne'];
const TIMESTAMPS = ['documentId', 'createdAt', 'updatedAt', 'publishedAt'];

type Kind = 'scalar' | 'toOne' | 'structure' | 'none';

function kindOf(model: ModelLike, key: string): Kind {
  const attr = ownAttribute(model, key);
  if (!attr) return TIMESTAMPS.includes(key) ? 'scalar' : 'none';
  if (attr.type === 'relation') return attr.mappedBy ? 'none' : TO_ONE.includes(attr.relation ?? '') ? 'toOne' : 'structure';
  if (attr.type === 'component') return 'structure';
  return attr.type === 'dynamiczone' || attr.type === 'media' ? 'none' : 'scalar';
}

export interface SaveAnswerInput {
  strapi: Core.Strapi;
  actor: Actor;
  uid: string;
  documentId: string;
  model: ModelLike;
  lookup: ModelLookup;
  /** The row as the user was shown it before the write. */
  shown: Row;
  /** Readable documentIds by target type, as the save's relation check found them. */
  readable: ReadonlyMap<string, ReadonlySet<string>>;
  after: AfterWrite;
}

export async function savedRow(input: SaveAnswerInput): Promise<Row | null> {
  const { model, after, readable } = input;
  const stored = after.loaded.row;
  // The same row (a type with drafts has two; the save wrote the draft it read).
  if (stored.id !== input.shown.id) return null;
  const row: Row = { ...input.shown };
  for (const key of Object.keys(stored)) {
    const kind = kindOf(model, key);
    if (kind === 'scalar') row[key] = stored[key];
    else if (kind === 'toOne') {
      const id = asRow(stored[key])?.documentId;
      const target = model.attributes[key].target ?? '';
      // Unknown to the relation check (a rule set it): whether the user may read it is not known here.
      if (typeof id === 'string' && !readable.get(target)?.has(id) && asRow(input.shown[key])?.documentId !== id) return null;
      row[key] = stored[key];
    }
  }
  const structures = after.written.filter((key) => kindOf(model, key) === 'structure');
  if (structures.length > 0) {
    const read = await readStructures(input.strapi, input.actor, input.uid, input.documentId, model, input.lookup, structures);
    if (!read) return null;
    for (const key of structures) row[key] = read[key];
  }
  return shownAs(row, model, readable);
}
