// fetchJson with the users-permissions JWT of the signed-in user, as the console API expects.
import { fetchUtils } from 'ra-core';
import { session } from './storage';

export type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

/** `onServed` is told when the server answered a signed-in request: the session's idle clock restarted. */
export function createHttpClient(getToken: () => string | null, onServed?: () => void): HttpClient {
  return async (url, options = {}) => {
    const token = getToken();
    const result = await fetchUtils.fetchJson(url, token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options);
    if (token) onServed?.();
    return result;
  };
}

export const httpClient: HttpClient = createHttpClient(() => session.token(), () => session.touch());
