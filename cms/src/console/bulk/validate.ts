// Strapi's own attribute validation (required, enum, regex, min/max, length, defaults), by Strapi's
// entity validator, row by row in memory: the same checks and messages as the document service's
// create. Two things are left out because the import does them set-based: unique values (one
// query per field for all rows, see unique.ts, instead of one lookup per row) and the existence of
// relations (resolved for all rows in references.ts).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ModelLike } from '../../scope/populate';
import { asRow, isRow, rowsOf, type Row } from '../../util/row';
import type { Candidate, FieldIssue } from './types';
import { jsonCapError, jsonCapProblems } from '../../guards/json-caps';

type ModelLookup = (uid: string) => ModelLike;

/** The data without relation values, at any depth of components. */
function withoutRelations(data: Row, model: ModelLike, lookup: ModelLookup): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(data)) {
    const attr = Object.prototype.hasOwnProperty.call(model.attributes, key) ? model.attributes[key] : undefined;
    if (attr?.type === 'relation') continue;
    if (attr?.type === 'component' && attr.component && value !== null) {
      const component = lookup(attr.component);
      out[key] = Array.isArray(value) ? value.map((v) => (isRow(v) ? withoutRelations(v, component, lookup) : v)) : isRow(value) ? withoutRelations(value, component, lookup) : value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The content type as the validator sees it for rows with these fields: without the per-row unique
 * lookup of top-level attributes, and without the attributes a row leaves out that are neither
 * required nor defaulted nor components. For those Strapi's validator builds a schema that passes
 * `undefined` and adds nothing to the values, so leaving them out changes no outcome; building it
 * is most of the validator's cost per row.
 */
function schemaFor(model: ModelLike, data: Row): ModelLike {
  const attributes = Object.fromEntries(Object.entries(model.attributes)
    .filter(([key, a]) => data[key] !== undefined || a.required === true || a.default !== undefined || a.type === 'component')
    .map(([key, a]) => [key, a.unique ? { ...a, unique: false } : a]));
  return { ...model, attributes };
}

const issuesOf = (error: unknown): FieldIssue[] | null => {
  if (!(error instanceof errors.ValidationError)) return null;
  const list = rowsOf(asRow(error.details)?.errors);
  if (list.length === 0) return null;
  return list.map((e) => ({ path: Array.isArray(e.path) ? (e.path as (string | number)[]) : [], message: String(e.message ?? ''), name: String(e.name ?? 'ValidationError'), value: e.value }));
};

/** Validates each row's data; sets `values` of rows that pass and `issues` of rows that do not. */
export async function validateCandidates(strapi: Core.Strapi, model: ModelLike, lookup: ModelLookup, rows: readonly Candidate[], isDraft: boolean, uid?: string): Promise<void> {
  // Rows of a sheet share their columns: one schema model per set of fields.
  const schemas = new Map<string, ModelLike>();
  for (const c of rows) {
    const data = withoutRelations(c.data, model, lookup);
    const fields = Object.keys(data).filter((k) => data[k] !== undefined).sort().join(',');
    const schema = schemas.get(fields) ?? schemaFor(model, data);
    schemas.set(fields, schema);
    // JSON attributes over their cap (cms/src/guards/json-caps.ts): the refusal the document
    // service raises first on the row-by-row path, so the row fails with the same code and fields.
    const tooLarge = uid ? jsonCapProblems(uid, c.data, (u) => (u === uid ? model : lookup(u))) : [];
    if (tooLarge.length > 0) {
      c.failure = jsonCapError(tooLarge);
      continue;
    }
    try {
      const values: unknown = await strapi.entityValidator.validateEntityCreation(schema as never, data as never, { isDraft, strictRelations: false });
      c.values = asRow(values) ?? {};
    } catch (error) {
      const issues = issuesOf(error);
      if (issues) c.issues = issues;
      else c.failure = error instanceof Error ? error : new Error(String(error));
    }
  }
}
