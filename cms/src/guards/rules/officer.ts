// Officer writes: Art. 19, an officer on a post with enforcement powers holds a valid certificate.
import { assertCertifiedOfficer } from '../../domain';
import { isRow, rowsOf, strOf } from '../../util/row';
import { enforce } from '../errors';
import { officerFacts, postsHoldingPowers, today } from '../facts';
import type { RuleAdapter } from './types';

export const officerRules: RuleAdapter = {
  async after({ strapi, action, documentId }) {
    if (action === 'delete') return;
    const row: unknown = await strapi.db.query('api::officer.officer').findOne({ where: { documentId }, populate: { posts: { select: ['documentId'] } } });
    if (!isRow(row)) return;
    const postIds = rowsOf(row.posts).map((p) => strOf(p, 'documentId')).filter((id): id is string => id !== null);
    const held = await postsHoldingPowers(strapi, postIds);
    // Point at the certificate field that is wrong, so the console shows the message beside it.
    const field = !row.certificateNumber ? 'certificateNumber' : row.status !== 'valid' ? 'status' : 'certificateExpiresAt';
    enforce(assertCertifiedOfficer(officerFacts(row), held.size > 0, today(), field));
  },
};
