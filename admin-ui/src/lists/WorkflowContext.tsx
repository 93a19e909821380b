// One load of the workflow view and diff per screen, shared by its tabs.
import { createContext, useContext, type ReactNode } from 'react';
import { useWorkflow, type WorkflowState } from './useWorkflow';

const WorkflowContext = createContext<WorkflowState | null>(null);

export const WorkflowProvider = ({ id, children }: { id: string | undefined; children: ReactNode }) => (
  <WorkflowContext.Provider value={useWorkflow(id)}>{children}</WorkflowContext.Provider>
);

export function useWorkflowState(): WorkflowState {
  const state = useContext(WorkflowContext);
  if (!state) throw new Error('useWorkflowState outside <WorkflowProvider>');
  return state;
}
