// Creates the users-permissions roles of config/roles.json with their permissions. A role's
// permissions are seeded only when the role is first created: afterwards administrators own them
// in Strapi admin (Settings → Users & Permissions plugin → Roles), and a restart keeps their edits.
import type { Core } from '@strapi/strapi';
import { regulationConfig, type RoleAction } from '@nmg/config';
import { isRow } from '../util/row';

const ACTIONS: Record<RoleAction, string[]> = {
  read: ['find', 'findOne'],
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
};

export function permissionActions(permissions: Record<string, RoleAction[]>): string[] {
  return Object.entries(permissions).flatMap(([resource, actions]) =>
    actions.flatMap((a) => ACTIONS[a].map((x) => `api::${resource}.${resource}.${x}`)),
  );
}

export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const def of regulationConfig().roles) {
    const existing: unknown = await roles.findOne({ where: { type: def.type } });
    if (isRow(existing)) continue;
    const role: unknown = await roles.create({ data: { type: def.type, name: def.name, description: def.description } });
    if (!isRow(role)) continue;
    for (const action of permissionActions(def.permissions)) await permissions.create({ data: { action, role: role.id } });
    strapi.log.info(`[nmg] role ${def.type} (${def.name}) created with its permissions from config/roles.json`);
  }
}
