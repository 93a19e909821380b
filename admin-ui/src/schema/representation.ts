// Which field names a record in links, pickers and titles (issue 14, point 7: names, never a code
// such as SC-JC-001, a bare grade or a record id). A name-like field wins over the configured
// main field (Strapi's default is the first text attribute, e.g. a power's code); without one, a
// record is named from what it holds (a case by its finding, an assessment by year and grade).
import type { FieldSchema, ResourceSchema } from '../providers/types';

/** Fields that name a record, in order of preference. */
const NAME_FIELDS = ['name', 'title', 'caseNumber', 'proposedName', 'basisTitle'];
/** Fields that identify but do not name: never a record's representation on their own. */
const NOT_NAMES = ['code', 'grade', 'documentId', 'id'];
/** Long texts that describe a record whose type has no name field, in order of preference. */
const DESCRIPTIONS = ['finding', 'reason', 'summary', 'content', 'comment'];
const MAX_LABEL = 30;

const hasString = (schema: ResourceSchema, name: string): boolean => schema.fields.some((f) => f.name === name && f.type === 'string');

export function representationField(schema: ResourceSchema | undefined): string {
  if (!schema) return 'id';
  const named = NAME_FIELDS.find((n) => hasString(schema, n));
  if (named) return named;
  if (!NOT_NAMES.includes(schema.mainField) && schema.fields.some((f) => f.name === schema.mainField && !f.personal)) return schema.mainField;
  const usable = (f: FieldSchema) => f.type === 'string' && !f.personal && !NOT_NAMES.includes(f.name);
  const text = schema.fields.find((f) => usable(f) && f.required) ?? schema.fields.find(usable);
  return text?.name ?? 'id';
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const shorten = (text: string): string => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL)}…` : text);
const textOf = (record: Record<string, unknown>, field: string): string => {
  const value = record[field];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

/** A function naming a record of `schema` in words; `translate` gives the texts of app.representation.*. */
export function recordLabel(schema: ResourceSchema | undefined, translate: Translate): (record: Record<string, unknown> | undefined) => string {
  const field = representationField(schema);
  const names = schema?.fields.map((f) => f.name) ?? [];
  return (record) => {
    if (!record) return '';
    const own = field === 'id' ? '' : textOf(record, field);
    // A name is shown whole (pickers are searched by it); only descriptions are shortened.
    if (own) return own;
    if (names.includes('grade') && names.includes('year')) {
      return translate('app.representation.assessment', { year: textOf(record, 'year'), grade: textOf(record, 'grade') || translate('app.representation.no_grade') });
    }
    if (names.includes('rating') && names.includes('year')) return translate('app.representation.rating', { year: textOf(record, 'year'), rating: textOf(record, 'rating') });
    const description = DESCRIPTIONS.map((d) => textOf(record, d)).find((t) => t !== '');
    return description ? shorten(description) : translate('app.representation.untitled');
  };
}
