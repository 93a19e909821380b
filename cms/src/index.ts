import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { registerDocumentGuards } from './guards/middleware';
import { setBatchApplier } from './adjustment/batch-applier';
import { applyBatch } from './console/batch/batch-apply';
import { ensureRoles } from './bootstrap/roles';
import { applyFieldLabels } from './bootstrap/labels';
import { registerConsoleRoutes } from './console/routes';
import { registerDashboardInvalidation } from './console/dashboard-cache';
import { registerPublicRoutes } from './public/routes';
import { registerJobs } from './jobs/register';
import { ensureJobLog } from './jobs/job-log';
import { ensureIntegrityFindings } from './jobs/integrity-check';
import { ensureQueryIndexes } from './bootstrap/indexes';
import { ensurePowerCodeUnique } from './database/power-code-unique';
import { registerBigramSearch } from './search/register';
import { registerPiiEncryption } from './pii/lifecycle';
import { migratePii } from './server/pii-migrate';
import { closeRegistration } from './bootstrap/registration';
import { startPublicationChannel, type PublicationChannel } from './public/publication-channel';
import { configureReplicaReads, stopReplicaReads } from './public/replica';

import { ensureSessionTable } from './store/session-store';
import { ensureDashboardWrites } from './store/dashboard-writes';
import { ensureListSnapshotTables } from './store/list-snapshot-store';
import { ensureLawProposalTables } from './store/law-proposal-store';
import { ensureHeaderMappingTable } from './store/header-mapping-store';
import { ensureAuditAppendOnly } from './audit/append-only';
import { ensureSecondFactorTable } from './store/second-factor-store';

let publicationChannel: PublicationChannel | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Fails the start with a clear message when an administrator's edit of config/ is invalid.
    regulationConfig();
    registerDocumentGuards(strapi);
    // The approval of a batch adjustment (a guard) applies it with the console's bulk writer.
    setBatchApplier(applyBatch);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Art. 21: ID numbers and phones encrypted at rest before anything reads or writes them; clear
    // values left by raw SQL or an older database are encrypted now (idempotent).
    registerPiiEncryption(strapi);
    await migratePii(strapi, 'clear');
    // Sessions (idle time, sign-out) and the append-only audit trail: before the first request.
    await ensureSessionTable(strapi);
    await ensureSecondFactorTable(strapi);
    // Laws proposed from an import's preview and the imports kept until they are in (Art. 10).
    await ensureLawProposalTables(strapi);
    await ensureHeaderMappingTable(strapi);
    await ensureAuditAppendOnly(strapi);
    await ensureRoles(strapi);
    await closeRegistration(strapi);
    await applyFieldLabels(strapi);
    // Name searches use the bigram index only once it exists (without it they scan, as before).
    registerBigramSearch(strapi, await ensureQueryIndexes(strapi));
    // Power codes unique within their department, by trigger (issue 13): Strapi's link table holds the department.
    const powerCodes = await ensurePowerCodeUnique(strapi);
    if (powerCodes.duplicates > 0) strapi.log.warn(`[integrity] ${powerCodes.duplicates} department(s) hold one power code twice (written before the check): resolve them in the console`);
    await ensureDashboardWrites(strapi);
    // A list version's frozen items (Art. 13), kept out of the version's row (issue 17).
    await ensureListSnapshotTables(strapi);
    registerDashboardInvalidation(strapi);
    registerConsoleRoutes(strapi);
    await registerPublicRoutes(strapi);
    await ensureJobLog(strapi);
    await ensureIntegrityFindings(strapi);
    registerJobs(strapi);
    publicationChannel = startPublicationChannel(strapi);
    configureReplicaReads(strapi);
  },

  async destroy() {
    await publicationChannel?.stop();
    publicationChannel = null;
    await stopReplicaReads();
  },
};
