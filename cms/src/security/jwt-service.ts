// The users-permissions jwt service, with the session check on every request it authenticates
// (Strapi's /api routes): a token whose account version moved on, whose session ended or idled, or
// that outlived the absolute lifetime is treated as no token at all. The console API checks the same
// thing with its own one-statement account read (cms/src/console/auth.ts) and verifies signatures
// only through `verifySignature`.
import type { Core } from '@strapi/strapi';
import { claimsOf } from '../domain/session-verdict';
import { passwordExpired } from '../domain/password-policy';
import { loadUser } from '../store/user-row';
import { checkSession } from './session-check';
import { secondFactorRequired } from '../domain/second-factor';
import { roleTypeOf } from '../scope/actor';
import { regulationConfig } from '@nmg/config';

export interface JwtService {
  getToken(ctx: unknown): Promise<unknown> | unknown;
  issue(payload: unknown, options?: unknown): unknown;
  verify(token: string): Promise<unknown>;
  [other: string]: unknown;
}

/** Paths a user who must change the password may still use on /api. */
const WHILE_PASSWORD_DUE = ['/api/auth/change-password'];

const pathOf = (ctx: unknown): string => {
  const request = typeof ctx === 'object' && ctx !== null ? (ctx as { request?: { path?: unknown } }).request : undefined;
  return typeof request?.path === 'string' ? request.path : '';
};

export function sessionCheckedJwt(strapi: Core.Strapi, base: JwtService): JwtService {
  return {
    ...base,
    verifySignature: (token: string) => base.verify(token),
    async getToken(ctx: unknown) {
      const payload: unknown = await base.getToken(ctx);
      if (!payload) return payload;
      const claims = claimsOf(payload);
      const loaded = claims ? await loadUser(strapi, claims.id, claims.sid) : null;
      if (!claims || !loaded) throw new Error('Invalid token.');
      const verdict = await checkSession(strapi, claims, loaded);
      if (!verdict.ok) throw new Error('Invalid token.');
      const { mustChangePassword, passwordChangedAt, createdAt } = loaded.security;
      if ((mustChangePassword || passwordExpired(passwordChangedAt ?? createdAt, new Date())) && !WHILE_PASSWORD_DUE.includes(pathOf(ctx))) throw new Error('Invalid token.');
      // A role that needs a second factor uses /api only once enrolled (in the console), like the console API.
      if (!loaded.security.secondFactorEnrolled && secondFactorRequired(roleTypeOf(loaded.user), regulationConfig().security.secondFactor)) throw new Error('Invalid token.');
      return payload;
    },
  };
}
