// Console requests carry the users-permissions JWT; the console checks the same role permissions
// that administrators edit in Strapi admin (Users & Permissions → Roles).
import type { Core } from '@strapi/strapi';
import { userActorFrom, type UserActor } from '../scope/actor';
import { loadUser } from '../store/user-row';
import { asRow } from '../util/row';
import { claimsOf } from '../domain/session-verdict';
import { passwordExpired } from '../domain/password-policy';
import { secondFactorRequired } from '../domain/second-factor';
import { regulationConfig } from '@nmg/config';
import { checkSession } from '../security/session-check';
import { ConsoleError } from './errors';
import { bearerToken, TokenCache } from './token-cache';

export interface ConsoleUser {
  actor: UserActor;
  roleId: number;
  actions: Set<string>;
  /** The request's session: its id, when it ends at the latest, and when it idles out unless used. */
  session: { id: string; expiresAt: Date; idleUntil: Date };
  /** The password must be changed before anything else (set by an administrator, or too old). */
  passwordDue: boolean;
  /** The role must sign in with a second factor and the account has none yet: enrolment comes first. */
  secondFactorDue: boolean;
  secondFactorEnrolled: boolean;
}

export interface AuthenticateOptions {
  /** The few endpoints a user whose password or second-factor enrolment is due may still use (profile, sign-out, change password, enrolment). */
  whilePasswordDue?: boolean;
}

interface AuthContext {
  state: Record<string, unknown>;
  request?: { header?: { authorization?: unknown } };
}

interface JwtService {
  verifySignature(token: string): Promise<unknown>;
}

// Only the signature's verdict is cached: whether the token still opens a session (version,
// sign-out, idle time) is read from the database on every request, with the account.
const verified = new TokenCache();

async function tokenPayload(strapi: Core.Strapi, ctx: AuthContext): Promise<unknown> {
  const bearer = bearerToken(ctx.request?.header?.authorization);
  if (bearer === null) return null;
  const known = verified.get(bearer);
  if (known !== undefined) return known;
  const jwt = strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;
  try {
    const payload: unknown = await jwt.verifySignature(bearer);
    if (payload) verified.set(bearer, payload);
    return payload;
  } catch {
    return null;
  }
}

export async function authenticate(strapi: Core.Strapi, ctx: AuthContext, options: AuthenticateOptions = {}): Promise<ConsoleUser> {
  const claims = claimsOf(await tokenPayload(strapi, ctx));
  if (!claims) throw new ConsoleError(401, 'UNAUTHENTICATED', '请先登录。');
  const loaded = await loadUser(strapi, claims.id, claims.sid);
  if (!loaded || loaded.user.blocked === true) throw new ConsoleError(401, 'UNAUTHENTICATED', '账号不存在或已停用，请重新登录。');
  const verdict = await checkSession(strapi, claims, loaded);
  if (!verdict.ok) throw new ConsoleError(401, verdict.code, verdict.message);
  const { mustChangePassword, passwordChangedAt, createdAt } = loaded.security;
  const passwordDue = mustChangePassword || passwordExpired(passwordChangedAt ?? createdAt, new Date());
  if (passwordDue && options.whilePasswordDue !== true) throw new ConsoleError(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改密码：密码由管理员设置或已超过有效期，修改后才能继续使用系统。');
  const { user } = loaded;
  const roleId = Number(asRow(user.role)?.id);
  const actor = userActorFrom(user);
  // GB/T 22239-2019 8.1.4.1 d): the roles of config/security.json use two factors; until enrolled, nothing else.
  const secondFactorEnrolled = loaded.security.secondFactorEnrolled;
  const secondFactorDue = secondFactorRequired(actor.role, regulationConfig().security.secondFactor) && !secondFactorEnrolled;
  if (secondFactorDue && options.whilePasswordDue !== true) {
    throw new ConsoleError(403, 'SECOND_FACTOR_REQUIRED', '请先设置两步验证：您的角色须在密码之外使用手机动态验证码登录（等保三级身份鉴别），设置后才能继续使用系统。');
  }
  const actions = new Set(loaded.actions);
  // The document-service middleware reads the actor from the request, as for Strapi's own routes.
  ctx.state.user = user;
  ctx.state.auth = { strategy: { name: 'users-permissions' }, credentials: user };
  ctx.state.nmgActor = actor;
  return { actor, roleId, actions, session: { id: claims.sid ?? '', expiresAt: verdict.expiresAt, idleUntil: verdict.idleUntil }, passwordDue, secondFactorDue, secondFactorEnrolled };
}

export type ConsoleAction = 'find' | 'findOne' | 'create' | 'update' | 'delete';

export function requirePermission(user: ConsoleUser, uid: string, action: ConsoleAction): void {
  if (!user.actions.has(`${uid}.${action}`)) {
    throw new ConsoleError(403, 'ROLE_FORBIDDEN', '您的角色没有执行该操作的权限。');
  }
}
