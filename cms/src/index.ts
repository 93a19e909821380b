import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { registerDocumentGuards } from './guards/middleware';
import { ensureRoles } from './bootstrap/roles';
import { applyFieldLabels } from './bootstrap/labels';
import { registerConsoleRoutes } from './console/routes';
import { registerPublicRoutes } from './public/routes';
import { registerJobs } from './jobs/register';
import { ensureJobLog } from './jobs/job-log';
import { ensureQueryIndexes } from './bootstrap/indexes';
import { registerBigramSearch } from './search/register';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Fails the start with a clear message when an administrator's edit of config/ is invalid.
    regulationConfig();
    registerDocumentGuards(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
    await applyFieldLabels(strapi);
    // Name searches use the bigram index only once it exists (without it they scan, as before).
    registerBigramSearch(strapi, await ensureQueryIndexes(strapi));
    registerConsoleRoutes(strapi);
    await registerPublicRoutes(strapi);
    await ensureJobLog(strapi);
    registerJobs(strapi);
  },
};
