import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { registerDocumentGuards } from './guards/middleware';
import { ensureRoles } from './bootstrap/roles';
import { applyFieldLabels } from './bootstrap/labels';
import { registerConsoleRoutes } from './console/routes';
import { registerPublicRoutes } from './public/routes';
import { registerJobs } from './jobs/register';
import { ensureQueryIndexes } from './bootstrap/indexes';
import { registerBigramSearch } from './search/register';
import { ensureSessionTable } from './security/session-store';
import { ensureAuditAppendOnly } from './audit/append-only';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Fails the start with a clear message when an administrator's edit of config/ is invalid.
    regulationConfig();
    registerDocumentGuards(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Sessions (idle time, sign-out) and the append-only audit trail: before the first request.
    await ensureSessionTable(strapi);
    await ensureAuditAppendOnly(strapi);
    await ensureRoles(strapi);
    await applyFieldLabels(strapi);
    // Name searches use the bigram index only once it exists (without it they scan, as before).
    registerBigramSearch(strapi, await ensureQueryIndexes(strapi));
    registerConsoleRoutes(strapi);
    await registerPublicRoutes(strapi);
    registerJobs(strapi);
  },
};
