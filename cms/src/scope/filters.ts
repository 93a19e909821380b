// Turns an actor and a content type into the filter its reads and writes are confined to.
// The same filter object serves the document service (filters) and the query engine (where).
import { regulationConfig } from '@nmg/config';
import type { Actor, UserActor } from './actor';
import { SCOPE_RULES, type Anchor } from './anchors';

export type Filter = Record<string, unknown>;

/** Matches no row: ids are positive. */
export const NOTHING: Filter = { id: { $lt: 0 } };

const nest = (path: string[], leaf: Filter): Filter => path.reduceRight<Filter>((inner, key) => ({ [key]: inner }), leaf);

function anchorFilter(actor: UserActor, anchor: Anchor): Filter | null {
  const { scope } = actor;
  if (scope.kind === 'none') return null;
  if (anchor.to === 'code') return scope.kind === 'subtree' ? { [anchor.field]: { $startsWith: scope.codePrefix } } : null;
  if (anchor.to === 'government') return scope.kind === 'subtree' ? nest(anchor.path, { code: { $startsWith: scope.codePrefix } }) : null;
  if (scope.kind === 'department') return nest(anchor.path, { documentId: { $eq: scope.departmentId } });
  return nest(anchor.path, { government: { code: { $startsWith: scope.codePrefix } } });
}

function anchorsFilter(actor: UserActor, anchors: Anchor[]): Filter {
  const parts = anchors.map((a) => anchorFilter(actor, a)).filter((f): f is Filter => f !== null);
  if (parts.length === 0) return NOTHING;
  return parts.length === 1 ? parts[0] : { $or: parts };
}

/** Filter for reads, or null when the actor reads the type unrestricted. */
export function readFilter(actor: Actor, uid: string): Filter | null {
  const rule = SCOPE_RULES[uid];
  if (!rule || actor.kind === 'system' || actor.kind === 'admin') return null;
  if (uid === 'api::interference-record.interference-record') {
    // Art. 30: sealed records are read only by the supervisors named in config/supervision.json.
    if (actor.kind !== 'user' || !regulationConfig().supervision.interferenceReaders.includes(actor.role)) return NOTHING;
  }
  if (uid === 'api::audit-log.audit-log') {
    // The audit trail is read only by the roles named in config/security.json (each within its subtree).
    if (actor.kind !== 'user' || !regulationConfig().security.audit.readers.includes(actor.role)) return NOTHING;
  }
  if (rule.read === 'reference') return null;
  if (actor.kind !== 'user') return NOTHING;
  // The region's own subtree is every record of the system: filtering by it only joins each row
  // to its department and government (and makes the query engine de-duplicate whole rows), which
  // made a region supervisor's search over 400,000 items slow. Writes keep their anchors, and so
  // do records anchored by a stored code (the audit trail), whose system rows carry none.
  if (coversWholeRegion(actor) && rule.anchors.every((a) => a.to !== 'code')) return null;
  return anchorsFilter(actor, rule.anchors);
}

/** A subtree scope at the top tier (rank 1): the region government or its justice department. */
function coversWholeRegion(actor: UserActor): boolean {
  const top = regulationConfig().tiers.find((t) => t.rank === 1);
  return actor.scope.kind === 'subtree' && top !== undefined && actor.tier === top.key && actor.scope.codePrefix.length === top.codePrefixLength;
}

/** Filter a record must satisfy before and after a write by this actor; null when unrestricted. */
export function writeFilter(actor: Actor, uid: string): Filter | null {
  const rule = SCOPE_RULES[uid];
  if (!rule || actor.kind === 'system' || actor.kind === 'admin') return null;
  if (actor.kind !== 'user') return NOTHING;
  if (uid === 'api::catalogue-item.catalogue-item') {
    const { roles, tiers } = regulationConfig().supervision.catalogueMaintainers;
    return roles.includes(actor.role) && actor.tier !== null && tiers.includes(actor.tier as (typeof tiers)[number]) ? null : NOTHING;
  }
  if (rule.anchors.length === 0) return null;
  return anchorsFilter(actor, rule.anchors);
}

/** The relation a department user's new record is attached to when the request leaves it out. */
export const ownDepartmentField = (uid: string): string | undefined => SCOPE_RULES[uid]?.ownDepartmentField;

/** AND of two optional filters. */
export const andFilters = (a: unknown, b: Filter): Filter =>
  a && typeof a === 'object' && Object.keys(a).length > 0 ? { $and: [a, b] } : b;

/**
 * Records whose owner (the type's first anchor) lies in the government subtree of `codePrefix`:
 * the console's `subtree` list filter, with which a league or the region compares its subordinate
 * governments (issue 14, point 6). Null when the type hangs nowhere in the tree. It narrows a
 * read; the actor's own scope filter still applies on top of it.
 */
export function subtreeFilter(uid: string, codePrefix: string): Filter | null {
  const first = SCOPE_RULES[uid]?.anchors[0];
  if (!first) return null;
  const code = { code: { $startsWith: codePrefix } };
  if (first.to === 'code') return { [first.field]: { $startsWith: codePrefix } };
  return first.to === 'government' ? nest(first.path, code) : nest(first.path, { government: code });
}
