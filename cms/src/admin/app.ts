// The Strapi admin (/admin) in Chinese: administrators configure roles and content types there.
// Strapi keeps English as its built-in default and fallback, so the first visit is switched to
// zh-Hans by seeding the language key the admin reads when it renders (after bootstrap); a
// language an administrator picks later in their profile stays theirs.
import { installDocumentVersions } from './document-version';
import { zhHans } from './translations';

const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['zh-Hans'],
    // Strapi's zh-Hans catalogues miss about a third of the admin's keys (translations/).
    translations: { 'zh-Hans': zhHans },
  },
  register() {
    // Content-manager saves carry the version they loaded (README "Integrity").
    if (typeof window !== 'undefined') installDocumentVersions(window);
  },
  bootstrap() {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  },
};
