// Indexes for the public API's reads of published_items. Created at bootstrap rather than in a
// migration because Strapi runs user migrations (database/migrations) BEFORE it syncs the schema:
// on a fresh database published_items does not exist yet when migrations run, so a migration could
// not index it. IF NOT EXISTS makes this idempotent across restarts and instances.
import type { Core } from '@strapi/strapi';
import { sqlRun } from './sql';

const INDEXES: readonly { name: string; definition: string; why: string }[] = [
  // A list's page in list order, its search and its export all start from list_id (Art. 13 snapshots).
  { name: 'published_items_list_position_idx', definition: 'published_items (list_id, position)', why: 'item pages and exports' },
  // The publish transition clears the previous version's `current` flag by department.
  { name: 'published_items_department_current_idx', definition: 'published_items (department_id) WHERE current', why: 'supersession' },
  // Item detail by its public id; Strapi's own (document_id, locale, published_at) index serves
  // document_id too, but a plain one keeps the lookup narrow whatever Strapi changes.
  { name: 'published_items_document_id_idx', definition: 'published_items (document_id)', why: 'item detail' },
];

export async function ensurePublicIndexes(strapi: Core.Strapi): Promise<void> {
  for (const index of INDEXES) {
    try {
      await sqlRun(strapi, `CREATE INDEX IF NOT EXISTS ${index.name} ON ${index.definition}`);
    } catch (error) {
      // Two instances starting together may race on the same name; the other one created it.
      strapi.log.warn(`public API: index ${index.name} (${index.why}) not created: ${(error as Error).message}`);
    }
  }
}
