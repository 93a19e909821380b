// Post writes: Art. 19, officers put on a post that holds enforcement powers must be certified; the
// post's flag of a lapsed certificate (posts.certificateLapsed) is the server's to set.
import { isRow } from '../../util/row';
import { refreshPostFlags } from '../../certificates/flags';
import type { RuleAdapter } from './types';
import { enforceCertifiedOnPosts } from './certified';

export const postRules: RuleAdapter = {
  async before({ actor, params }) {
    if (actor.kind !== 'system' && isRow(params.data)) delete params.data.certificateLapsed;
  },
  async after({ strapi, action, documentId }) {
    if (action === 'delete') return;
    await enforceCertifiedOnPosts(strapi, [documentId], 'officers');
    await refreshPostFlags(strapi, [documentId]);
  },
};
