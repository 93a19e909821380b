// Mapping between stored documents and console records: `id` is the documentId, relations are
// documentIds, components are nested objects. Inverse sides of relations (a department's powers)
// are left to filtered lists, so a record never drags thousands of rows along.
import type { AttributeLike, ModelLike, ModelLookup } from '../scope/populate';
import { mask } from '../util/mask';
import { asRow, isRow, rowsOf, type Row } from '../util/row';
import { BULK_FIELDS, columnFields } from '../util/columns';

/** Strapi's bookkeeping attributes: never shown, compared or written by the console. */
export const CONSOLE_INTERNAL: ReadonlySet<string> = new Set(['createdBy', 'updatedBy', 'localizations', 'locale']);
/** The columns a console record reads, for the document service's `fields` (bulk fields stay out). */
export const consoleFields = (model: ModelLike): string[] => ['publishedAt', ...columnFields(model, new Set([...CONSOLE_INTERNAL, 'publishedAt']))];
const TO_MANY = ['oneToMany', 'manyToMany'];

/** Personal information: our own private attributes (Strapi marks its bookkeeping fields private too). */
export const hasPersonalInformation = (model: ModelLike): boolean =>
  Object.entries(model.attributes).some(([key, a]) => a.private && !CONSOLE_INTERNAL.has(key));

const isOwnedRelation = (a: AttributeLike): boolean => a.type === 'relation' && !a.mappedBy && !!a.target;

/** The populate clause that loads what a console record shows; `embed` limits the top level's components. */
export function consolePopulate(model: ModelLike, lookup: ModelLookup, embed: string[] | null = null): Row {
  const populate: Row = {};
  for (const [key, attr] of Object.entries(model.attributes)) {
    if (CONSOLE_INTERNAL.has(key)) continue;
    if (isOwnedRelation(attr)) populate[key] = { fields: ['documentId'] };
    if (attr.type === 'component' && attr.component && (embed === null || embed.includes(key))) {
      const component = lookup(attr.component);
      const inner = component ? consolePopulate(component, lookup) : {};
      populate[key] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}


export interface RecordOptions {
  /** Personal information (private attributes) is masked in lists and shown in full on a single read. */
  privateFields: 'mask' | 'show';
}

export function toRecord(row: Row, model: ModelLike, lookup: ModelLookup, options: RecordOptions, top = true): Row {
  const out: Row = top ? { id: row.documentId } : {};
  for (const [key, attr] of Object.entries(model.attributes)) {
    if (CONSOLE_INTERNAL.has(key) || BULK_FIELDS.has(key) || !(key in row)) continue;
    const value = row[key];
    if (attr.type === 'relation') {
      if (attr.mappedBy) continue;
      out[key] = TO_MANY.includes(attr.relation ?? '') ? rowsOf(value).map((r) => r.documentId) : asRow(value)?.documentId ?? null;
    } else if (attr.type === 'component' && attr.component) {
      const component = lookup(attr.component);
      if (!component) continue;
      out[key] = attr.repeatable ? rowsOf(value).map((c) => toRecord(c, component, lookup, options, false)) : isRow(value) ? toRecord(value, component, lookup, options, false) : null;
    } else if (attr.private) {
      out[key] = typeof value === 'string' && options.privateFields === 'mask' ? mask(value) : value;
    } else {
      out[key] = value instanceof Date ? value.toISOString() : value;
    }
  }
  if (top) {
    for (const key of ['createdAt', 'updatedAt', 'publishedAt']) if (key in row) out[key] = row[key] instanceof Date ? (row[key] as Date).toISOString() : row[key];
  }
  return out;
}
