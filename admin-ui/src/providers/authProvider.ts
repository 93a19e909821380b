// Sign-in with the users-permissions accounts (POST /api/auth/local), then the console's view of the
// user (/console-api/me: organisation, tier, permissions) and the schemas the screens are built from.
import { HttpError, type AuthProvider, type UserIdentity } from 'ra-core';
import { canAccess } from './canAccess';
import { httpClient as defaultHttpClient, type HttpClient } from './httpClient';
import { session as defaultSession, type SessionStore } from './storage';
import { isObject, parseMe, type ConsolePermissions } from './types';

export interface ConsoleIdentity extends UserIdentity {
  fullName: string;
  organisation: string;
  tier: string;
  role: string;
  roleName: string;
}

export interface AuthProviderOptions {
  httpClient?: HttpClient;
  session?: SessionStore;
  /** The profile read at sign-in is fresh; getPermissions re-reads it only when older than this. */
  refreshAfterMs?: number;
}

const statusOf = (error: unknown): number | undefined =>
  isObject(error) && typeof error.status === 'number' ? error.status : undefined;

/** react-admin's AuthProvider with the optional methods this console always has. */
export type ConsoleAuthProvider = AuthProvider & {
  getIdentity(): Promise<ConsoleIdentity>;
  getPermissions(params?: unknown): Promise<ConsolePermissions>;
  canAccess(params: { resource: string; action: string }): Promise<boolean>;
};

export function createAuthProvider({ httpClient = defaultHttpClient, session = defaultSession, refreshAfterMs = 10_000 }: AuthProviderOptions = {}): ConsoleAuthProvider {
  let profileReadAt = 0;

  async function loadProfile(): Promise<ConsolePermissions> {
    const [me, schemas] = await Promise.all([httpClient('/console-api/me'), httpClient('/console-api/schemas')]);
    session.saveProfile(me.json, schemas.json);
    profileReadAt = Date.now();
    return parseMe(me.json)?.permissions ?? {};
  }

  return {
    async login(params: unknown) {
      const username = isObject(params) && typeof params.username === 'string' ? params.username : '';
      const password = isObject(params) && typeof params.password === 'string' ? params.password : '';
      session.clear();
      let token: string | null = null;
      let displayName: string | null = null;
      try {
        const { json } = await httpClient('/api/auth/local', { method: 'POST', body: JSON.stringify({ identifier: username, password }) });
        if (isObject(json) && typeof json.jwt === 'string') token = json.jwt;
        const user: unknown = isObject(json) ? json.user : null;
        if (isObject(user) && typeof user.displayName === 'string' && user.displayName !== '') displayName = user.displayName;
      } catch (error) {
        // Strapi answers 400 for a wrong identifier or password: react-admin shows the key's text.
        if (statusOf(error) === 400 || statusOf(error) === 401) throw new Error('ra.auth.sign_in_error');
        throw error;
      }
      if (!token) throw new Error('ra.auth.sign_in_error');
      session.saveToken(token, displayName);
      try {
        await loadProfile();
      } catch (error) {
        session.clear();
        throw error;
      }
    },

    async logout() {
      session.clear();
      profileReadAt = 0;
    },

    async checkAuth() {
      if (!session.token()) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      // 401: the token expired or the account was blocked. 403 is a refusal of one action: stay signed in.
      if (statusOf(error) === 401) {
        session.clear();
        throw new Error('ra.notification.logged_out');
      }
    },

    async getIdentity(): Promise<ConsoleIdentity> {
      const { me, displayName } = session.read();
      if (!me) throw new HttpError('ra.auth.auth_check_error', 401);
      return {
        id: me.id,
        fullName: displayName ?? me.username,
        organisation: me.organisation,
        tier: me.tier,
        role: me.role,
        roleName: me.roleName,
      };
    },

    /** Re-reads /me and /schemas on a page load, so that a field added in Strapi shows after a reload. */
    async getPermissions(): Promise<ConsolePermissions> {
      if (!session.token()) return {};
      const stored = session.read().me?.permissions ?? {};
      if (Date.now() - profileReadAt < refreshAfterMs) return stored;
      try {
        return await loadProfile();
      } catch (error) {
        if (statusOf(error) === 401) throw error;
        // Offline or server restarting: keep working with what was read at sign-in.
        return stored;
      }
    },

    async canAccess({ resource, action }: { resource: string; action: string }) {
      return canAccess(session.read().me?.permissions, { resource, action });
    },
  };
}

export const authProvider = createAuthProvider();
