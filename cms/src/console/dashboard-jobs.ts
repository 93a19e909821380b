// The region dashboard's "scheduled jobs" card (issue 13): each job's last completed run, and the
// records that failed in it (each failed alone behind its savepoint, jobs/job-log.ts). Region
// staff only: a failure message may name records of any government.
import type { Core } from '@strapi/strapi';
import { isRow, type Row } from '../util/row';
import type { ConsoleUser } from './auth';
import { integrityFigures, type IntegrityFigures } from './dashboard-integrity';

export const JOB_NAMES = ['adjustment-check', 'certificate-expiry', 'escalation', 'integrity-check'] as const;

export interface JobStatus {
  job: string;
  lastRunAt: string | null;
  succeeded: number;
  failed: number;
  failures: { recordId: string; error: string; failedAt: string }[];
}

const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const rowsOf = (result: unknown): Row[] => {
  const rows = isRow(result) ? result.rows : undefined;
  return Array.isArray(rows) ? rows.filter(isRow) : [];
};

export async function jobStatuses(strapi: Core.Strapi): Promise<JobStatus[]> {
  const out: JobStatus[] = [];
  for (const job of JOB_NAMES) {
    const run = rowsOf(await strapi.db.connection.raw('SELECT id, finished_at, succeeded, failed FROM nmg_job_runs WHERE job = ? ORDER BY finished_at DESC, id DESC LIMIT 1', [job]))[0];
    if (!run) {
      out.push({ job, lastRunAt: null, succeeded: 0, failed: 0, failures: [] });
      continue;
    }
    const failures = rowsOf(await strapi.db.connection.raw('SELECT record_id, error, failed_at FROM nmg_job_failures WHERE run_id = ? ORDER BY id LIMIT 50', [run.id]));
    out.push({
      job, lastRunAt: iso(run.finished_at), succeeded: Number(run.succeeded), failed: Number(run.failed),
      failures: failures.map((f) => ({ recordId: String(f.record_id), error: String(f.error), failedAt: iso(f.failed_at) })),
    });
  }
  return out;
}

/** The jobs card and the 数据完整性 card: region staff only (others get an empty table and null). */
export async function jobFigures(strapi: Core.Strapi, user: ConsoleUser): Promise<{ jobs: JobStatus[]; integrity: IntegrityFigures | null }> {
  if (user.actor.tier !== 'region') return { jobs: [], integrity: null };
  return { jobs: await jobStatuses(strapi), integrity: await integrityFigures(strapi) };
}
