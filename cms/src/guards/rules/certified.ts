// Art. 19 across the three writes that can put an uncertified officer on an enforcement post:
// the officer's posts, the post's officers, and the power's decomposition to posts.
import type { Core } from '@strapi/strapi';
import { assertCertifiedOfficer } from '../../domain';
import { enforce } from '../../store/errors';
import { loadPosts, postsHoldingPowers, today } from '../../store/facts';
import type { Row } from '../../util/row';

export async function enforceCertifiedOnPosts(strapi: Core.Strapi, postIds: string[], field: string): Promise<void> {
  await enforceCertifiedOnHeldPosts(strapi, [...(await postsHoldingPowers(strapi, postIds))], field);
}

/** The same check for posts already known to hold an active power (a power's own decomposition: no need to ask which do). */
export async function enforceCertifiedOnHeldPosts(strapi: Core.Strapi, heldPostIds: string[], field: string): Promise<void> {
  if (heldPostIds.length === 0) return;
  const posts = await loadPosts(strapi, { documentId: { $in: [...new Set(heldPostIds)] } });
  for (const post of posts) for (const officer of post.officers) enforce(assertCertifiedOfficer(officer, true, today(), field));
}

/** The certificate field that is wrong on an officer refused under Art. 19, so the console shows the message beside it. */
export const certificateFieldAtFault = (officer: Row): string =>
  !officer.certificateNumber ? 'certificateNumber' : officer.status !== 'valid' ? 'status' : 'certificateExpiresAt';
