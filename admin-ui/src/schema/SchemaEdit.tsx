import { useResourceContext } from 'react-admin';
import { StaleAwareEdit } from '../errors';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaForm } from './SchemaForm';

export const SchemaEdit = () => {
  const resource = useResourceContext();
  const schema = useResourceSchema(resource);
  const can = useCan();
  if (!schema) return null;
  return (
    <StaleAwareEdit redirect={can(schema.name, 'list') ? 'list' : false}>
      <SchemaForm schema={schema} />
    </StaleAwareEdit>
  );
};
