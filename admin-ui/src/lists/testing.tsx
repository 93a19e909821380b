// Test kit of the workflow screens: react-admin's context with the console's catalogues (Chinese by
// default) and a fake workflow API. Used only by the *.test.tsx files beside it.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { WorkflowApiContext, type WorkflowApi } from './api';
import type { ListWorkflowView } from './parse';

export const workflowView = (overrides: Partial<ListWorkflowView> = {}): ListWorkflowView => ({
  id: 'l1',
  title: '锡林浩特市市场监督管理局权责清单（2026年版）',
  versionNumber: 1,
  state: 'draft',
  department: { id: 'd1', name: '锡林浩特市市场监督管理局', governmentName: '锡林浩特市' },
  publicationDate: null,
  actions: ['submit'],
  opinionRequired: [],
  history: [],
  itemCount: 12,
  underAdjustment: false,
  ...overrides,
});

export function fakeApi(overrides: Partial<WorkflowApi> = {}): WorkflowApi & { [K in keyof WorkflowApi]: jest.Mock } {
  return {
    workflow: jest.fn(async () => workflowView()),
    diff: jest.fn(async () => ({ against: null, added: [], removed: [], changed: [], unchanged: 0 })),
    transition: jest.fn(async () => ({ id: 'l1' })),
    reviewQueue: jest.fn(async () => ({ data: [] })),
    ...overrides,
  } as WorkflowApi & { [K in keyof WorkflowApi]: jest.Mock };
}

export function renderWithConsole(ui: ReactNode, api: WorkflowApi = fakeApi()) {
  return render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <WorkflowApiContext.Provider value={api}>{ui}</WorkflowApiContext.Provider>
    </AdminContext>,
  );
}
