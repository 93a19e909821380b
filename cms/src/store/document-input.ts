// The shapes Strapi's generated typings (cms/types/generated) give a content type's data, and the
// one place where data assembled at run time meets them. A power copied from a catalogue item, an
// account read from a request, stored component rows written back (their empty attributes are null,
// which the generated Input does not allow) are plain records whose keys come from the schema, the
// body or the database: no static type can describe them, and Strapi's own validator checks them on
// write (ValidationError, a 400). Data written as literals is typed by the generated Input (issue 16).
import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import type { ModelLike } from '../util/model';
import type { Row } from '../util/row';
import { modelOf } from './snapshot';

export type DocumentInput<T extends UID.ContentType> = Modules.Documents.Params.Data.Input<T>;

/** A value the generated typings allow for one attribute, e.g. a list's `state` (its enumeration). */
export type AttributeValue<T extends UID.ContentType, K extends keyof DocumentInput<T>> = NonNullable<DocumentInput<T>[K]>;

/** Data built at run time for the content type T, handed to Strapi's validator as its generated Input. */
export const runtimeInput = <T extends UID.ContentType>(data: Row): DocumentInput<T> => data as DocumentInput<T>;

/**
 * Some attributes of T whose values are built at run time, spread into data whose other attributes
 * are literals the generated Input checks: a JSON attribute holding a sheet's rows (a department's
 * batch, `batchRows`), whose cells are whatever the request body carried.
 */
export const runtimeAttributes = <T extends UID.ContentType>(data: Row): Partial<DocumentInput<T>> => data as Partial<DocumentInput<T>>;

type CreationOptions = { isDraft: boolean; strictRelations: boolean };

/**
 * Strapi's creation validator over a schema and a row both assembled at run time: the importer's
 * copy of a content type's schema (unique flags off, attributes the row leaves out dropped:
 * console/bulk/validate.ts) and a sheet's row. The copy is Strapi's own model object with fewer
 * attributes, which is all the validator reads of it; its generated type names one content type's
 * attributes, which a copy made for any of them cannot carry.
 */
export const validateRuntimeCreation = (strapi: Core.Strapi, schema: ModelLike, data: Row, options: CreationOptions): Promise<unknown> =>
  strapi.entityValidator.validateEntityCreation(schema as Schema.ContentType, data as Modules.EntityService.Params.Data.Input<UID.ContentType>, options);

/**
 * The configured words (config/*.json, validated as plain strings) that are values of an
 * enumeration attribute, typed as the generated typings type that attribute. Strapi's schema is
 * the judge: a word it does not list is left out, as the database would refuse it.
 */
export function enumerationValues<T extends UID.ContentType, K extends keyof DocumentInput<T> & string>(strapi: Core.Strapi, uid: T, attribute: K, words: readonly string[]): Extract<AttributeValue<T, K>, string>[] {
  const listed: readonly string[] = modelOf(strapi, uid).attributes[attribute]?.enum ?? [];
  return words.filter((word): word is Extract<AttributeValue<T, K>, string> => listed.includes(word));
}

type Selection<T extends UID.ContentType> = {
  fields: Modules.Documents.Params.Fields.Any<T>;
  populate: Modules.Documents.Params.Populate.Any<T>;
};

/**
 * What a read selects when the fields and the populate clause are built at run time from the
 * schema (the console's generic reads, records.ts): names the generated typings could only check
 * for a content type and attributes written in the code.
 */
export const runtimeSelection = <T extends UID.ContentType>(fields: string[], populate: Row): Selection<T> =>
  ({ fields: fields as Selection<T>['fields'], populate: populate as Selection<T>['populate'] });
