// Console requests carry the users-permissions JWT; the console checks the same role permissions
// that administrators edit in Strapi admin (Users & Permissions → Roles).
import type { Core } from '@strapi/strapi';
import { userActorFrom, type UserActor } from '../scope/actor';
import { loadUser } from '../scope/user-row';
import { asRow } from '../util/row';
import { ConsoleError } from './errors';
import { bearerToken, TokenCache } from './token-cache';

export interface ConsoleUser {
  actor: UserActor;
  roleId: number;
  actions: Set<string>;
}

interface AuthContext {
  state: Record<string, unknown>;
  request?: { header?: { authorization?: unknown } };
}

interface JwtService {
  getToken(ctx: unknown): Promise<unknown> | unknown;
}

const verified = new TokenCache();

async function tokenPayload(strapi: Core.Strapi, ctx: AuthContext): Promise<unknown> {
  const bearer = bearerToken(ctx.request?.header?.authorization);
  const known = bearer === null ? undefined : verified.get(bearer);
  if (known !== undefined) return known;
  const jwt = strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;
  try {
    const payload: unknown = await jwt.getToken(ctx);
    if (bearer !== null && payload) verified.set(bearer, payload);
    return payload;
  } catch {
    return null;
  }
}

export async function authenticate(strapi: Core.Strapi, ctx: AuthContext): Promise<ConsoleUser> {
  const id = asRow(await tokenPayload(strapi, ctx))?.id;
  if (id === undefined || id === null) throw new ConsoleError(401, 'UNAUTHENTICATED', '请先登录。');
  const loaded = await loadUser(strapi, Number(id));
  if (!loaded || loaded.user.blocked === true) throw new ConsoleError(401, 'UNAUTHENTICATED', '账号不存在或已停用，请重新登录。');
  const { user } = loaded;
  const roleId = Number(asRow(user.role)?.id);
  const actor = userActorFrom(user);
  const actions = new Set(loaded.actions);
  // The document-service middleware reads the actor from the request, as for Strapi's own routes.
  ctx.state.user = user;
  ctx.state.auth = { strategy: { name: 'users-permissions' }, credentials: user };
  ctx.state.nmgActor = actor;
  return { actor, roleId, actions };
}

export type ConsoleAction = 'find' | 'findOne' | 'create' | 'update' | 'delete';

export function requirePermission(user: ConsoleUser, uid: string, action: ConsoleAction): void {
  if (!user.actions.has(`${uid}.${action}`)) {
    throw new ConsoleError(403, 'ROLE_FORBIDDEN', '您的角色没有执行该操作的权限。');
  }
}
