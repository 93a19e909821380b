// Sign-in (POST /api/auth/local) around users-permissions' own controller: refuses a locked account
// before looking at the password, counts wrong passwords per account (cms/src/security/lockout-store.ts),
// audits success and failure, and answers with a session token (cms/src/security/session-token.ts)
// and whether the password must be changed first. The per-address rate limit stays in front.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { regulationConfig } from '@nmg/config';
import { isLocked, lockedMessage, wrongPasswordMessage } from '../domain/lockout';
import { passwordExpired } from '../domain/password-policy';
import { userActorFrom, type Actor } from '../scope/actor';
import { loadUser, type LoadedUser } from '../store/user-row';
import { isRow, type Row } from '../util/row';
import { recordSecurityEvent, USER_RESOURCE } from './audit-events';
import { clearFailures, findSignInAccount, recordFailure, type SignInAccount } from './lockout-store';
import { issueSessionToken } from './session-token';
import { isEnrolled } from '../store/second-factor-store';
import { secondFactorChallenge } from './second-factor-ticket-store';

export interface AuthControllerContext {
  params?: Row;
  ip?: string;
  request: { body?: unknown };
  state: Row;
  body?: unknown;
}

type Action = (ctx: AuthControllerContext) => Promise<unknown>;

const WRONG_PASSWORD = 'Invalid identifier or password';

const actorOf = (loaded: LoadedUser | null): Actor => (loaded ? userActorFrom(loaded.user) : { kind: 'public' });

type SignInEvent = 'sign-in' | 'sign-in-failed' | 'lockout' | 'second-factor-failed';

const recordSignIn = (strapi: Core.Strapi, actor: Actor, account: SignInAccount | null, action: SignInEvent, changes: Row): Promise<void> =>
  recordSecurityEvent(strapi, actor, { action, resource: USER_RESOURCE, recordId: account?.documentId ?? null, changes });

export const auditSignIn = async (strapi: Core.Strapi, account: SignInAccount | null, action: SignInEvent, changes: Row): Promise<void> =>
  recordSignIn(strapi, account ? actorOf(await loadUser(strapi, account.id)) : { kind: 'public' }, account, action, changes);

export function lockedError(until: Date): errors.ApplicationError {
  return new errors.ApplicationError(lockedMessage(until, regulationConfig().security.signIn), { code: 'ACCOUNT_LOCKED', lockedUntil: until.toISOString() });
}

/** Wraps users-permissions' `callback` (sign-in with identifier and password). */
export function guardedSignIn(strapi: Core.Strapi, original: Action): Action {
  return async (ctx) => {
    const provider = typeof ctx.params?.provider === 'string' ? ctx.params.provider : 'local';
    const body = isRow(ctx.request.body) ? ctx.request.body : {};
    const identifier = typeof body.identifier === 'string' ? body.identifier : '';
    if (provider !== 'local' || identifier === '') return original(ctx);
    const account = await findSignInAccount(strapi, identifier);
    const now = new Date();
    if (account && account.lockedUntil && isLocked(account.lockedUntil, now)) {
      await auditSignIn(strapi, account, 'sign-in-failed', { identifier, reason: 'locked', lockedUntil: account.lockedUntil.toISOString() });
      throw lockedError(account.lockedUntil);
    }
    try {
      await original(ctx);
    } catch (error) {
      if (!(error instanceof Error) || error.message !== WRONG_PASSWORD) {
        await auditSignIn(strapi, account, 'sign-in-failed', { identifier, reason: error instanceof Error ? error.message : 'error' });
        throw error;
      }
      const outcome = account ? await recordFailure(strapi, account.id, now) : null;
      await auditSignIn(strapi, account, 'sign-in-failed', { identifier, reason: account ? 'wrong-password' : 'unknown-account', failures: outcome?.failures ?? null });
      if (account && outcome?.lockedUntil) {
        await auditSignIn(strapi, account, 'lockout', { failures: outcome.failures, lockedUntil: outcome.lockedUntil.toISOString() });
        throw lockedError(outcome.lockedUntil);
      }
      throw new errors.ValidationError(wrongPasswordMessage(regulationConfig().security.signIn), { code: 'INVALID_CREDENTIALS' });
    }
    if (!account || !isRow(ctx.body)) return;
    // An enrolled account gets no token yet: a ticket for its code (cms/src/console/second-factor-handlers.ts).
    // The failures are not cleared either, so wrong codes count towards the same lockout.
    if (await isEnrolled(strapi, account.id)) {
      ctx.body = await secondFactorChallenge(strapi, account.id);
      return;
    }
    const { jwt, mustChangePassword } = await completeSignIn(strapi, account, ctx.ip ?? null, {});
    ctx.body = { ...ctx.body, jwt, mustChangePassword };
  };
}

/** The end of every successful sign-in: failures cleared, a session token, the audit row. Answers the user row it read, so that callers need not read it again. */
export async function completeSignIn(strapi: Core.Strapi, account: SignInAccount, address: string | null, auditChanges: Row): Promise<{ jwt: string; mustChangePassword: boolean; user: Row | null }> {
  await clearFailures(strapi, account.id);
  const jwt = await issueSessionToken(strapi, account.id, address);
  const loaded = await loadUser(strapi, account.id);
  const security = loaded?.security;
  const mustChangePassword = security ? security.mustChangePassword || passwordExpired(security.passwordChangedAt ?? security.createdAt, new Date()) : false;
  await recordSignIn(strapi, actorOf(loaded), account, 'sign-in', { mustChangePassword, ...auditChanges });
  return { jwt, mustChangePassword, user: loaded?.user ?? null };
}

/** Wraps the actions that answer with a fresh token (change and reset password): that token opens a session too. */
export function reissuingToken(strapi: Core.Strapi, original: Action): Action {
  return async (ctx) => {
    await original(ctx);
    if (!isRow(ctx.body) || typeof ctx.body.jwt !== 'string') return;
    const user = isRow(ctx.body.user) ? ctx.body.user : null;
    const id = Number(user?.id ?? (isRow(ctx.state.user) ? ctx.state.user.id : NaN));
    if (!Number.isSafeInteger(id)) return;
    ctx.body = { ...ctx.body, jwt: await issueSessionToken(strapi, id, ctx.ip ?? null) };
  };
}
