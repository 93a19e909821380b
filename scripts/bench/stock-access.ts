// Strapi's stock REST routes of published items are closed to the public in this system (the
// public reads /api/public). For the comparison only, and only in the bench's throwaway database,
// the Public role gets find/findOne on them, the way cms/src/bootstrap/roles.ts writes permissions.
import type { Core } from '@strapi/strapi';

const ACTIONS = ['api::published-item.published-item.find', 'api::published-item.published-item.findOne'];

export async function openStockPublishedItems(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, select: ['id'] })) as { id: number } | null;
  if (!role) throw new Error('users-permissions Public role not found');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of ACTIONS) {
    if (Number(await permissions.count({ where: { action, role: role.id } })) === 0) await permissions.create({ data: { action, role: role.id } });
  }
}
