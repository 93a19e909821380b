// Officers in bulk, Art. 19, as cms/src/guards/rules/officer.ts judges one officer's create: the
// register entry of the certificate's history and the review date (the same functions), and
// CERTIFIED_OFFICER for an officer put on a post that carries powers without a valid certificate
// (the same domain assert, on the posts' powers read once for all rows). The posts' flags are
// refreshed once, from the stored state, for every post an imported officer was put on.
import { refreshPostFlags } from '../../certificates/flags';
import { applyOfficerReviewDefault, applyOfficerWriteDefaults } from '../../certificates/register';
import { assertCertifiedOfficer } from '../../domain';
import { RuleViolation } from '../../store/errors';
import { officerFacts, postsHoldingPowers, today } from '../../store/facts';
import { certificateFieldAtFault } from '../../guards/rules/certified';
import type { BulkAdapter, Candidate } from './types';

const postsOf = (c: Candidate): string[] => (Array.isArray(c.data.posts) ? c.data.posts.filter((p): p is string => typeof p === 'string') : []);

export const officerBulk: BulkAdapter = {
  prepare(ctx, data) {
    applyOfficerWriteDefaults(data, ctx.actor, 'create', ctx.now);
    applyOfficerReviewDefault(data);
  },

  async check(ctx, rows) {
    const held = await postsHoldingPowers(ctx.strapi, [...new Set(rows.flatMap(postsOf))]);
    const day = today();
    const refused = new Map<number, Error>();
    for (const c of rows) {
      // The officer as it would be stored: the validator's values carry the defaults (status 'valid').
      const officer = c.values ?? c.data;
      const result = assertCertifiedOfficer(officerFacts(officer), postsOf(c).some((p) => held.has(p)), day, certificateFieldAtFault(officer));
      if (!result.ok) refused.set(c.index, new RuleViolation(result));
    }
    return refused;
  },

  async afterWrite(ctx, rows) {
    await refreshPostFlags(ctx.strapi, rows.flatMap(postsOf));
  },
};
