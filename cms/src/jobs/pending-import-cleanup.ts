// Kept imports (nmg_pending_imports, issue 15) hold a department's whole sheet while its laws are
// proposed. Once a day they are removed when done (filed as a batch power adjustment, which now
// carries the rows itself) or older than config/deadlines.json pendingImportDays (30 by default:
// a first compilation's laws are decided within weeks; a sheet left longer is re-uploaded against
// the library of then). Runs on one instance at a time (see run-once.ts).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { regulationConfig } from '@nmg/config';
import { PENDING_IMPORT_TABLE } from '../store/law-proposal-store';
import { withTrx } from '../util/trx';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { cronEntry, type CronEntry } from './cron-entry';

export interface PendingImportCleanupResult {
  /** Removed because filed as a request. */
  filed: number;
  /** Removed because older than the limit (and never filed). */
  expired: number;
}

export async function pendingImportCleanup(strapi: Core.Strapi, now: Date = new Date()): Promise<JobOutcome<PendingImportCleanupResult>> {
  const cutoff = new Date(now.getTime() - regulationConfig().deadlines.pendingImportDays * 86_400_000);
  return runOnce(strapi, JOB_LOCKS.pendingImportCleanup, () => withTrx(strapi, async (trx: Knex.Transaction) => {
    const filed = await trx(PENDING_IMPORT_TABLE).whereNotNull('adjustment_id').delete();
    const expired = await trx(PENDING_IMPORT_TABLE).whereNull('adjustment_id').where('created_at', '<', cutoff).delete();
    return { filed: Number(filed), expired: Number(expired) };
  }));
}

/** The cron entry (register.ts): daily at 02:41 server time, outside office hours. */
export function pendingImportCleanupCron(strapi: Core.Strapi): Record<string, CronEntry> {
  return {
    pendingImportCleanup: cronEntry(strapi, 'kept import cleanup', '41 2 * * *', () => pendingImportCleanup(strapi), (result) => {
      strapi.log.info(`[jobs] kept imports: ${result.filed} filed and ${result.expired} expired removed`);
    }),
  };
}
