// Scheduled jobs run on every server instance; a transaction-scoped PostgreSQL advisory lock lets
// exactly one of them do the work each time (the others find the lock taken and skip).
import type { Core } from '@strapi/strapi';
import { withTrx } from '../util/trx';

/** Lock keys, one per job (integers unique within this database). */
export const JOB_LOCKS = { adjustmentCheck: 7_250_010, escalation: 7_250_027, certificateExpiry: 7_250_019, auditArchive: 7_250_021, integrityCheck: 7_250_013, pendingImportCleanup: 7_250_015 } as const;

export type JobOutcome<T> = { ran: true; result: T } | { ran: false };

export function runOnce<T>(strapi: Core.Strapi, key: number, work: () => Promise<T>): Promise<JobOutcome<T>> {
  return withTrx(strapi, async (trx): Promise<JobOutcome<T>> => {
    const res = (await trx.raw('SELECT pg_try_advisory_xact_lock(?) AS locked', [key])) as { rows: { locked: boolean }[] };
    if (!res.rows[0]?.locked) return { ran: false };
    return { ran: true, result: await work() };
  });
}
