// The workflow endpoints of the console API, behind an interface so that screens can be tested
// against a fake: the default talks to the server with the signed-in user's token.
import { createContext, useContext } from 'react';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import type { ListAction } from './parse';

export interface WorkflowApi {
  /** GET /console-api/responsibility-lists/:id/workflow */
  workflow(id: string): Promise<unknown>;
  /** GET /console-api/responsibility-lists/:id/diff */
  diff(id: string): Promise<unknown>;
  /** POST /console-api/responsibility-lists/:id/transition; rejects with the server's HttpError. */
  transition(id: string, action: ListAction, opinion?: string): Promise<unknown>;
  /** GET /console-api/review-queue */
  reviewQueue(): Promise<unknown>;
}

const listUrl = (id: string, tail: string): string => `${API_URL}/responsibility-lists/${encodeURIComponent(id)}/${tail}`;

export const serverWorkflowApi: WorkflowApi = {
  workflow: async (id) => (await httpClient(listUrl(id, 'workflow'))).json,
  diff: async (id) => (await httpClient(listUrl(id, 'diff'))).json,
  transition: async (id, action, opinion) =>
    (await httpClient(listUrl(id, 'transition'), { method: 'POST', body: JSON.stringify(opinion === undefined ? { action } : { action, opinion }) })).json,
  reviewQueue: async () => (await httpClient(`${API_URL}/review-queue`)).json,
};

export const WorkflowApiContext = createContext<WorkflowApi>(serverWorkflowApi);
export const useWorkflowApi = (): WorkflowApi => useContext(WorkflowApiContext);
