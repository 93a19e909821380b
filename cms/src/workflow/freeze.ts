// Submission freezes a version's content (Art. 13): what the justice department reviews and
// approves is exactly what will be published, whatever is edited in the meantime.
import type { Core } from '@strapi/strapi';
import type { ListSnapshot } from '@nmg/config';
import { LIST, type ListContext } from './context';
import { buildListItems } from './items';

export async function freezeSnapshot(strapi: Core.Strapi, list: ListContext): Promise<ListSnapshot> {
  const items = list.department ? await buildListItems(strapi, list.department.id, list.department.name) : [];
  const snapshot: ListSnapshot = { takenAt: new Date().toISOString(), items };
  await strapi.db.query(LIST).update({ where: { id: list.id }, data: { snapshot, itemCount: items.length } });
  return snapshot;
}
