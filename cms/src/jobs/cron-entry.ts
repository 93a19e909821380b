// One scheduled job as strapi.cron.add takes it: the job runs on its rule, its outcome is logged when
// this instance ran it (runOnce: another instance may hold the job's lock), and a failure is logged
// rather than thrown, since nothing awaits a cron task and an unlogged failure would leave no trace.
import type { Core } from '@strapi/strapi';
import type { JobOutcome } from './run-once';

export interface CronEntry {
  task: () => Promise<void>;
  options: { rule: string };
}

export function cronEntry<T>(strapi: Core.Strapi, label: string, rule: string, run: () => Promise<JobOutcome<T>>, report: (result: T) => void): CronEntry {
  return {
    task: async () => {
      try {
        const outcome = await run();
        if (outcome.ran) report(outcome.result);
      } catch (error) {
        strapi.log.error(`[jobs] ${label} failed: ${(error as Error).message}`);
      }
    },
    options: { rule },
  };
}
