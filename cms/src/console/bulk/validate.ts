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
import { compileCreationValidator, type RowValidator } from './compiled-validator';
import { validateRuntimeCreation } from '../../store/document-input';
import { ownAttribute } from '../../util/model';

type ModelLookup = (uid: string) => ModelLike;

/** The data without relation values, at any depth of components. */
function withoutRelations(data: Row, model: ModelLike, lookup: ModelLookup): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(data)) {
    const attr = ownAttribute(model, key);
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

/** One validator per schema: compiled once when it can be (compiled-validator.ts), else Strapi's per call. */
function validatorCache(strapi: Core.Strapi, isDraft: boolean): (schema: ModelLike) => RowValidator {
  const compiled = new Map<ModelLike, RowValidator>();
  return (schema) => {
    const known = compiled.get(schema);
    if (known) return known;
    const made = compileCreationValidator(schema, isDraft)
      ?? ((data: Row) => validateRuntimeCreation(strapi, schema, data, { isDraft, strictRelations: false }));
    compiled.set(schema, made);
    return made;
  };
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
  const validatorOf = validatorCache(strapi, isDraft);
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
      const values: unknown = await validatorOf(schema)(data);
      c.values = asRow(values) ?? {};
    } catch (error) {
      const issues = issuesOf(error);
      if (issues) c.issues = issues;
      else c.failure = error instanceof Error ? error : new Error(String(error));
    }
  }
}

type ItemOutcome = { values: Row } | { issues: FieldIssue[] } | { failure: Error };

/** Whether a model's component attributes carry no constraint on the items as a whole (required, min, max). */
const componentsFree = (model: ModelLike): boolean =>
  Object.values(model.attributes).every((a) => a.type !== 'component' || (a.required !== true && a.min === undefined && a.max === undefined));

/**
 * As validateCandidates, with each component item validated on its own by Strapi's validator for
 * the component, each distinct item once: a sheet repeats the same responsibility steps and
 * accountability situations row after row, and building the validator of a whole record with a
 * dozen items is most of the cost of a large sheet (about 20 ms a row). The checks are Strapi's
 * own, item by item, with the item's path under its attribute; only a model whose component
 * attributes constrain nothing as a whole (required, min, max) is validated this way.
 */
export async function validateCandidatesByParts(strapi: Core.Strapi, model: ModelLike, lookup: ModelLookup, rows: readonly Candidate[], isDraft: boolean, uid?: string): Promise<void> {
  if (!componentsFree(model)) return validateCandidates(strapi, model, lookup, rows, isDraft, uid);
  const componentKeys = Object.entries(model.attributes).filter(([, a]) => a.type === 'component' && a.component).map(([key]) => key);
  const scalarModel: ModelLike = { ...model, attributes: Object.fromEntries(Object.entries(model.attributes).filter(([key]) => !componentKeys.includes(key))) };
  const schemas = new Map<string, ModelLike>();
  const memo = new Map<string, ItemOutcome>();
  const validatorOf = validatorCache(strapi, isDraft);
  const validate = async (schema: ModelLike, data: Row): Promise<ItemOutcome> => {
    try {
      return { values: asRow(await validatorOf(schema)(data)) ?? {} };
    } catch (error) {
      const issues = issuesOf(error);
      return issues ? { issues } : { failure: error instanceof Error ? error : new Error(String(error)) };
    }
  };
  for (const c of rows) {
    // JSON caps first, as validateCandidates (and the document service) do.
    const tooLarge = uid ? jsonCapProblems(uid, c.data, (u) => (u === uid ? model : lookup(u))) : [];
    if (tooLarge.length > 0) {
      c.failure = jsonCapError(tooLarge);
      continue;
    }
    const data = withoutRelations(c.data, model, lookup);
    const top = Object.fromEntries(Object.entries(data).filter(([key]) => !componentKeys.includes(key)));
    const fields = Object.keys(top).filter((k) => top[k] !== undefined).sort().join(',');
    const schema = schemas.get(fields) ?? schemaFor(scalarModel, top);
    schemas.set(fields, schema);
    const outcome = await validate(schema, top);
    if ('failure' in outcome) {
      c.failure = outcome.failure;
      continue;
    }
    const issues: FieldIssue[] = 'issues' in outcome ? [...outcome.issues] : [];
    const values: Row = 'values' in outcome ? { ...outcome.values } : {};
    for (const key of componentKeys) {
      const value = data[key];
      if (value === undefined) continue;
      const attr = model.attributes[key];
      const repeatable = attr.repeatable === true;
      const items = repeatable ? (Array.isArray(value) ? value : []) : value === null ? [] : [value];
      const component = lookup(attr.component ?? '');
      const out: Row[] = [];
      for (const [position, item] of items.entries()) {
        const itemData = isRow(item) ? item : {};
        const memoKey = `${attr.component}\u0000${JSON.stringify(itemData)}`;
        const itemFields = `${attr.component}\u0000${Object.keys(itemData).filter((k) => itemData[k] !== undefined).sort().join(',')}`;
        const itemSchema = schemas.get(itemFields) ?? schemaFor(component, itemData);
        schemas.set(itemFields, itemSchema);
        const result = memo.get(memoKey) ?? (await validate(itemSchema, itemData));
        memo.set(memoKey, result);
        if ('failure' in result) c.failure ??= result.failure;
        else if ('issues' in result) issues.push(...result.issues.map((i) => ({ ...i, path: [key, ...(repeatable ? [position] : []), ...i.path] })));
        else out.push({ ...result.values });
      }
      values[key] = repeatable ? out : out[0] ?? null;
    }
    if (c.failure) continue;
    if (issues.length > 0) c.issues = issues;
    else c.values = values;
  }
}
