// Which fields of a list version staff may edit in a form. The workflow moves the state and writes
// the opinion, history, snapshot and publication date (Art. 13); a form that sent them back would
// either be refused or, worse, overwrite what the workflow recorded.
import type { RaRecord } from 'react-admin';
import { workflow } from '../../../config/src/console';
import type { ResourceSchema } from '../providers/types';

export const WORKFLOW_FIELDS = ['state', 'snapshot', 'history', 'itemCount', 'reviewOpinion', 'publicationDate', 'withdrawalReason'] as const;

const workflowField = (name: string): boolean => (WORKFLOW_FIELDS as readonly string[]).includes(name);

/** The schema without the workflow's fields, for the edit and create forms. */
export const editableListSchema = (schema: ResourceSchema): ResourceSchema => ({ ...schema, fields: schema.fields.filter((f) => !workflowField(f.name)) });

/** The schema without the frozen content (snapshot) and the history, for the details tab. */
export const detailListSchema = (schema: ResourceSchema): ResourceSchema => ({
  ...schema,
  fields: schema.fields.filter((f) => f.name !== 'snapshot' && f.name !== 'history'),
});

/** The form's data without the workflow's fields (the record read back carries them). */
export function withoutWorkflowFields<T extends Partial<RaRecord>>(data: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!workflowField(key)) out[key] = value;
  return out as T;
}

const EDITABLE_STATES = new Set(workflow.listStates.filter((s) => s.editable).map((s) => s.key));

/** Drafts and returned versions are edited; the others change only through transitions. */
export const isEditableState = (state: unknown): boolean => typeof state === 'string' && EDITABLE_STATES.has(state);
