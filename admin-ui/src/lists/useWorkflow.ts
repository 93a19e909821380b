// Loads a version's workflow view and its diff, and takes transitions: after a success both are
// read again (the state, the actions and the history have changed); a refusal is kept for display.
import { useCallback, useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { useWorkflowApi } from './api';
import { parseDiff, parseWorkflow, type ListAction, type ListDiff, type ListWorkflowView } from './parse';
import { transitionRefusal, type TransitionRefusal } from './refusal';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
}

export interface WorkflowState {
  workflow: Loaded<ListWorkflowView>;
  diff: Loaded<ListDiff>;
  busy: boolean;
  refusal: TransitionRefusal | null;
  clearRefusal: () => void;
  reload: () => void;
  /** Resolves true when the server took the transition. */
  transition: (action: ListAction, opinion?: string) => Promise<boolean>;
}

const initial = { data: null, loading: true, error: null };

export function useWorkflow(id: string | undefined): WorkflowState {
  const api = useWorkflowApi();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [attempt, setAttempt] = useState(0);
  const [workflow, setWorkflow] = useState<Loaded<ListWorkflowView>>(initial);
  const [diff, setDiff] = useState<Loaded<ListDiff>>(initial);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<TransitionRefusal | null>(null);

  useEffect(() => {
    if (!id) return;
    let current = true;
    setWorkflow((s) => ({ ...s, loading: true, error: null }));
    setDiff((s) => ({ ...s, loading: true, error: null }));
    api.workflow(id).then(
      (body) => {
        const data = parseWorkflow(body);
        if (current) setWorkflow({ data, loading: false, error: data ? null : new Error('malformed workflow view') });
      },
      (error: unknown) => {
        if (!current) return;
        setWorkflow({ data: null, loading: false, error });
        void logoutIfAccessDenied(error);
      },
    );
    api.diff(id).then(
      (body) => {
        const data = parseDiff(body);
        if (current) setDiff({ data, loading: false, error: data ? null : new Error('malformed diff') });
      },
      (error: unknown) => {
        if (current) setDiff({ data: null, loading: false, error });
      },
    );
    // A response arriving after the user left (or reloaded) must not overwrite newer state.
    return () => {
      current = false;
    };
  }, [api, id, attempt, logoutIfAccessDenied]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const clearRefusal = useCallback(() => setRefusal(null), []);

  const transition = useCallback(
    async (action: ListAction, opinion?: string): Promise<boolean> => {
      if (!id) return false;
      setBusy(true);
      setRefusal(null);
      try {
        await api.transition(id, action, opinion);
        setAttempt((n) => n + 1);
        return true;
      } catch (error) {
        setRefusal(transitionRefusal(error));
        void logoutIfAccessDenied(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, id, logoutIfAccessDenied],
  );

  return { workflow, diff, busy, refusal, clearRefusal, reload, transition };
}
