// The content of a list version: every active power of the department with what the public list
// shows (DOMAIN.md's columns), frozen into the version's snapshot when it is submitted (Art. 13).
// PostgreSQL assembles the items (items-sql.ts); a draft's diff reads them here, a submission
// writes them straight into the snapshot (freeze.ts).
import type { Core } from '@strapi/strapi';
import type { ListItem } from '@nmg/config';
import { isRow } from '../util/row';
import { withTrx } from '../util/trx';
import { ITEMS_ORDER, ITEMS_SQL, itemsBindings } from './items-sql';

/** The department's active powers as list items, ordered by code. */
export async function buildListItems(strapi: Core.Strapi, departmentId: string, departmentName: string): Promise<ListItem[]> {
  // One json array, parsed once.
  const result = await withTrx(strapi, (trx) => trx.raw<{ rows: { items: string | null }[] }>(`SELECT coalesce(json_agg(item ${ITEMS_ORDER}), '[]'::json)::text AS items FROM (${ITEMS_SQL}) i`, itemsBindings(departmentId, departmentName)));
  const parsed: unknown = JSON.parse(result.rows[0]?.items ?? '[]');
  return (Array.isArray(parsed) ? parsed.filter(isRow) : []) as unknown as ListItem[];
}
