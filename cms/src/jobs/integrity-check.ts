// 数据完整性 (issue 13): nightly, on one instance, every check of integrity-checks.ts runs behind its
// own savepoint (a check that fails is recorded in nmg_job_failures and the others carry on); what
// each finds is stored per run in nmg_integrity_findings (count and the first record ids), which
// the region dashboard shows (console/dashboard-integrity.ts). Read-only on the data: the fix is a
// person's decision (reattach the record, or delete it), so the job reports and never repairs.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withTrx } from '../util/trx';
import { INTEGRITY_CHECKS, type IntegrityCheck, type Reference } from './integrity-checks';
import { RecordRun, type RecordFailure } from './job-log';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { cronEntry, type CronEntry } from './cron-entry';

export const INTEGRITY_JOB = 'integrity-check';
/** Record ids kept per finding: enough to find the records, small enough for the dashboard. */
export const SAMPLE_SIZE = 20;

export interface IntegrityFinding {
  kind: string;
  label: string;
  /** The check's place in the table (the dashboard's order). */
  position: number;
  uid: string;
  count: number;
  sample: string[];
}

export interface IntegrityResult {
  findings: IntegrityFinding[];
  failed: RecordFailure[];
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface Meta {
  tableName: string;
  attributes: Record<string, { target?: string; joinTable?: JoinTable; joinColumn?: { name: string } }>;
}

function metaOf(strapi: Core.Strapi, uid: string): Meta {
  return strapi.db.metadata.get(uid) as unknown as Meta;
}

/** SQL (with bindings) that is true when the reference of row `o` leads to an existing record. */
function leadsSomewhere(strapi: Core.Strapi, check: IntegrityCheck, reference: Reference): { sql: string; bindings: string[] } {
  if (typeof reference !== 'string') {
    const target = metaOf(strapi, reference.target).tableName;
    return { sql: `EXISTS (SELECT 1 FROM ?? t WHERE t.document_id = o.??)`, bindings: [target, reference.column] };
  }
  const attribute = metaOf(strapi, check.uid).attributes[reference];
  const target = attribute?.target ? metaOf(strapi, attribute.target).tableName : undefined;
  const link = attribute?.joinTable;
  if (!target || !link) throw new Error(`integrity check ${check.kind}: ${check.uid}.${reference} is not a relation kept in a link table`);
  return {
    sql: 'EXISTS (SELECT 1 FROM ?? l JOIN ?? t ON t.id = l.?? WHERE l.?? = o.id)',
    bindings: [link.name, target, link.inverseJoinColumn.name, link.joinColumn.name],
  };
}

/** The documentIds of the check's orphans, oldest first. */
export async function findOrphans(strapi: Core.Strapi, trx: Knex, check: IntegrityCheck): Promise<string[]> {
  const table = metaOf(strapi, check.uid).tableName;
  const parts = check.anyOf.map((reference) => leadsSomewhere(strapi, check, reference));
  const conditions = [`NOT (${parts.map((p) => p.sql).join(' OR ')})`];
  const bindings: unknown[] = [table, ...parts.flatMap((p) => p.bindings)];
  if (check.when) {
    conditions.push(`o.?? IN (${check.when.in.map(() => '?').join(', ')})`);
    bindings.push(check.when.column, ...check.when.in);
  }
  const result = (await trx.raw(`SELECT o.document_id, min(o.id) AS first FROM ?? o WHERE ${conditions.join(' AND ')} GROUP BY o.document_id ORDER BY first`, bindings as Knex.RawBinding[])) as { rows: { document_id: string }[] };
  return result.rows.map((r) => String(r.document_id));
}

const FINDINGS_TABLE = `CREATE TABLE IF NOT EXISTS nmg_integrity_findings (
  id bigserial PRIMARY KEY, run_id bigint NOT NULL REFERENCES nmg_job_runs (id) ON DELETE CASCADE,
  kind text NOT NULL, label text NOT NULL, position integer NOT NULL, record_type text NOT NULL, count integer NOT NULL, sample jsonb NOT NULL)`;

/** Creates the findings table (idempotent; at start-up, after the job log's tables). */
export async function ensureIntegrityFindings(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(FINDINGS_TABLE);
  await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS nmg_integrity_findings_run_idx ON nmg_integrity_findings (run_id)');
}

export function integrityCheck(strapi: Core.Strapi, checks: readonly IntegrityCheck[] = INTEGRITY_CHECKS): Promise<JobOutcome<IntegrityResult>> {
  return runOnce(strapi, JOB_LOCKS.integrityCheck, async () => {
    const findings: IntegrityFinding[] = [];
    const run = new RecordRun(strapi, INTEGRITY_JOB);
    await run.each(checks, (c) => c.kind, async (check) => {
      const orphans = await withTrx(strapi, (trx) => findOrphans(strapi, trx, check));
      if (orphans.length > 0) findings.push({ kind: check.kind, label: check.label, position: checks.indexOf(check), uid: check.uid, count: orphans.length, sample: orphans.slice(0, SAMPLE_SIZE) });
    });
    const runId = await run.finish();
    if (findings.length > 0) {
      await withTrx(strapi, (trx) => trx('nmg_integrity_findings').insert(findings.map((f) => ({ run_id: runId, kind: f.kind, label: f.label, position: f.position, record_type: f.uid, count: f.count, sample: JSON.stringify(f.sample) }))));
    }
    return { findings, failed: run.failures };
  });
}

/** The cron entry (register.ts): nightly, when nobody is editing. */
export function integrityCheckCron(strapi: Core.Strapi): Record<string, CronEntry> {
  return {
    integrityCheck: cronEntry(strapi, 'integrity check', '41 2 * * *', () => integrityCheck(strapi), (result) => {
      const total = result.findings.reduce((n, f) => n + f.count, 0);
      const message = `[jobs] integrity check: ${String(total)} orphaned records in ${String(result.findings.length)} kinds, ${String(result.failed.length)} checks failed`;
      if (total > 0 || result.failed.length > 0) strapi.log.warn(message);
      else strapi.log.info(message);
    }),
  };
}
