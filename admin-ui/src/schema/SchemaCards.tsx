// The generic list at phone width (issue 14 point 10): one card per record (react-admin's
// SimpleList) instead of a table wider than the screen: the record's name, then its next two
// short fields in words, the row leading where a click on the table row would.
import { SimpleList } from 'react-admin';
import type { FieldSchema, ResourceSchema } from '../providers/types';
import { representationField } from './representation';
import { SchemaField } from './SchemaField';

export const SchemaCards = ({ schema, columns, linkType }: { schema: ResourceSchema; columns: FieldSchema[]; linkType: 'show' | 'edit' | false }) => {
  // A name reads better than a code (SC-JC-001) as a card's first line (issue 14 point 7).
  const main = ['name', 'title'].find((n) => schema.fields.some((f) => f.name === n && f.type === 'string')) ?? representationField(schema);
  const [second, third] = columns.filter((f) => f.name !== main && f.type !== 'relation' && !f.many);
  const mainField = schema.fields.find((f) => f.name === main);
  return (
    <SimpleList
      className="schema-cards"
      linkType={linkType}
      primaryText={mainField ? <SchemaField resource={schema.name} field={mainField} path={main} source={main} /> : undefined}
      secondaryText={second ? <SchemaField resource={schema.name} field={second} path={second.name} source={second.name} /> : undefined}
      tertiaryText={third ? <SchemaField resource={schema.name} field={third} path={third.name} source={third.name} /> : undefined}
    />
  );
};
