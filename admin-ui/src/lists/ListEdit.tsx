// Edit and create forms of a list version: the generic schema form without the workflow's fields,
// which are also stripped from what is sent (the record read back carries snapshot and history).
import { Create, useResourceContext } from 'react-admin';
import { StaleAwareEdit } from '../errors';
import { useResourceSchema } from '../providers/useSession';
import { SchemaForm } from '../schema';
import { editableListSchema, withoutWorkflowFields } from './listFields';

export const ListEdit = () => {
  const schema = useResourceSchema(useResourceContext());
  if (!schema) return null;
  return (
    <StaleAwareEdit redirect="show" transform={withoutWorkflowFields}>
      <SchemaForm schema={editableListSchema(schema)} />
    </StaleAwareEdit>
  );
};

export const ListCreate = () => {
  const schema = useResourceSchema(useResourceContext());
  if (!schema) return null;
  return (
    // A new version starts as a draft; every later state is reached through a transition.
    <Create redirect="show" transform={(data: Record<string, unknown>) => ({ ...withoutWorkflowFields(data), state: 'draft' })}>
      <SchemaForm schema={editableListSchema(schema)} />
    </Create>
  );
};
