// Submission freezes a version's content (Art. 13): what the justice department reviews and
// approves is exactly what will be published, whatever is edited in the meantime. The snapshot is
// assembled and written by one statement in the submission's transaction (issue 17: a 5,000-item
// list is 12 MB of JSON that need not cross to Node and back).
import type { Core } from '@strapi/strapi';
import type { ListContext } from './context';
import { withTrx } from '../util/trx';
import { ITEMS_ORDER, ITEMS_SQL, itemsBindings } from './items-sql';

/** Writes the version's snapshot and item count; returns the number of items. */
export async function freezeSnapshot(strapi: Core.Strapi, list: ListContext): Promise<number> {
  const now = new Date();
  const department = list.department;
  const result = await withTrx(strapi, (trx) =>
    department
      ? trx.raw<{ rows: { item_count: number }[] }>(
        `WITH s AS (SELECT coalesce(json_agg(item ${ITEMS_ORDER}), '[]'::json)::jsonb AS items FROM (${ITEMS_SQL}) i)
         UPDATE responsibility_lists SET snapshot = jsonb_build_object('takenAt', ?::text, 'items', s.items), item_count = jsonb_array_length(s.items), updated_at = ?
         FROM s WHERE responsibility_lists.id = ? RETURNING responsibility_lists.item_count`,
        [...itemsBindings(department.id, department.name), now.toISOString(), now, list.id],
      )
      : trx.raw<{ rows: { item_count: number }[] }>(
        `UPDATE responsibility_lists SET snapshot = jsonb_build_object('takenAt', ?::text, 'items', '[]'::jsonb), item_count = 0, updated_at = ? WHERE id = ? RETURNING 0 AS item_count`,
        [now.toISOString(), now, list.id],
      ),
  );
  return Number(result.rows[0]?.item_count ?? 0);
}
