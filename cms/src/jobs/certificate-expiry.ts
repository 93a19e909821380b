// Art. 19: certificates past their expiry date become `expired` (a recorded lifecycle step, by the
// system), and every post with powers on which their holders sit is flagged, not emptied: the
// department decides who takes over, and list submission stops until it has. Also re-derives the
// flags of all posts, catching changes no officer or post write announced (a power's decomposition).
// Runs on one instance at a time (see run-once.ts).
import type { Core } from '@strapi/strapi';
import { refreshAllFlags } from '../certificates/flags';
import { takeCertificateStep, OFFICER } from '../certificates/lifecycle';
import { SYSTEM } from '../scope/actor';
import { rowsOf, strOf } from '../util/row';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { cronEntry, type CronEntry } from './cron-entry';
import { RecordRun, type RecordFailure } from './job-log';

export interface CertificateExpiryResult {
  expired: string[];
  flaggedPosts: string[];
  failed: RecordFailure[];
}

export async function certificateExpiry(strapi: Core.Strapi, now: Date = new Date()): Promise<JobOutcome<CertificateExpiryResult>> {
  return runOnce(strapi, JOB_LOCKS.certificateExpiry, async () => {
    const today = now.toISOString().slice(0, 10);
    const due = rowsOf(await strapi.db.query(OFFICER).findMany({ where: { status: 'valid', certificateExpiresAt: { $lt: today } }, select: ['documentId'], orderBy: { id: 'asc' } }));
    const expired: string[] = [];
    const run = new RecordRun(strapi, 'certificate-expiry');
    await run.each(due, (o) => strOf(o, 'documentId') ?? '', async (officer) => {
      const id = strOf(officer, 'documentId');
      if (!id) return;
      const step = { action: 'expire', reason: '证件有效期届满', certificateNumber: null, issuedAt: null, expiresAt: null, enforcementCategories: null };
      if (await takeCertificateStep(strapi, SYSTEM, id, step, now)) expired.push(id);
    });
    const flaggedPosts = await refreshAllFlags(strapi, today);
    await run.finish();
    return { expired, flaggedPosts, failed: run.failures };
  });
}

/** The cron entry (register.ts): hourly, so a certificate lapses within an hour of midnight on every instance's clock. */
export function certificateExpiryCron(strapi: Core.Strapi): Record<string, CronEntry> {
  return {
    certificateExpiry: cronEntry(strapi, 'certificate expiry', '3 * * * *', () => certificateExpiry(strapi), (result) => {
      strapi.log.info(`[jobs] certificate expiry: ${result.expired.length} expired, ${result.flaggedPosts.length} posts flagged`);
    }),
  };
}
