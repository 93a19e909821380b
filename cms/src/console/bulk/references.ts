// The references of all rows, checked and resolved with one query per target type:
// - each must be readable by the importer (enforceReadableReferences, cms/src/guards/references.ts:
//   no officer of one county on another county's post), else SCOPE_FORBIDDEN on the field;
// - each must exist, else the row fails as the document service fails it (its ValidationError,
//   same text), and the row ids found are what the link rows are written with.
import { errors } from '@strapi/utils';
import type { UID } from '@strapi/strapi';
import { ScopeForbidden } from '../../store/errors';
import { readableAmong, UNREADABLE_REFERENCE, type Reference } from '../../guards/references';
import { chunksOf } from '../../util/chunks';
import { rowsOf } from '../../util/row';
import type { BulkContext, Candidate } from './types';

/** documentId → row id, per target type. */
export type IdMap = Map<string, Map<string, number>>;

export type RefsOf = (c: Candidate) => Reference[];

function documentIdsByTarget(rows: readonly Candidate[], refsOf: RefsOf): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of rows) for (const ref of refsOf(c)) {
    const set = out.get(ref.target) ?? new Set<string>();
    ref.documentIds.forEach((d) => set.add(d));
    out.set(ref.target, set);
  }
  return out;
}

export async function checkReadableReferences(ctx: BulkContext, rows: readonly Candidate[], refsOf: RefsOf): Promise<void> {
  const readable = new Map<string, Set<string> | null>();
  for (const [target, ids] of documentIdsByTarget(rows, refsOf)) {
    const found = await readableAmong(ctx.strapi, ctx.actor, target, [...ids], []);
    readable.set(target, found ? found.documentIds : null);
  }
  for (const c of rows) {
    // The first reference that fails, as enforceReadableReferences throws at the first. Console
    // input names records by documentId only (parseInput), so there are no row ids to check.
    const ref = refsOf(c).find((r) => {
      const seen = readable.get(r.target);
      return seen !== null && seen !== undefined && r.documentIds.some((d) => !seen.has(d));
    });
    if (ref) c.failure = new ScopeForbidden(ref.field, UNREADABLE_REFERENCE);
  }
}

export async function resolveReferences(ctx: BulkContext, rows: readonly Candidate[], refsOf: RefsOf): Promise<IdMap> {
  const idMap: IdMap = new Map();
  for (const [target, ids] of documentIdsByTarget(rows, refsOf)) {
    const map = new Map<string, number>();
    for (const chunk of chunksOf([...ids], 5000)) {
      const found: unknown = await ctx.strapi.db.query(target as UID.Schema).findMany({ where: { documentId: { $in: chunk } }, select: ['id', 'documentId'] });
      for (const r of rowsOf(found)) map.set(String(r.documentId), Number(r.id));
    }
    idMap.set(target, map);
  }
  for (const c of rows) {
    for (const ref of refsOf(c)) {
      const missing = ref.documentIds.find((d) => !idMap.get(ref.target)?.has(d));
      if (missing === undefined) continue;
      // Targets are never localized here (see eligibility.ts), hence Strapi's `locale "null"`.
      c.failure = new errors.ValidationError(`Document with id "${missing}", locale "null" not found`);
      break;
    }
  }
  return idMap;
}
