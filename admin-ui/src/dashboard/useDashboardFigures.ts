// Loads GET /console-api/dashboard with the signed-in user's token (the providers' httpClient).
// A refused token signs the user out, as every other console request does.
import { useCallback, useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../providers/httpClient';
import { parseDashboard, type DashboardFigures } from './types';

export const DASHBOARD_URL = '/console-api/dashboard';

export type LoadDashboard = () => Promise<unknown>;

const loadFromServer: LoadDashboard = async () => (await httpClient(DASHBOARD_URL)).json;

export interface DashboardState {
  figures: DashboardFigures | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

export function useDashboardFigures(load: LoadDashboard = loadFromServer): DashboardState {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<DashboardState, 'reload'>>({ figures: null, loading: true, error: null });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load()
      .then((body) => {
        const figures = parseDashboard(body);
        if (current) setState({ figures, loading: false, error: figures ? null : new Error('malformed dashboard') });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState({ figures: null, loading: false, error });
        void logoutIfAccessDenied(error);
      });
    // A response that arrives after the user left (or reloaded) must not overwrite newer state.
    return () => {
      current = false;
    };
  }, [load, attempt, logoutIfAccessDenied]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
