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

interface YupChain {
  nullable(): YupChain;
  notNil(): YupChain;
  default(value: unknown): YupChain;
}
type TypeValidator = (metas: Row, options: { isDraft: boolean }) => YupChain;
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
  if (!validators) return null;
  const shape: Record<string, YupChain> = {};
  for (const name of contentTypes.getWritableAttributes(model as never)) {
    const attr = model.attributes[name];
    if (!attr || attr.type === 'relation') continue;
    if (UNCOMPILED.includes(attr.type) || attr.unique === true || isRow((attr as { conditions?: unknown }).conditions)) return null;
    const metas: Row = { attr, model, updatedAttribute: { name, value: undefined }, data: {}, entity: undefined, componentContext: undefined };
    const build = validators[attr.type];
    const typed = build ? build(metas, { isDraft }) : (yup.mixed() as unknown as YupChain);
    const required = !isDraft && attr.required === true ? typed.notNil() : typed.nullable();
    shape[name] = required.default(attr.default);
  }
  const run = validateYupSchema(yup.object().shape(shape as never).required(), { strict: false, abortEarly: false });
  return (data) => run(data);
}
