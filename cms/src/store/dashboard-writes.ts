// Each user's last console write, as a position in one PostgreSQL sequence, so that a dashboard kept
// by any instance knows whether it was computed after that write (issue 17: "never stale after the
// user's own write"). The position is taken after the write's transaction committed; a dashboard
// computation reads the sequence before its first count, so a computation whose position is at or
// past the user's mark began after the write was visible. In the database rather than a NOTIFY, so
// that the next request, whichever instance the balancer sends it to, knows at once: a notice could
// arrive after that request.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const DASHBOARD_WRITES_TABLE = 'nmg_dashboard_writes';
export const DASHBOARD_WRITE_SEQUENCE = 'nmg_dashboard_write_seq';

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;

export async function ensureDashboardWrites(strapi: Core.Strapi): Promise<void> {
  const knex = knexOf(strapi);
  await knex.raw(`CREATE SEQUENCE IF NOT EXISTS ${DASHBOARD_WRITE_SEQUENCE}`);
  await knex.raw(`CREATE TABLE IF NOT EXISTS ${DASHBOARD_WRITES_TABLE} (user_id integer PRIMARY KEY, seq bigint NOT NULL)`);
}

const positionOf = (result: unknown, column: string): number => {
  const row = (result as { rows?: Record<string, unknown>[] }).rows?.[0];
  const value = Number(row?.[column] ?? 0);
  return Number.isSafeInteger(value) ? value : 0;
};

/** Marks a committed write by `userId`; returns its position. */
export async function markDashboardWrite(strapi: Core.Strapi, userId: number): Promise<number> {
  const result: unknown = await knexOf(strapi).raw(
    `INSERT INTO ${DASHBOARD_WRITES_TABLE} (user_id, seq) VALUES (?, nextval('${DASHBOARD_WRITE_SEQUENCE}'))
     ON CONFLICT (user_id) DO UPDATE SET seq = EXCLUDED.seq RETURNING seq`,
    [userId],
  );
  return positionOf(result, 'seq');
}

/** The position of the user's last write; 0 when none is recorded. */
export async function lastDashboardWrite(strapi: Core.Strapi, userId: number): Promise<number> {
  const result: unknown = await knexOf(strapi).raw(`SELECT seq FROM ${DASHBOARD_WRITES_TABLE} WHERE user_id = ?`, [userId]);
  return positionOf(result, 'seq');
}

/** The latest position handed out (by any instance); 0 before the first write. */
export async function currentDashboardPosition(strapi: Core.Strapi): Promise<number> {
  const result: unknown = await knexOf(strapi).raw(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS seq FROM ${DASHBOARD_WRITE_SEQUENCE}`);
  return positionOf(result, 'seq');
}
