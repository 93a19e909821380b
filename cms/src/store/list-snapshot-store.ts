// Where a list version's frozen content lives (Art. 13): tables of their own, not a column of the
// version's row. A 5,000-item snapshot is 12 MB of JSON; in the row, every later state change of
// the version (forward, approve, publish, withdraw) had Strapi's query engine read it back twice
// (`select *` before an update), about 26 MB per step (issue 17). Here the version's row stays
// small, and the snapshot is written once, at submission, one row per item in list order, with the
// columns publication copies into published_items beside the item itself, so that publishing is
// one INSERT … SELECT that never parses the items again (PostgreSQL copies each stored item as it
// lies, compressed).
//
// nmg_list_snapshots: one row per frozen version (taken_at); its presence is what "frozen" means.
// nmg_list_snapshot_items: the items, position 1… in list order. Both go with the version (ON
// DELETE CASCADE). Created at start-up (after Strapi's schema sync, which creates the version
// table they refer to) and by the migration that moves the snapshots of an older database out of
// the column (cms/database/migrations, before Strapi's sync drops the column).
import type { Core } from '@strapi/strapi';

export const SNAPSHOT_TABLE = 'nmg_list_snapshots';
export const SNAPSHOT_ITEMS_TABLE = 'nmg_list_snapshot_items';

/** The part of knex these functions use (knex itself, a transaction, or a migration's handle). */
export interface RawRunner {
  raw(sql: string, bindings?: readonly unknown[]): Promise<unknown>;
}

const rowsOf = (result: unknown): Record<string, unknown>[] => {
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
};

const CREATE: readonly [string, string][] = [
  [SNAPSHOT_TABLE, `CREATE TABLE IF NOT EXISTS ${SNAPSHOT_TABLE} (
    list_id integer PRIMARY KEY REFERENCES responsibility_lists (id) ON DELETE CASCADE,
    taken_at timestamptz NOT NULL
  )`],
  [SNAPSHOT_ITEMS_TABLE, `CREATE TABLE IF NOT EXISTS ${SNAPSHOT_ITEMS_TABLE} (
    list_id integer NOT NULL REFERENCES ${SNAPSHOT_TABLE} (list_id) ON DELETE CASCADE,
    position integer NOT NULL,
    power_id text,
    code text,
    name text,
    sub_item text,
    type text,
    status text,
    item jsonb NOT NULL,
    PRIMARY KEY (list_id, position)
  )`],
];

const present = async (db: RawRunner, relation: string): Promise<boolean> =>
  rowsOf(await db.raw('SELECT to_regclass(?) IS NOT NULL AS present', [relation]))[0]?.present === true;

/** Creates the tables unless they exist; false when the version table is not there yet (a fresh database before Strapi's sync). */
export async function ensureSnapshotTables(db: RawRunner): Promise<boolean> {
  if (!(await present(db, 'responsibility_lists'))) return false;
  for (const [table, sql] of CREATE) {
    try {
      await db.raw(sql);
    } catch (error) {
      // Two instances starting at once: IF NOT EXISTS can still collide; what counts is that the table exists.
      if (!(await present(db, table))) throw error;
    }
  }
  return true;
}

export const ensureListSnapshotTables = async (strapi: Core.Strapi): Promise<void> => {
  await ensureSnapshotTables(strapi.db.connection as unknown as RawRunner);
};

const hasSnapshotColumn = async (db: RawRunner): Promise<boolean> =>
  rowsOf(await db.raw(`SELECT 1 AS found FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'responsibility_lists' AND column_name = 'snapshot'`)).length > 0;

/**
 * Copies the snapshots still kept in responsibility_lists.snapshot (a database from before this
 * table) into the tables, as submission writes them; returns the number of versions copied. Run by
 * the migration before Strapi's schema sync drops the column; a version already copied is skipped.
 */
export async function moveColumnSnapshots(db: RawRunner): Promise<number> {
  if (!(await ensureSnapshotTables(db)) || !(await hasSnapshotColumn(db))) return 0;
  const copied = rowsOf(await db.raw(
    `WITH frozen AS (
       INSERT INTO ${SNAPSHOT_TABLE} (list_id, taken_at)
       SELECT l.id, coalesce(CASE WHEN l.snapshot->>'takenAt' ~ '^\\d{4}-\\d{2}-\\d{2}T' THEN (l.snapshot->>'takenAt')::timestamptz END, l.updated_at, now())
       FROM responsibility_lists l
       WHERE jsonb_typeof(l.snapshot->'items') = 'array'
       ON CONFLICT (list_id) DO NOTHING
       RETURNING list_id
     )
     SELECT count(*)::int AS n FROM frozen`,
  ))[0]?.n;
  await db.raw(
    `INSERT INTO ${SNAPSHOT_ITEMS_TABLE} (list_id, position, power_id, code, name, sub_item, type, status, item)
     SELECT l.id, e.n, e.item->>'powerId', e.item->>'code', e.item->>'name', e.item->>'subItem', e.item->>'type', e.item->>'status', e.item
     FROM responsibility_lists l CROSS JOIN jsonb_array_elements(l.snapshot->'items') WITH ORDINALITY AS e(item, n)
     WHERE jsonb_typeof(l.snapshot->'items') = 'array'
     ON CONFLICT (list_id, position) DO NOTHING`,
  );
  return Number(copied ?? 0);
}

/** The migration of cms/database/migrations that moves the column's snapshots into the tables. */
export function snapshotMigration(label: string): { up(db: RawRunner): Promise<void>; down(): Promise<void> } {
  return {
    async up(db) {
      const n = await moveColumnSnapshots(db);
      if (n > 0) console.log(`[migration ${label}] ${n} list snapshot(s) moved out of responsibility_lists.snapshot`);
    },
    async down() {
      // The tables stay: an older release would find its column gone and the snapshots here.
    },
  };
}
