// Boots the Strapi app from its compiled output; shared by `npm start`, the seed script and tests.
import { createStrapi, type Core } from '@strapi/strapi';
import { join, resolve } from 'path';

export const CMS_DIR = resolve(__dirname, '..', '..', '..');
export const REPO_DIR = resolve(CMS_DIR, '..');
export const DIVISIONS_CSV = join(REPO_DIR, 'database', 'seed', 'nmg-divisions-2023.csv');

export async function loadStrapi(): Promise<Core.Strapi> {
  // Telemetry would call out of this closed network and keeps unawaited queries alive at shutdown.
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const app = createStrapi({ appDir: CMS_DIR, distDir: join(CMS_DIR, 'dist') });
  await app.load();
  return app;
}

/** The app registered (content types and components known) without a database: enough for Strapi's type generator (scripts/types.ts). */
export async function registerStrapi(): Promise<Core.Strapi> {
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  return createStrapi({ appDir: CMS_DIR, distDir: join(CMS_DIR, 'dist') }).register();
}

export { seedDemo, isSeeded } from '../seed';
export { demo } from '../seed';
export { publishDemoLists, PUBLISHED_DEMO_DEPARTMENTS } from '../seed/publish-demo';
export { adjustmentCheck } from '../jobs/adjustment-check';
export { JOB_LOCKS } from '../jobs/run-once';
export { certificateExpiry } from '../jobs/certificate-expiry';
export { escalationJob } from '../jobs/escalation';
export { integrityCheck } from '../jobs/integrity-check';
export { seedSupervisionDemo } from '../seed/supervision-demo';
export { prepareData, type Prepared } from '../seed/prepare';
export { seedReference } from '../seed';
export { createFirstAdministrator, type FirstAdminInput, type FirstAdminOutcome } from '../bootstrap/first-admin';
export { REGION as REGION_CODE } from '../seed/demo-data';
export { migratePii, piiRowsBehind } from './pii-migrate';
export { issueSessionToken } from '../security/session-token';
export { auditArchiveJob } from '../jobs/audit-archive';
export { pendingImportCleanup } from '../jobs/pending-import-cleanup';
