// Forms never send the workflow's fields back: snapshot and history are written by transitions only.
import type { ResourceSchema } from '../providers/types';
import { detailListSchema, editableListSchema, isEditableState, withoutWorkflowFields } from './listFields';

const field = (name: string, type = 'string') => ({ name, label: name, type, required: false, personal: false });
const schema: ResourceSchema = {
  name: 'responsibility-lists',
  uid: 'api::responsibility-list.responsibility-list',
  label: '权责清单版本',
  description: '',
  mainField: 'title',
  draftAndPublish: false,
  actions: [],
  fields: ['department', 'title', 'versionNumber', 'state', 'snapshot', 'history', 'itemCount', 'reviewOpinion', 'publicationDate', 'withdrawalReason'].map((n) => field(n)),
};

test('the form has only the fields staff compile', () => {
  expect(editableListSchema(schema).fields.map((f) => f.name)).toEqual(['department', 'title', 'versionNumber']);
});

test('the details tab leaves out the frozen content and the history (shown in their own tabs)', () => {
  expect(detailListSchema(schema).fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['snapshot', 'history']));
  expect(detailListSchema(schema).fields.map((f) => f.name)).toContain('reviewOpinion');
});

test('what is sent leaves out snapshot, history and the other workflow fields, keeping updatedAt', () => {
  const record = { id: 'l1', title: '清单', versionNumber: 1, department: 'd1', state: 'draft', snapshot: { items: [] }, history: [], itemCount: 3, reviewOpinion: null, updatedAt: '2026-01-01T00:00:00.000Z' };
  expect(withoutWorkflowFields(record)).toEqual({ id: 'l1', title: '清单', versionNumber: 1, department: 'd1', updatedAt: '2026-01-01T00:00:00.000Z' });
});

test('drafts and returned versions are editable, the rest change only by transitions', () => {
  expect(['draft', 'returned'].every(isEditableState)).toBe(true);
  expect(['submitted', 'legal-review', 'approved', 'published', 'superseded', 'withdrawn', undefined].some(isEditableState)).toBe(false);
});
