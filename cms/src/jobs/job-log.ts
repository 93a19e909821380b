// Jobs that one row cannot stop (issue 13): each record runs behind its own savepoint inside the
// job's transaction; a failure rolls back that record only, is written to nmg_job_failures and the
// job carries on. Every completed run is written to nmg_job_runs, so the region dashboard shows the
// last run of each job and the records that failed in it (console/dashboard-jobs.ts).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { afterCommit, withTrx } from '../util/trx';

/** Emitted on strapi.eventHub once a job's run is committed (the dashboard drops its cache). */
export const JOB_RUN_EVENT = 'nmg::job-run';

export interface RecordFailure {
  recordId: string;
  error: string;
}

const TABLES = [
  `CREATE TABLE IF NOT EXISTS nmg_job_runs (
     id bigserial PRIMARY KEY, job text NOT NULL, started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL,
     succeeded integer NOT NULL, failed integer NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS nmg_job_runs_job_idx ON nmg_job_runs (job, finished_at DESC)',
  `CREATE TABLE IF NOT EXISTS nmg_job_failures (
     id bigserial PRIMARY KEY, run_id bigint NOT NULL REFERENCES nmg_job_runs (id) ON DELETE CASCADE,
     job text NOT NULL, record_id text NOT NULL, error text NOT NULL, failed_at timestamptz NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS nmg_job_failures_run_idx ON nmg_job_failures (run_id)',
];

/** Creates the job log tables (idempotent; at start-up, after the schema sync). */
export async function ensureJobLog(strapi: Core.Strapi): Promise<void> {
  for (const sql of TABLES) await strapi.db.connection.raw(sql);
}

/** The job's record-by-record work: each `work(id)` behind a savepoint; failures collected, not thrown. */
export class RecordRun {
  readonly failures: RecordFailure[] = [];
  succeeded = 0;
  private readonly startedAt = new Date();

  constructor(private readonly strapi: Core.Strapi, readonly job: string) {}

  async each<T>(records: readonly T[], idOf: (record: T) => string, work: (record: T) => Promise<void>): Promise<void> {
    for (const record of records) {
      await withTrx(this.strapi, async (trx: Knex.Transaction) => {
        await trx.raw('SAVEPOINT nmg_job_record');
        try {
          await work(record);
          await trx.raw('RELEASE SAVEPOINT nmg_job_record');
          this.succeeded += 1;
        } catch (error) {
          await trx.raw('ROLLBACK TO SAVEPOINT nmg_job_record');
          this.failures.push({ recordId: idOf(record), error: error instanceof Error ? error.message : String(error) });
        }
      });
    }
  }

  /** Writes the run and its failures, in the job's transaction (committed with the work); returns the run's id. */
  async finish(): Promise<number> {
    return withTrx(this.strapi, async (trx: Knex.Transaction) => {
      const inserted = (await trx('nmg_job_runs').insert({
        job: this.job, started_at: this.startedAt, finished_at: new Date(), succeeded: this.succeeded, failed: this.failures.length,
      }).returning('id')) as ({ id: number | string } | number | string)[];
      const first = inserted[0];
      const runId = typeof first === 'object' ? first.id : first;
      if (this.failures.length > 0) {
        await trx('nmg_job_failures').insert(this.failures.map((f) => ({ run_id: runId, job: this.job, record_id: f.recordId, error: f.error.slice(0, 2000), failed_at: new Date() })));
      }
      await afterCommit(this.strapi, () => {
        void this.strapi.eventHub.emit(JOB_RUN_EVENT, { job: this.job });
      });
      return Number(runId);
    });
  }
}
