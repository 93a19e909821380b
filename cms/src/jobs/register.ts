// Scheduled jobs, when cron is on (config/server.ts; off in tests, which call the jobs directly).
import type { Core } from '@strapi/strapi';
import { adjustmentCheck } from './adjustment-check';
import { certificateExpiryCron } from './certificate-expiry';
import { escalationJob } from './escalation';
import { auditArchiveCron } from './audit-archive';
import { integrityCheckCron } from './integrity-check';
import { pendingImportCleanupCron } from './pending-import-cleanup';
import { cronEntry } from './cron-entry';

export function registerJobs(strapi: Core.Strapi): void {
  if (!strapi.config.get('server.cron.enabled')) return;
  strapi.cron.add({
    // Hourly: deadlines are days long; an hour's delay in flagging one does not matter.
    adjustmentCheck: cronEntry(strapi, 'adjustment check', '17 * * * *', () => adjustmentCheck(strapi), (result) => {
      strapi.log.info(`[jobs] adjustment check: ${result.opened} tasks opened, ${result.flaggedOverdue} flagged overdue`);
    }),
    ...certificateExpiryCron(strapi),
    ...auditArchiveCron(strapi),
    ...integrityCheckCron(strapi),
    ...pendingImportCleanupCron(strapi),
    // Hourly (Art. 27): a correction order escalates within the hour after its deadline day ends (UTC).
    escalation: cronEntry(strapi, 'escalation', '23 * * * *', () => escalationJob(strapi), (result) => {
      if (result.escalated.length > 0) strapi.log.info(`[jobs] escalation: ${result.escalated.length} correction orders escalated to circulated criticism`);
    }),
  });
}
