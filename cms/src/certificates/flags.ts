// Art. 19: a post with enforcement powers on which an officer without a valid certificate still
// sits is flagged (posts.certificateLapsed), so the department sees it on the post and the
// dashboard, and list submission stops on it (assertPostsCertified). The flag is derived data: it is
// written through the query engine, not as an edit of the post (which would re-run the post's rules
// and refuse the very state it records).
import type { Core } from '@strapi/strapi';
import { certificateValid } from '../domain';
import { loadPosts, postsHoldingPowers, today } from '../store/facts';
import { rowsOf, strOf } from '../util/row';

const POST = 'api::post.post';

/** Sets or clears the flag of the given posts from their officers and powers now. Returns the posts flagged. */
export async function refreshPostFlags(strapi: Core.Strapi, postIds: string[], on: string = today()): Promise<string[]> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return [];
  const held = await postsHoldingPowers(strapi, ids);
  const posts = await loadPosts(strapi, { documentId: { $in: ids } });
  const flagged = posts.filter((p) => held.has(p.id) && p.officers.some((o) => !certificateValid(o, on))).map((p) => p.id);
  const cleared = ids.filter((id) => !flagged.includes(id));
  // Rows from before the column existed hold NULL, which `<> true` would not match.
  if (flagged.length > 0) await strapi.db.query(POST).updateMany({ where: { documentId: { $in: flagged }, $or: [{ certificateLapsed: false }, { certificateLapsed: { $null: true } }] }, data: { certificateLapsed: true } });
  if (cleared.length > 0) await strapi.db.query(POST).updateMany({ where: { documentId: { $in: cleared }, certificateLapsed: true }, data: { certificateLapsed: false } });
  return flagged;
}

/** Posts of the given officers. */
export async function postsOfOfficers(strapi: Core.Strapi, officerIds: string[]): Promise<string[]> {
  if (officerIds.length === 0) return [];
  const rows = rowsOf(await strapi.db.query(POST).findMany({ where: { officers: { documentId: { $in: officerIds } } }, select: ['documentId'] }));
  return rows.map((r) => strOf(r, 'documentId')).filter((id): id is string => id !== null);
}

/** Every post that is flagged or has an officer without a valid certificate: the job's full sweep. */
export async function refreshAllFlags(strapi: Core.Strapi, on: string = today()): Promise<string[]> {
  const rows = rowsOf(await strapi.db.query(POST).findMany({
    where: { $or: [{ certificateLapsed: true }, { officers: { $or: [{ status: { $ne: 'valid' } }, { certificateExpiresAt: { $lt: on } }, { certificateExpiresAt: { $null: true } }] } }] },
    select: ['documentId'],
  }));
  return refreshPostFlags(strapi, rows.map((r) => strOf(r, 'documentId')).filter((id): id is string => id !== null), on);
}
