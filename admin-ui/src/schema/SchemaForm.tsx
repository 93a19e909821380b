// The form shared by create and edit: one input per editable field of the schema.
import { SimpleForm, type SimpleFormProps } from 'react-admin';
import type { ResourceSchema } from '../providers/types';
import { NOT_EDITABLE, SchemaInput } from './SchemaInput';

export const SchemaForm = ({ schema, ...props }: { schema: ResourceSchema } & Omit<SimpleFormProps, 'children'>) => (
  // Empty inputs become null (edit) or are left out (create), never '' that the server would refuse.
  // Leaving with unsaved changes asks first (needs the data router of main.tsx).
  <SimpleForm sanitizeEmptyValues warnWhenUnsavedChanges {...props}>
    {schema.fields
      .filter((field) => !NOT_EDITABLE.includes(field.type))
      .map((field) => (
        <SchemaInput key={field.name} resource={schema.name} field={field} path={field.name} source={field.name} />
      ))}
  </SimpleForm>
);
