// The publishing workflow of responsibility lists (Art. 13): the workflow screen with its actions,
// history and diff, the edit forms without the workflow's fields, and the review queue.
import { ListCreate, ListEdit } from './ListEdit';
import { ListShow } from './ListShow';

export const responsibilityLists = { show: ListShow, edit: ListEdit, create: ListCreate, rowClick: 'show' as const };
export { ListShow, ListEdit, ListCreate };
export { ReviewQueue, REVIEW_QUEUE_PATH } from './ReviewQueue';
export { ActionButtons } from './ActionButtons';
export { DiffView } from './DiffView';
export { WorkflowApiContext, serverWorkflowApi, type WorkflowApi } from './api';
