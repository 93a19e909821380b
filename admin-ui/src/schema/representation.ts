// Which field names a record in links, pickers and titles. Strapi's default mainField is
// 'documentId', which console records do not carry (their `id` is the documentId), so fall back
// to the first required text field, then to the id.
import type { ResourceSchema } from '../providers/types';

export function representationField(schema: ResourceSchema | undefined): string {
  if (!schema) return 'id';
  if (schema.fields.some((f) => f.name === schema.mainField)) return schema.mainField;
  const text = schema.fields.find((f) => f.type === 'string' && f.required && !f.personal) ?? schema.fields.find((f) => f.type === 'string' && !f.personal);
  return text?.name ?? 'id';
}
