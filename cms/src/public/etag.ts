// Strong validators for public responses: a hash of the exact bytes sent, so that a CDN or a
// browser revalidates with If-None-Match and gets a 304 while the published snapshot is unchanged.
import { createHash } from 'crypto';

export const etagOf = (body: string | Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so W/"x" matches "x"; * matches all. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
