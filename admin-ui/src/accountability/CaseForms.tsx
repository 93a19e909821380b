// Create and edit of a case: the generic schema form without what the server writes or what the
// case page's steps set (state, timeline, escalation link, correction, exemption), so the form
// carries the case itself — subject, finding, measure, basis, deadline. A new case opens "open" and
// lands on its page.
import { Create, useResourceContext } from 'react-admin';
import { StaleAwareEdit } from '../errors';
import type { ResourceSchema } from '../providers/types';
import { useResourceSchema } from '../providers/useSession';
import { SchemaForm } from '../schema';

/** Set through the case page's steps (Art. 27, 29) or by the server, never typed into the form. */
export const STEP_FIELDS = ['title', 'state', 'history', 'escalatedFrom', 'correctedAt', 'exemptionChecklist', 'exemptionDecision'];

export const caseFormSchema = (schema: ResourceSchema): ResourceSchema => ({ ...schema, fields: schema.fields.filter((f) => !STEP_FIELDS.includes(f.name)) });

export const CaseCreate = () => {
  const schema = useResourceSchema(useResourceContext());
  if (!schema) return null;
  return (
    <Create redirect="show">
      <SchemaForm schema={caseFormSchema(schema)} defaultValues={{ state: 'open' }} />
    </Create>
  );
};

export const CaseEdit = () => {
  const schema = useResourceSchema(useResourceContext());
  if (!schema) return null;
  return (
    <StaleAwareEdit redirect="show">
      <SchemaForm schema={caseFormSchema(schema)} />
    </StaleAwareEdit>
  );
};
