// The per-request session check of every token-authenticated path: the console API (with the
// account read of cms/src/scope/user-row.ts, one statement) and Strapi's /api (the users-permissions
// jwt service, see cms/src/extensions/users-permissions). No cache lies between the token and the
// database: a password change, block, role change or sign-out refuses the very next request.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { sessionVerdict, type SessionVerdict, type TokenClaims } from '../domain/session-verdict';
import { userActorFrom } from '../scope/actor';
import type { LoadedUser } from '../store/user-row';
import { recordSecurityEvent, USER_RESOURCE } from './audit-events';
import { endSession, touchSession } from '../store/session-store';

export async function checkSession(strapi: Core.Strapi, claims: TokenClaims, loaded: LoadedUser, now = new Date()): Promise<SessionVerdict> {
  const state = { tokenVersion: loaded.security.tokenVersion, blocked: loaded.user.blocked === true, session: loaded.session };
  const verdict = sessionVerdict(claims, state, regulationConfig().security.session, now);
  if (verdict.ok && verdict.touch && claims.sid) await touchSession(strapi, claims.sid);
  if (!verdict.ok && verdict.idle && claims.sid && (await endSession(strapi, claims.sid, 'idle'))) {
    await recordSecurityEvent(strapi, userActorFrom(loaded.user), {
      action: 'session-idle',
      resource: USER_RESOURCE,
      recordId: typeof loaded.user.documentId === 'string' ? loaded.user.documentId : null,
      changes: { session: claims.sid, lastSeenAt: loaded.session?.lastSeenAt.toISOString() ?? null },
    });
  }
  return verdict;
}
