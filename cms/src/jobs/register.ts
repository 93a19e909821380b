// Scheduled jobs, when cron is on (config/server.ts; off in tests, which call the jobs directly).
import type { Core } from '@strapi/strapi';
import { adjustmentCheck } from './adjustment-check';
import { certificateExpiryCron } from './certificate-expiry';
import { escalationJob } from './escalation';
import { auditArchiveCron } from './audit-archive';
import { integrityCheckCron } from './integrity-check';
import { pendingImportCleanupCron } from './pending-import-cleanup';

export function registerJobs(strapi: Core.Strapi): void {
  if (!strapi.config.get('server.cron.enabled')) return;
  strapi.cron.add({
    adjustmentCheck: {
      // Hourly: deadlines are days long; an hour's delay in flagging one does not matter.
      task: async () => {
        try {
          const outcome = await adjustmentCheck(strapi);
          if (outcome.ran) strapi.log.info(`[jobs] adjustment check: ${outcome.result.opened} tasks opened, ${outcome.result.flaggedOverdue} flagged overdue`);
        } catch (error) {
          strapi.log.error(`[jobs] adjustment check failed: ${(error as Error).message}`);
        }
      },
      options: { rule: '17 * * * *' },
    },
    ...certificateExpiryCron(strapi),
    ...auditArchiveCron(strapi),
    ...integrityCheckCron(strapi),
    ...pendingImportCleanupCron(strapi),
    escalation: {
      // Hourly (Art. 27): a correction order escalates within the hour after its deadline day ends (UTC).
      task: async () => {
        try {
          const outcome = await escalationJob(strapi);
          if (outcome.ran && outcome.result.escalated.length > 0) strapi.log.info(`[jobs] escalation: ${outcome.result.escalated.length} correction orders escalated to circulated criticism`);
        } catch (error) {
          strapi.log.error(`[jobs] escalation failed: ${(error as Error).message}`);
        }
      },
      options: { rule: '23 * * * *' },
    },
  });
}
