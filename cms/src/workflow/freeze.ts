// Submission freezes a version's content (Art. 13): what the justice department reviews and
// approves is exactly what will be published, whatever is edited in the meantime. The items are
// assembled and stored by one statement in the submission's transaction (issue 17: a 5,000-item
// list is 12 MB of JSON that need not cross to Node and back), one row per item in the snapshot
// tables (store/list-snapshot-store.ts), not in the version's row, which later steps rewrite.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ListContext } from './context';
import { withTrx } from '../util/trx';
import { SNAPSHOT_ITEMS_TABLE, SNAPSHOT_TABLE } from '../store/list-snapshot-store';
import { ITEMS_ORDER, ITEMS_SQL, itemsBindings } from './items-sql';
import { SUBMISSION_SQL, submissionBindings } from './submission-sql';
import { isRow } from '../util/row';
import { ACTIVE_POWER_STATUSES, type SubmissionPowerFacts } from '../domain';

/**
 * The items of ITEMS_SQL as snapshot rows: position in list order, each item made jsonb once
 * (`OFFSET 0` keeps PostgreSQL from inlining the cast into every column that reads it) and the
 * columns publication copies read from it, so the two can never disagree.
 */
const INSERT_ITEMS = `
  WITH stored AS (
    INSERT INTO ${SNAPSHOT_ITEMS_TABLE} (list_id, position, power_id, code, name, sub_item, type, status, item)
    SELECT ?, j.position, j.item->>'powerId', j.item->>'code', j.item->>'name', j.item->>'subItem', j.item->>'type', j.item->>'status', j.item
    FROM (SELECT row_number() OVER (${ITEMS_ORDER})::int AS position, item::jsonb AS item FROM (${ITEMS_SQL}) i OFFSET 0) j
    RETURNING 1
  )
  UPDATE responsibility_lists SET item_count = (SELECT count(*) FROM stored), updated_at = ? WHERE id = ? RETURNING item_count`;

/** A new, empty snapshot of the version: a returned version submitted again replaces what it froze before (the items go with it). */
async function takeSnapshot(trx: Knex.Transaction, list: ListContext, now: Date): Promise<void> {
  await trx.raw(`DELETE FROM ${SNAPSHOT_TABLE} WHERE list_id = ?`, [list.id]);
  await trx.raw(`INSERT INTO ${SNAPSHOT_TABLE} (list_id, taken_at) VALUES (?, ?)`, [list.id, now]);
}

async function freezeIn(trx: Knex.Transaction, list: ListContext, now: Date): Promise<number> {
  await takeSnapshot(trx, list, now);
  const department = list.department;
  const result = department
    ? await trx.raw<{ rows: { item_count: number }[] }>(INSERT_ITEMS, [list.id, ...itemsBindings(department.id, department.name), now, list.id])
    : await trx.raw<{ rows: { item_count: number }[] }>(`UPDATE responsibility_lists SET item_count = 0, updated_at = ? WHERE id = ? RETURNING item_count`, [now, list.id]);
  return Number(result.rows[0]?.item_count ?? 0);
}

/**
 * Submission: stores the snapshot as freezeSnapshot does and returns, from the same statement, the
 * facts the submission rules read about every active power of the department (submission-sql.ts). The
 * caller judges them and refuses by throwing, which rolls the snapshot back with the step.
 */
export async function freezeForSubmission(strapi: Core.Strapi, list: ListContext, departmentId: string): Promise<{ itemCount: number; facts: SubmissionPowerFacts[] }> {
  const now = new Date();
  return withTrx(strapi, async (trx) => {
    await takeSnapshot(trx, list, now);
    const result = await trx.raw<{ rows: { item_count: number; facts: string | null }[] }>(
      SUBMISSION_SQL,
      submissionBindings(departmentId, list.department?.name ?? '', ACTIVE_POWER_STATUSES, list.id, now),
    );
    const row = result.rows[0];
    const parsed: unknown = JSON.parse(row?.facts ?? '[]');
    return { itemCount: Number(row?.item_count ?? 0), facts: (Array.isArray(parsed) ? parsed.filter(isRow) : []) as unknown as SubmissionPowerFacts[] };
  });
}

/** Stores the version's snapshot and item count; returns the number of items. */
export async function freezeSnapshot(strapi: Core.Strapi, list: ListContext): Promise<number> {
  const now = new Date();
  return withTrx(strapi, (trx) => freezeIn(trx, list, now));
}
