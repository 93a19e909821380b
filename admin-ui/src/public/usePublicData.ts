// Reads one public API URL with no sign-in. The browser's HTTP cache keeps the server's ETag and
// revalidates with If-None-Match, so returning to a page costs a 304, not the body.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';

export class PublicHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export type PublicFetch = (url: string) => Promise<unknown>;

export const fetchPublic: PublicFetch = async (url) => {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new PublicHttpError(response.status);
  return response.json();
};

/** Tests replace the network here. */
export const PublicFetchContext = createContext<PublicFetch>(fetchPublic);

export interface PublicData<T> {
  data: T | null;
  loading: boolean;
  /** 'not-found' for a 404 (no longer published), 'failed' for anything else. */
  error: 'not-found' | 'failed' | null;
  reload: () => void;
}

export function usePublicData<T>(url: string | null, parse: (body: unknown) => T | null): PublicData<T> {
  const load = useContext(PublicFetchContext);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<PublicData<T>, 'reload'>>({ data: null, loading: url !== null, error: null });
  useEffect(() => {
    if (url === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load(url).then(
      (body) => {
        if (!current) return;
        const data = parse(body);
        setState({ data, loading: false, error: data === null ? 'failed' : null });
      },
      (error: unknown) => {
        if (current) setState({ data: null, loading: false, error: error instanceof PublicHttpError && error.status === 404 ? 'not-found' : 'failed' });
      },
    );
    // A slow answer to an older search must not replace the newer one.
    return () => {
      current = false;
    };
  }, [url, parse, load, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
