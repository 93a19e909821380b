// The zh-Hans texts the Strapi admin lacks, one file per area (issue 14: administrators configure
// roles there, so it must read in Chinese throughout). Strapi merges them over its own catalogues
// (admin shell, then each plugin's, then config.translations), so ours only fill the gaps.
import { adminZh } from './admin';
import { contentManagerZh } from './content-manager';
import { contentReleasesZh } from './content-releases';
import { contentTypeBuilderZh } from './content-type-builder';
import { emailZh } from './email';
import { i18nZh } from './i18n';
import { reviewWorkflowsZh } from './review-workflows';
import { uploadZh } from './upload';
import { usersPermissionsZh } from './users-permissions';

export const zhHans: Record<string, string> = { ...adminZh, ...contentManagerZh, ...contentTypeBuilderZh, ...usersPermissionsZh, ...uploadZh, ...i18nZh, ...emailZh, ...reviewWorkflowsZh, ...contentReleasesZh };
