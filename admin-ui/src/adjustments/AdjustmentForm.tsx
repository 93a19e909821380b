// The request form of a power adjustment (Art. 11), for create and for editing a draft: what the
// department asks for, the fields of the chosen kind only; the decision is the reviewer's, on the
// show page. Saving lands on the show page, where the request is submitted.
import { useMemo } from 'react';
import { Create, FormDataConsumer, SimpleForm } from 'react-admin';
import { StaleAwareEdit } from '../errors';
import type { ResourceSchema } from '../providers/types';
import { useResourceSchema } from '../providers/useSession';
import { SchemaInput } from '../schema';
import { requestData, requestFields } from './requestFields';

const RequestInputs = ({ schema }: { schema: ResourceSchema }) => (
  <FormDataConsumer>
    {({ formData }) =>
      requestFields(schema.fields, (formData as Record<string, unknown>).kind).map((field) => (
        <SchemaInput key={field.name} resource={schema.name} field={field} path={field.name} source={field.name} />
      ))
    }
  </FormDataConsumer>
);

const useRequestSchema = () => {
  const schema = useResourceSchema('power-adjustments');
  const transform = useMemo(() => (data: Record<string, unknown>) => requestData(data, schema?.fields ?? []), [schema]);
  return { schema, transform };
};

export const AdjustmentCreate = () => {
  const { schema, transform } = useRequestSchema();
  if (!schema) return null;
  return (
    <Create redirect="show" mutationMode="pessimistic" transform={transform}>
      <SimpleForm sanitizeEmptyValues warnWhenUnsavedChanges>
        <RequestInputs schema={schema} />
      </SimpleForm>
    </Create>
  );
};

export const AdjustmentEdit = () => {
  const { schema, transform } = useRequestSchema();
  if (!schema) return null;
  return (
    <StaleAwareEdit redirect="show" transform={transform}>
      <SimpleForm sanitizeEmptyValues warnWhenUnsavedChanges>
        <RequestInputs schema={schema} />
      </SimpleForm>
    </StaleAwareEdit>
  );
};
