// Officer writes, Art. 19: an officer put on a post with enforcement powers holds a valid
// certificate; a plain edit leaves the certificate alone (only the lifecycle steps of
// cms/src/certificates change it) and never brings back a revoked one. A lifecycle step may lapse
// the certificate of an officer on such a post: the posts are flagged instead.
import { assertCertificateFieldsUnchanged, assertCertificateStatusChange, assertCertifiedOfficer } from '../../domain';
import { inCertificateStep } from '../../certificates/context';
import { postsOfOfficers, refreshPostFlags } from '../../certificates/flags';
import { historyEntry } from '../../certificates/history';
import { isRow, rowsOf, strOf, type Row } from '../../util/row';
import { enforce, forbid } from '../errors';
import { officerFacts, postsHoldingPowers, today } from '../facts';
import { changedFields } from '../snapshot';
import type { RuleAdapter } from './types';

/** Posts each write's officer held before it, to clear their flags when it leaves them. */
const postsBefore = new WeakMap<Row, string[]>();

export const officerRules: RuleAdapter = {
  async before({ strapi, actor, action, documentId, params }) {
    const data = isRow(params.data) ? params.data : null;
    if (data && !inCertificateStep() && actor.kind !== 'system') {
      // The history is the server's record of the certificate's steps.
      delete data.certificateHistory;
      if (action === 'create') {
        const status = typeof data.status === 'string' ? data.status : 'valid';
        data.certificateHistory = [historyEntry(actor, 'register', 'none', status, null, new Date(), { certificateNumber: typeof data.certificateNumber === 'string' ? data.certificateNumber : null })];
      }
    }
    // A certificate entered with the officer counts as verified on its issue date: the next review
    // (年审, config/certificates.json) falls due from there, as for one issued here.
    if (data && action === 'create' && !inCertificateStep() && data.certificateReviewedAt === undefined && typeof data.certificateIssuedAt === 'string') {
      data.certificateReviewedAt = data.certificateIssuedAt;
    }
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
      // Point at the certificate field that is wrong, so the console shows the message beside it.
      const field = !row.certificateNumber ? 'certificateNumber' : row.status !== 'valid' ? 'status' : 'certificateExpiresAt';
      enforce(assertCertifiedOfficer(officerFacts(row), held.size > 0, today(), field));
      if (action === 'update' && before && after && actor.kind !== 'system') {
        if (actor.kind === 'user') forbid(assertCertificateFieldsUnchanged(changedFields(before, after)));
        enforce(assertCertificateStatusChange(strOf(before, 'status') ?? 'none', strOf(after, 'status') ?? 'none'));
      }
    }
    await refreshPostFlags(strapi, [...previous, ...postIds]);
  },
};
