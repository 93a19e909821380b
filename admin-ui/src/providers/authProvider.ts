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

/** The code of a refusal: console API { code }, or Strapi's { error: { details: { code } } }. */
export function refusalCode(error: unknown): string | null {
  const body = isObject(error) && isObject(error.body) ? error.body : null;
  if (!body) return null;
  if (typeof body.code === 'string') return body.code;
  const details = isObject(body.error) && isObject(body.error.details) ? body.error.details : null;
  return details && typeof details.code === 'string' ? details.code : null;
}

/** The server's own message of a sign-in refusal that says why (wrong password and the lockout rule, or locked until when). */
function signInRefusal(error: unknown): string | null {
  const code = refusalCode(error);
  if (code !== 'ACCOUNT_LOCKED' && code !== 'INVALID_CREDENTIALS') return null;
  const body = isObject(error) && isObject(error.body) && isObject(error.body.error) ? error.body.error : null;
  return body && typeof body.message === 'string' && body.message !== '' ? body.message : null;
}

/** Why a session ended, as a message key the sign-in page shows (cms/src/domain/session-verdict.ts codes). */
export function endReasonKey(code: string | null): string {
  switch (code) {
    case 'SESSION_IDLE':
      return 'app.session.ended_idle';
    case 'SESSION_EXPIRED':
      return 'app.session.ended_expired';
    case 'SESSION_REVOKED':
      return 'app.session.ended_revoked';
    case 'SESSION_ENDED':
      return 'app.session.ended_elsewhere';
    default:
      return 'ra.notification.logged_out';
  }
}

/**
 * The password was right and the account has a second factor: the sign-in form asks for the code
 * and calls login({ ticket, code }) with this ticket (POST /console-api/auth/second-factor).
 */
export class SecondFactorRequired extends Error {
  constructor(readonly ticket: string) {
    super('app.second_factor.required');
  }
}

/** The server's own words for a refused code (wrong, used, locked, ticket expired). */
function secondStepRefusal(error: unknown): string | null {
  const body = isObject(error) && isObject(error.body) ? error.body : null;
  return body && typeof body.message === 'string' && body.message !== '' ? body.message : null;
}

/** Refusals that mean "finish setting up the account first": the profile says which (new password, second factor). */
const SETUP_FIRST = ['PASSWORD_CHANGE_REQUIRED', 'SECOND_FACTOR_REQUIRED'];

/** react-admin's AuthProvider with the optional methods this console always has. */
export type ConsoleAuthProvider = AuthProvider & {
  /** The signed-in user's new password (POST /console-api/auth/password): a new token, a fresh profile. */
  changePassword(currentPassword: string, password: string): Promise<void>;
  getIdentity(): Promise<ConsoleIdentity>;
  getPermissions(params?: unknown): Promise<ConsolePermissions>;
  canAccess(params: { resource: string; action: string }): Promise<boolean>;
};

export function createAuthProvider({ httpClient = defaultHttpClient, session = defaultSession, refreshAfterMs = 10_000 }: AuthProviderOptions = {}): ConsoleAuthProvider {
  let profileReadAt = 0;

  async function loadProfile(): Promise<ConsolePermissions> {
    // While the password or the second factor is due the server serves /me only: the screens wait.
    const schemasOrNone = httpClient('/console-api/schemas').then(
      (res) => res.json as unknown,
      (error: unknown) => {
        if (SETUP_FIRST.includes(refusalCode(error) ?? '')) return [];
        throw error;
      },
    );
    const [me, schemas] = await Promise.all([httpClient('/console-api/me'), schemasOrNone]);
    session.saveProfile(me.json, schemas);
    profileReadAt = Date.now();
    return parseMe(me.json)?.permissions ?? {};
  }

  async function open(token: string, displayName: string | null): Promise<void> {
    session.saveToken(token, displayName);
    try {
      await loadProfile();
    } catch (error) {
      session.clear();
      throw error;
    }
  }

  /** The sign-in's second step: the code (or a recovery code) for the ticket of the password step. */
  async function secondStep(ticket: string, code: string): Promise<void> {
    let json: unknown;
    try {
      ({ json } = await httpClient('/console-api/auth/second-factor', { method: 'POST', body: JSON.stringify({ ticket, code }) }));
    } catch (error) {
      throw new Error(secondStepRefusal(error) ?? 'ra.auth.sign_in_error');
    }
    if (!isObject(json) || typeof json.jwt !== 'string') throw new Error('ra.auth.sign_in_error');
    const user = isObject(json.user) ? json.user : null;
    await open(json.jwt, user && typeof user.displayName === 'string' && user.displayName !== '' ? user.displayName : null);
  }

  return {
    async login(params: unknown) {
      if (isObject(params) && typeof params.ticket === 'string') return secondStep(params.ticket, typeof params.code === 'string' ? params.code : '');
      const username = isObject(params) && typeof params.username === 'string' ? params.username : '';
      const password = isObject(params) && typeof params.password === 'string' ? params.password : '';
      session.clear();
      let token: string | null = null;
      let displayName: string | null = null;
      let ticket: string | null = null;
      try {
        const { json } = await httpClient('/api/auth/local', { method: 'POST', body: JSON.stringify({ identifier: username, password }) });
        if (isObject(json) && json.secondFactorRequired === true && typeof json.ticket === 'string') ticket = json.ticket;
        if (isObject(json) && typeof json.jwt === 'string') token = json.jwt;
        const user: unknown = isObject(json) ? json.user : null;
        if (isObject(user) && typeof user.displayName === 'string' && user.displayName !== '') displayName = user.displayName;
      } catch (error) {
        // Wrong password (with the lockout rule) or a locked account (until when): the server's words.
        const refusal = signInRefusal(error);
        if (refusal) throw new Error(refusal);
        // Strapi answers 400 for a wrong identifier or password: react-admin shows the key's text.
        if (statusOf(error) === 400 || statusOf(error) === 401) throw new Error('ra.auth.sign_in_error');
        throw error;
      }
      if (ticket) throw new SecondFactorRequired(ticket);
      if (!token) throw new Error('ra.auth.sign_in_error');
      await open(token, displayName);
    },

    async logout() {
      // Ends the session on the server too, so that its token is refused from now on.
      if (session.token()) {
        try {
          await httpClient('/console-api/auth/logout', { method: 'POST' });
        } catch {
          // Already ended (idle, revoked) or offline: the client forgets it all the same.
        }
      }
      session.clear();
      profileReadAt = 0;
    },

    async changePassword(currentPassword: string, password: string) {
      const { json } = await httpClient('/console-api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, password }) });
      if (!isObject(json) || typeof json.jwt !== 'string') throw new Error('ra.notification.http_error');
      // The old token is refused from now on (its version moved on): carry on with the new one.
      session.saveToken(json.jwt, session.read().displayName);
      await loadProfile();
    },

    async checkAuth() {
      if (!session.token()) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      // 401: the session ended (idle, too old, signed out, password/role/block changed): back to the
      // sign-in page, which says why. 403 is a refusal of one action: stay signed in.
      if (statusOf(error) === 401) {
        session.endWith(endReasonKey(refusalCode(error)));
        throw new Error('ra.notification.logged_out');
      }
      // The password must be changed first: the profile says so and the layout asks for it.
      if (statusOf(error) === 403 && SETUP_FIRST.includes(refusalCode(error) ?? '')) {
        profileReadAt = 0;
        await loadProfile().catch(() => undefined);
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
