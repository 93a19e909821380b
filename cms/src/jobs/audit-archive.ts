// Audit retention (网络安全法 Art. 21: network logs kept six months at least): once a day, rows older
// than config/security.json audit.archiveAfterDays (365 by default, never under 180) are written to
// a gzip-compressed JSON-lines file and then removed through nmg_audit_purge(), the only path the
// append-only trigger lets through (cms/src/audit/append-only.ts). A file is complete and flushed
// before the rows it holds are removed, in the same transaction as the advisory lock, so a failure
// leaves the rows in place (a later run writes them again, to a file named by their id range).
import { createWriteStream, mkdirSync, renameSync } from 'fs';
import { isAbsolute, join } from 'path';
import { once } from 'events';
import { createGzip } from 'zlib';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { configDir, regulationConfig } from '@nmg/config';
import { AUDIT_MIN_DAYS, auditTable } from '../audit/append-only';
import { withTrx } from '../util/trx';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { cronEntry, type CronEntry } from './cron-entry';

export interface AuditArchiveResult {
  files: string[];
  archived: number;
}

const BATCH = 5_000;

/** The archive folder: AUDIT_ARCHIVE_DIR, else config/security.json audit.archiveDir (relative to the project root). */
export function archiveDir(): string {
  const dir = process.env.AUDIT_ARCHIVE_DIR ?? regulationConfig().security.audit.archiveDir;
  return isAbsolute(dir) ? dir : join(configDir(), '..', dir);
}

async function writeArchive(path: string, rows: unknown[]): Promise<void> {
  const part = `${path}.part`;
  const gzip = createGzip();
  const out = createWriteStream(part);
  gzip.pipe(out);
  for (const row of rows) if (!gzip.write(`${JSON.stringify(row)}\n`)) await once(gzip, 'drain');
  gzip.end();
  await once(out, 'close');
  renameSync(part, path);
}

export async function auditArchiveJob(strapi: Core.Strapi, now: Date = new Date()): Promise<JobOutcome<AuditArchiveResult>> {
  const days = Math.max(regulationConfig().security.audit.archiveAfterDays, AUDIT_MIN_DAYS);
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const dir = archiveDir();
  const table = auditTable(strapi);
  return runOnce(strapi, JOB_LOCKS.auditArchive, () => withTrx(strapi, async (trx: Knex.Transaction) => {
    const result: AuditArchiveResult = { files: [], archived: 0 };
    for (;;) {
      const rows = (await trx(table).where('at', '<', cutoff).orderBy('id').limit(BATCH).select('*')) as { id: number }[];
      if (rows.length === 0) return result;
      mkdirSync(dir, { recursive: true });
      const first = rows[0].id;
      const last = rows[rows.length - 1].id;
      const path = join(dir, `audit-${String(first).padStart(10, '0')}-${String(last).padStart(10, '0')}.jsonl.gz`);
      await writeArchive(path, rows);
      const purged = (await trx.raw('SELECT nmg_audit_purge(?, ?) AS removed', [cutoff, last])) as { rows: { removed: number }[] };
      result.files.push(path);
      result.archived += Number(purged.rows[0]?.removed ?? 0);
      if (rows.length < BATCH) return result;
    }
  }));
}

/** Daily at 03:41 (cron on, config/server.ts). */
export function auditArchiveCron(strapi: Core.Strapi): Record<string, CronEntry> {
  return {
    auditArchive: cronEntry(strapi, 'audit archive', '41 3 * * *', () => auditArchiveJob(strapi), (result) => {
      if (result.archived > 0) strapi.log.info(`[jobs] audit archive: ${result.archived} rows to ${result.files.join(', ')}`);
    }),
  };
}
