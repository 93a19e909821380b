// The detail page: every field of the schema, personal information in full (the server logs the read).
import { DateField, EditButton, Labeled, Show, SimpleShowLayout, TopToolbar, useLocaleState, useResourceContext } from 'react-admin';
import type { ResourceSchema } from '../providers/types';
import { useResourceSchema } from '../providers/useSession';
import { useFieldLabel } from './labels';
import { SchemaField } from './SchemaField';
import { NOT_EDITABLE } from './SchemaInput';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const SchemaShowLayout = ({ schema }: { schema: ResourceSchema }) => {
  const fieldLabel = useFieldLabel(schema.name);
  const [locale] = useLocaleState();
  return (
    <SimpleShowLayout>
      {schema.fields
        .filter((field) => !NOT_EDITABLE.includes(field.type) && field.type !== 'password')
        .map((field) => (
          <Labeled key={field.name} label={fieldLabel(field.name, field.label)} fullWidth>
            <SchemaField resource={schema.name} field={field} path={field.name} source={field.name} />
          </Labeled>
        ))}
      <Labeled label={fieldLabel('updatedAt', '更新时间')}>
        <DateField source="updatedAt" showTime locales={locale === 'zh' ? 'zh-CN' : locale} />
      </Labeled>
    </SimpleShowLayout>
  );
};

export const SchemaShow = () => {
  const resource = useResourceContext();
  const schema = useResourceSchema(resource);
  if (!schema) return null;
  return (
    <Show actions={<ShowActions />}>
      <SchemaShowLayout schema={schema} />
    </Show>
  );
};
