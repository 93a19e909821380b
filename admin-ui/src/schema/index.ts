// Low-code screens: lists, filters, forms and detail pages built from GET /console-api/schemas, so a
// field an administrator adds in Strapi's Content-Type Builder shows without console code.
export { SchemaList, SchemaListView, type SchemaListProps } from './SchemaList';
export { SchemaEdit } from './SchemaEdit';
export { SchemaCreate } from './SchemaCreate';
export { SchemaShow, SchemaShowLayout } from './SchemaShow';
export { SchemaForm } from './SchemaForm';
export { SchemaInput, NOT_EDITABLE, type SchemaInputProps } from './SchemaInput';
export { SchemaField, type SchemaFieldProps } from './SchemaField';
export { JsonInput } from './JsonInput';
export { useSchemaFilters } from './schemaFilters';
export { useEnumChoices, useEnumLabel, useFieldLabel } from './labels';
export { listColumns, filterSpecs, isSortable } from './fieldKinds';
export { recordLabel, representationField } from './representation';
