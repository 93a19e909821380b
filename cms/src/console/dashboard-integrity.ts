// The region dashboard's 「数据完整性」 card (issue 13): the last completed integrity check and what it
// found, per kind (jobs/integrity-check.ts). Region staff only, like the jobs card: the record ids
// may belong to any government. Labels and order are stored with the findings, as the job wrote them.
import type { Core } from '@strapi/strapi';
import type { IntegrityFigures } from '@nmg/config';
import { jsonbArray } from '../util/jsonb';
import { isRow, type Row } from '../util/row';

export type { IntegrityFigures };

const rowsOf = (result: unknown): Row[] => {
  const rows = isRow(result) ? result.rows : undefined;
  return Array.isArray(rows) ? rows.filter(isRow) : [];
};

/** The sample of record ids (a jsonb array). */
const sampleOf = (value: unknown): string[] => jsonbArray(value).map(String);

/** The job's name in nmg_job_runs (jobs/integrity-check.ts). */
const INTEGRITY_JOB = 'integrity-check';

export async function integrityFigures(strapi: Core.Strapi): Promise<IntegrityFigures> {
  const run = rowsOf(await strapi.db.connection.raw('SELECT id, finished_at, failed FROM nmg_job_runs WHERE job = ? ORDER BY finished_at DESC, id DESC LIMIT 1', [INTEGRITY_JOB]))[0];
  if (!run) return { lastRunAt: null, failedChecks: 0, total: 0, findings: [] };
  const rows = rowsOf(await strapi.db.connection.raw('SELECT kind, label, record_type, count, sample FROM nmg_integrity_findings WHERE run_id = ? ORDER BY position, id', [run.id]));
  const findings = rows.map((r) => ({
    kind: String(r.kind),
    label: String(r.label),
    resource: String(r.record_type),
    count: Number(r.count),
    recordIds: sampleOf(r.sample),
  }));
  const finished = run.finished_at instanceof Date ? run.finished_at : new Date(String(run.finished_at));
  return { lastRunAt: finished.toISOString(), failedChecks: Number(run.failed), total: findings.reduce((n, f) => n + f.count, 0), findings };
}
