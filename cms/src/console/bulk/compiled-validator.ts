// Strapi's creation validator, built once per schema instead of once per row (issue 17: building
// it was most of a 5,000-row sheet's time, nanoclone copying yup schemas). The pieces are Strapi's
// own: the type validators of its entity validator (loaded from @strapi/core by path, as the
// package does not export them; absent, callers fall back to validateEntityCreation per row), the
// same required/nullable and default steps, run by Strapi's validateYupSchema (strict: false,
// abortEarly: false), so a row gets the same values and the same ValidationError as before. Only
// models where the built schema cannot depend on the row are compiled: no uid, blocks, media,
// component or dynamic zone attribute, no unique (checked set-based in unique.ts), no conditional
// visibility. Relation attributes are left out: rows reach the validator without relation values
// (resolved set-based in references.ts), for which Strapi's relation validator adds nothing.
import { dirname, join } from 'path';
import { contentTypes, validateYupSchema, yup } from '@strapi/utils';
import type { ModelLike } from '../../scope/populate';
import { isRow, type Row } from '../../util/row';

type TypeValidator = (metas: Row, options: { isDraft: boolean }) => yup.AnySchema;
/** The model as @strapi/utils reads it (getWritableAttributes). */
type UtilsModel = Parameters<typeof contentTypes.getWritableAttributes>[0];
type UtilsAttribute = UtilsModel['attributes'][string];

const ATTRIBUTE_TYPES: readonly string[] = ['relation', 'component', 'dynamiczone', 'string', 'text', 'richtext', 'integer', 'biginteger', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'enumeration', 'boolean', 'json', 'blocks', 'uid', 'password', 'email', 'media'];

/**
 * Whether `model` is Strapi's own model object (the importer's copies are: console/bulk/validate.ts
 * spreads it), carrying what getWritableAttributes reads: its kind, its uid and attributes of the
 * types @strapi/utils knows. Any other shape is validated row by row by Strapi instead.
 */
function isUtilsModel(model: ModelLike): model is ModelLike & UtilsModel {
  if (!('modelType' in model) || (model.modelType !== 'contentType' && model.modelType !== 'component')) return false;
  if (!('uid' in model) || typeof model.uid !== 'string') return false;
  return Object.values(model.attributes).every((attr): attr is UtilsAttribute & typeof attr => ATTRIBUTE_TYPES.includes(attr.type));
}
export type RowValidator = (data: Row) => Promise<unknown>;

const UNCOMPILED = ['uid', 'blocks', 'media', 'component', 'dynamiczone'];

let loaded: Record<string, TypeValidator> | null | undefined;

function typeValidators(): Record<string, TypeValidator> | null {
  if (loaded !== undefined) return loaded;
  try {
    const file = join(dirname(require.resolve('@strapi/core')), 'services', 'entity-validator', 'validators.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod: unknown = require(file);
    const validators = isRow(mod) ? mod.Validators : null;
    loaded = isRow(validators) ? (validators as Record<string, TypeValidator>) : null;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** A validator for rows of `model` (already without unique flags and relation values), or null when it must be built per row. */
export function compileCreationValidator(model: ModelLike, isDraft: boolean): RowValidator | null {
  const validators = typeValidators();
  if (!validators || !isUtilsModel(model)) return null;
  const shape: Record<string, yup.AnySchema> = {};
  for (const name of contentTypes.getWritableAttributes(model)) {
    const attr = model.attributes[name];
    if (!attr || attr.type === 'relation') continue;
    if (UNCOMPILED.includes(attr.type) || attr.unique === true || isRow((attr as { conditions?: unknown }).conditions)) return null;
    const metas: Row = { attr, model, updatedAttribute: { name, value: undefined }, data: {}, entity: undefined, componentContext: undefined };
    const build = validators[attr.type];
    const typed = build ? build(metas, { isDraft }) : yup.mixed();
    const required = !isDraft && attr.required === true ? typed.notNil() : typed.nullable();
    shape[name] = required.default(attr.default);
  }
  const run = validateYupSchema(yup.object().shape(shape).required(), { strict: false, abortEarly: false });
  return (data) => run(data);
}
