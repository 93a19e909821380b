// Role and permission changes in the Strapi admin (Settings → Users & Permissions → Roles) go
// through the users-permissions role service, which writes with the query engine and so passes no
// document-service middleware: it is wrapped here to put each change in the audit trail with the
// permissions added and removed. Deleting a role moves its accounts to the public role, a role
// change: their tokens are revoked as for any other role change.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { currentActor } from '../scope/actor';
import { isRow, rowsOf, strOf } from '../util/row';
import { recordSecurityEvent, ROLE_RESOURCE, USER_RESOURCE } from './audit-events';

export interface RoleService {
  createRole(params: unknown): Promise<unknown>;
  updateRole(roleId: unknown, data: unknown): Promise<unknown>;
  deleteRole(roleId: unknown, publicRoleId: unknown): Promise<unknown>;
  [other: string]: unknown;
}

interface RoleState {
  id: number;
  name: string | null;
  description: string | null;
  actions: string[];
  userIds: number[];
}

async function roleState(strapi: Core.Strapi, where: Record<string, unknown>, withUsers = false): Promise<RoleState | null> {
  const populate = { permissions: { select: ['action'] }, ...(withUsers ? { users: { select: ['id'] } } : {}) };
  const role: unknown = await strapi.db.query(ROLE_RESOURCE).findOne({ where, populate });
  if (!isRow(role)) return null;
  return {
    id: Number(role.id),
    name: strOf(role, 'name'),
    description: strOf(role, 'description'),
    actions: rowsOf(role.permissions).map((p) => String(p.action)).sort(),
    userIds: rowsOf(role.users).map((u) => Number(u.id)),
  };
}

function roleChanges(before: RoleState | null, after: RoleState | null): Record<string, unknown> {
  const was = new Set(before?.actions ?? []);
  const now = new Set(after?.actions ?? []);
  const changes: Record<string, unknown> = {
    permissions: { added: [...now].filter((a) => !was.has(a)), removed: [...was].filter((a) => !now.has(a)) },
  };
  for (const key of ['name', 'description'] as const) {
    if ((before?.[key] ?? null) !== (after?.[key] ?? null)) changes[key] = { before: before?.[key] ?? null, after: after?.[key] ?? null };
  }
  return changes;
}

async function audit(strapi: Core.Strapi, action: 'role-create' | 'role-update' | 'role-delete', before: RoleState | null, after: RoleState | null): Promise<void> {
  const id = after?.id ?? before?.id;
  await recordSecurityEvent(strapi, await currentActor(strapi), {
    action,
    resource: ROLE_RESOURCE,
    recordId: id === undefined ? null : String(id),
    changes: { role: after?.name ?? before?.name ?? null, ...roleChanges(before, after) },
  });
}

export function auditedRoleService(strapi: Core.Strapi, service: RoleService): RoleService {
  return {
    ...service,
    async createRole(params: unknown) {
      const result = await service.createRole(params);
      const name = isRow(params) && typeof params.name === 'string' ? params.name : null;
      const created = name === null ? null : await roleState(strapi, { name });
      await audit(strapi, 'role-create', null, created);
      return result;
    },
    async updateRole(roleId: unknown, data: unknown) {
      const before = await roleState(strapi, { id: roleId });
      const result = await service.updateRole(roleId, data);
      await audit(strapi, 'role-update', before, await roleState(strapi, { id: roleId }));
      return result;
    },
    async deleteRole(roleId: unknown, publicRoleId: unknown) {
      const before = await roleState(strapi, { id: roleId }, true);
      const result = await service.deleteRole(roleId, publicRoleId);
      if (before && before.userIds.length > 0) {
        const table = (strapi.db.metadata.get(USER_RESOURCE) as unknown as { tableName: string }).tableName;
        const knex = strapi.db.connection as unknown as Knex;
        await knex(table).whereIn('id', before.userIds).update({ token_version: knex.raw('coalesce(token_version, 0) + 1') });
      }
      await audit(strapi, 'role-delete', before, null);
      return result;
    },
  };
}
