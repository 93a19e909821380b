import { Create, useResourceContext, type RedirectionSideEffect } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaForm } from './SchemaForm';

export const SchemaCreate = () => {
  const resource = useResourceContext();
  const schema = useResourceSchema(resource);
  const can = useCan();
  if (!schema) return null;
  // Report-only roles (e.g. 干预执法记录 for editors) cannot open what they filed: back to the dashboard.
  const redirect: RedirectionSideEffect = can(schema.name, 'edit') ? 'edit' : can(schema.name, 'show') ? 'show' : can(schema.name, 'list') ? 'list' : () => '/';
  return (
    <Create redirect={redirect}>
      <SchemaForm schema={schema} />
    </Create>
  );
};
