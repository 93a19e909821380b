// Whether each new record would lie inside the importer's scope (the check the middleware runs on
// the stored record after every write, guardWrite in cms/src/guards/middleware.ts), judged before
// anything is written: the write filter's conditions on to-one relations are evaluated with one
// query per relation for all rows. A record refused here is refused by the middleware too
// (SCOPE_FORBIDDEN on the relation that places it), and the importer re-checks the stored rows
// with the middleware's own query before it commits.
import type { Core, UID } from '@strapi/strapi';
import { NOTHING, type Filter } from '../../scope/filters';
import type { ModelLike } from '../../scope/populate';
import { canonical } from '../../util/canonical';
import { isRow, rowsOf } from '../../util/row';
import type { Candidate } from './types';
import { ownAttribute } from '../../util/model';

type Verdict = (c: Candidate) => boolean;

const TO_ONE = ['manyToOne', 'oneToOne'];

async function relationVerdict(strapi: Core.Strapi, model: ModelLike, field: string, inner: Filter, rows: readonly Candidate[]): Promise<Verdict> {
  const attr = model.attributes[field];
  const target = attr.target ?? '';
  const ids = [...new Set(rows.map((c) => c.data[field]).filter((v): v is string => typeof v === 'string'))];
  const found: unknown = ids.length === 0 ? [] : await strapi.db.query(target as UID.Schema).findMany({ where: { $and: [{ documentId: { $in: ids } }, inner] }, select: ['documentId'] });
  const inside = new Set(rowsOf(found).map((r) => String(r.documentId)));
  // No related record: the middleware's join finds nothing, so the record is outside.
  return (c) => typeof c.data[field] === 'string' && inside.has(c.data[field] as string);
}

/** Compiles a scope filter (as built by cms/src/scope/filters.ts) into a verdict on proposed records. */
export async function compileScope(strapi: Core.Strapi, model: ModelLike, filter: Filter, rows: readonly Candidate[]): Promise<Verdict> {
  if (canonical(filter) === canonical(NOTHING)) return () => false;
  const parts: Verdict[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if ((key === '$or' || key === '$and') && Array.isArray(value)) {
      const inner = await Promise.all(value.filter(isRow).map((f) => compileScope(strapi, model, f, rows)));
      parts.push(key === '$or' ? (c) => inner.some((v) => v(c)) : (c) => inner.every((v) => v(c)));
      continue;
    }
    const attr = ownAttribute(model, key);
    if (attr?.type === 'relation' && TO_ONE.includes(attr.relation ?? '') && isRow(value)) {
      parts.push(await relationVerdict(strapi, model, key, value, rows));
      continue;
    }
    // A scope the importer cannot judge ahead is a programming error: the type keeps the row-by-row path (eligibility.ts).
    throw new Error(`bulk import: cannot judge the scope condition on "${key}" before writing`);
  }
  return (c) => parts.every((v) => v(c));
}
