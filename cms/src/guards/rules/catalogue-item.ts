// The region catalogue: a draft may be incomplete, but what is published cites a basis in force (Art. 4, 9).
import { assertBasisRequired } from '../../domain';
import { isRow } from '../../util/row';
import { enforce } from '../../store/errors';
import { POWER_POPULATE, powerFacts } from '../../store/facts';
import type { RuleAdapter } from './types';

export const catalogueItemRules: RuleAdapter = {
  async after({ strapi, action, documentId, params }) {
    const publishing = action === 'publish' || (['create', 'update'].includes(action) && params.status === 'published');
    if (!publishing) return;
    const row: unknown = await strapi.db.query('api::catalogue-item.catalogue-item').findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      populate: { bases: POWER_POPULATE.bases },
    });
    if (isRow(row)) enforce(assertBasisRequired(powerFacts(row).bases));
  },
};
