// Officer writes, Art. 19: an officer put on a post with enforcement powers holds a valid
// certificate; a plain edit leaves the certificate alone (only the lifecycle steps of
// cms/src/certificates change it) and never brings back a revoked one. A lifecycle step may lapse
// the certificate of an officer on such a post: the posts are flagged instead.
import { assertCertificateFieldsUnchanged, assertCertificateStatusChange, assertCertifiedOfficer } from '../../domain';
import { inCertificateStep } from '../../certificates/context';
import { postsOfOfficers, refreshPostFlags } from '../../certificates/flags';
import { applyOfficerReviewDefault, applyOfficerWriteDefaults } from '../../certificates/register';
import { isRow, rowsOf, strOf, type Row } from '../../util/row';
import { enforce, forbid } from '../../store/errors';
import { certificateFieldAtFault } from './certified';
import { officerFacts, postsHoldingPowers, today } from '../../store/facts';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter } from './types';

/** Posts each write's officer held before it, to clear their flags when it leaves them. */
const postsBefore = new WeakMap<Row, string[]>();

export const officerRules: RuleAdapter = {
  async before({ strapi, actor, action, documentId, params }) {
    const data = isRow(params.data) ? params.data : null;
    if (data && !inCertificateStep() && actor.kind !== 'system') applyOfficerWriteDefaults(data, actor, action, new Date());
    if (data && action === 'create' && !inCertificateStep()) applyOfficerReviewDefault(data);
    if (documentId) postsBefore.set(params, await postsOfOfficers(strapi, [documentId]));
  },

  async after({ strapi, actor, action, documentId, params, before, after }) {
    const previous = postsBefore.get(params) ?? [];
    if (action === 'delete') {
      await refreshPostFlags(strapi, previous);
      return;
    }
    const row: unknown = await strapi.db.query('api::officer.officer').findOne({ where: { documentId }, populate: { posts: { select: ['documentId'] } } });
    if (!isRow(row)) return;
    const postIds = rowsOf(row.posts).map((p) => strOf(p, 'documentId')).filter((id): id is string => id !== null);
    if (!inCertificateStep()) {
      const held = await postsHoldingPowers(strapi, postIds);
      enforce(assertCertifiedOfficer(officerFacts(row), held.size > 0, today(), certificateFieldAtFault(row)));
      if (action === 'update' && before && after && actor.kind !== 'system') {
        if (actor.kind === 'user') forbid(assertCertificateFieldsUnchanged(changedFields(before, after)));
        enforce(assertCertificateStatusChange(strOf(before, 'status') ?? 'none', strOf(after, 'status') ?? 'none'));
      }
    }
    await refreshPostFlags(strapi, [...previous, ...postIds]);
  },
};
