// The dashboard's Art. 19 figures beyond the expiry warnings of dashboard.ts: posts with powers on
// which an officer's certificate has lapsed (flagged by cms/src/certificates/flags.ts), certificates
// suspended, and certificates whose two-yearly review (年审) falls due within the first warning
// period. Read through strapi.documents(), so the user's scope applies as on the lists they link to.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { addYears } from '../domain';
import type { ConsoleUser } from './auth';
import type { Figure } from './dashboard';
import { consoleResources } from './resources';

const POST = 'api::post.post';
const OFFICER = 'api::officer.officer';

export async function certificateDashboardFigures(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<Figure[]> {
  const resourceOf = (uid: string): string | null => (user.actions.has(`${uid}.find`) ? consoleResources(strapi).find((r) => r.uid === uid)?.name ?? null : null);
  const count = async (uid: string, filters: object): Promise<number> => Number(await strapi.documents(uid as UID.ContentType).count({ filters }));
  const figures: Figure[] = [];
  const posts = resourceOf(POST);
  if (posts) figures.push({ key: 'postsWithLapsedCertificates', count: await count(POST, { certificateLapsed: true }), resource: posts, filter: { certificateLapsed: true } });
  const officers = resourceOf(OFFICER);
  if (officers) {
    // Flagged expired by the certificate job: with certificatesExpiredStillValid (dashboard.ts) the
    // officers the inbox lists as certificateLapsed (inbox-overdue.ts), so the two agree (issue 14).
    figures.push({ key: 'certificatesExpired', count: await count(OFFICER, { status: 'expired' }), resource: officers, filter: { status: 'expired' } });
    figures.push({ key: 'certificatesSuspended', count: await count(OFFICER, { status: 'suspended' }), resource: officers, filter: { status: 'suspended' } });
    // Due when the last review (the issue counts as the first) is this many years back, give or
    // take the first warning period.
    const { reviewIntervalYears } = regulationConfig().certificates;
    const days = Math.max(...regulationConfig().deadlines.certificateWarningDays);
    const horizon = addYears(new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10), -reviewIntervalYears);
    const due = { status: 'valid', certificateReviewedAt: { $lte: horizon } };
    figures.push({ key: 'certificateReviewsDue', count: await count(OFFICER, due), resource: officers, filter: { status: 'valid', certificateReviewedAt_lte: horizon }, params: { days } });
  }
  return figures;
}
