// fetchJson with the users-permissions JWT of the signed-in user, as the console API expects.
import { fetchUtils } from 'ra-core';
import { session } from './storage';

export type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

export function createHttpClient(getToken: () => string | null): HttpClient {
  return (url, options = {}) => {
    const token = getToken();
    return fetchUtils.fetchJson(url, token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options);
  };
}

export const httpClient: HttpClient = createHttpClient(() => session.token());
