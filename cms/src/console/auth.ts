// Console requests carry the users-permissions JWT; the console checks the same role permissions
// that administrators edit in Strapi admin (Users & Permissions → Roles).
import type { Core } from '@strapi/strapi';
import { loadUserActor, type UserActor } from '../scope/actor';
import { asRow, isRow, rowsOf, strOf } from '../util/row';
import { ConsoleError } from './errors';

export interface ConsoleUser {
  actor: UserActor;
  roleId: number;
  actions: Set<string>;
}

interface JwtService {
  getToken(ctx: unknown): Promise<unknown> | unknown;
}

export async function authenticate(strapi: Core.Strapi, ctx: { state: Record<string, unknown> }): Promise<ConsoleUser> {
  const jwt = strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;
  let token: unknown = null;
  try {
    token = await jwt.getToken(ctx);
  } catch {
    token = null;
  }
  const id = asRow(token)?.id;
  if (id === undefined || id === null) throw new ConsoleError(401, 'UNAUTHENTICATED', '请先登录。');
  const user: unknown = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, populate: { role: true } });
  if (!isRow(user) || user.blocked === true) throw new ConsoleError(401, 'UNAUTHENTICATED', '账号不存在或已停用，请重新登录。');
  const role = asRow(user.role);
  const roleId = Number(role?.id);
  const actor = await loadUserActor(strapi, Number(id));
  if (!actor) throw new ConsoleError(401, 'UNAUTHENTICATED', '请先登录。');
  const permissions: unknown = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: { id: roleId } }, select: ['action'] });
  const actions = new Set(rowsOf(permissions).map((p) => strOf(p, 'action') ?? ''));
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
