// Post writes: Art. 19, officers put on a post that holds enforcement powers must be certified.
import type { RuleAdapter } from './types';
import { enforceCertifiedOnPosts } from './certified';

export const postRules: RuleAdapter = {
  async after({ strapi, action, documentId }) {
    if (action !== 'delete') await enforceCertifiedOnPosts(strapi, [documentId], 'officers');
  },
};
