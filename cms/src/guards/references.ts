// A write may only point at records its author may read: otherwise an editor could, say, put an
// officer on another county's post and so change that county's data through the relation's other
// side. The console checks references itself (with friendlier messages); this covers every path.
import type { Core, UID } from '@strapi/strapi';
import type { UserActor } from '../scope/actor';
import { readFilter } from '../scope/filters';
import type { ModelLike } from '../scope/populate';
import { isRow, rowsOf, type Row } from '../util/row';
import { ScopeForbidden } from '../store/errors';
import { modelOf } from '../store/snapshot';
import { ownAttribute } from '../util/model';

export interface Reference {
  target: string;
  field: string;
  documentIds: string[];
  ids: number[];
}

/** Every id a relation value names, in any syntax Strapi accepts (ids, documentIds, objects, connect/set). */
function idsIn(value: unknown, out: { documentIds: string[]; ids: number[] }): void {
  if (typeof value === 'string') out.documentIds.push(value);
  else if (typeof value === 'number') out.ids.push(value);
  else if (Array.isArray(value)) value.forEach((v) => idsIn(v, out));
  else if (isRow(value)) {
    if (typeof value.documentId === 'string') out.documentIds.push(value.documentId);
    else if (typeof value.id === 'number') out.ids.push(value.id);
    idsIn(value.connect, out);
    idsIn(value.set, out);
  }
}

export function collectReferences(strapi: Core.Strapi, data: Row, model: ModelLike, prefix = ''): Reference[] {
  const refs: Reference[] = [];
  for (const [key, value] of Object.entries(data)) {
    const attr = ownAttribute(model, key);
    if (!attr || value === null || value === undefined) continue;
    if (attr.type === 'relation' && attr.target?.startsWith('api::')) {
      const found = { documentIds: [] as string[], ids: [] as number[] };
      idsIn(value, found);
      if (found.documentIds.length + found.ids.length > 0) refs.push({ target: attr.target, field: `${prefix}${key}`, ...found });
    } else if (attr.type === 'component' && attr.component) {
      const component = modelOf(strapi, attr.component);
      const entries = Array.isArray(value) ? value : [value];
      entries.forEach((entry, index) => {
        if (isRow(entry)) refs.push(...collectReferences(strapi, entry, component, attr.repeatable ? `${prefix}${key}.${index}.` : `${prefix}${key}.`));
      });
    }
  }
  return refs;
}

export const UNREADABLE_REFERENCE = '引用的记录不存在或不在您的数据范围内，不能建立关联。';

/** Those of the named records the actor may read (all of them when the type is readable to everyone). */
export async function readableAmong(strapi: Core.Strapi, actor: UserActor, target: string, documentIds: readonly string[], ids: readonly number[]): Promise<{ documentIds: Set<string>; ids: Set<number> } | null> {
  const filter = readFilter(actor, target);
  if (!filter) return null;
  const rows: unknown = await strapi.db.query(target as UID.Schema).findMany({
    where: { $and: [{ $or: [{ documentId: { $in: [...documentIds] } }, { id: { $in: [...ids] } }] }, filter] },
    select: ['id', 'documentId'],
  });
  const seen = rowsOf(rows);
  return { documentIds: new Set(seen.map((r) => String(r.documentId))), ids: new Set(seen.map((r) => Number(r.id))) };
}

export async function enforceReadableReferences(strapi: Core.Strapi, actor: UserActor, data: Row, model: ModelLike): Promise<void> {
  const refs = collectReferences(strapi, data, model);
  // One read per target type, however many fields point at it (a power's decomposition names an
  // agency and a post per row): issue 16.
  const byTarget = new Map<string, { documentIds: Set<string>; ids: Set<number> }>();
  for (const ref of refs) {
    const named = byTarget.get(ref.target) ?? { documentIds: new Set<string>(), ids: new Set<number>() };
    ref.documentIds.forEach((d) => named.documentIds.add(d));
    ref.ids.forEach((i) => named.ids.add(i));
    byTarget.set(ref.target, named);
  }
  const readableByTarget = new Map<string, Awaited<ReturnType<typeof readableAmong>>>();
  for (const [target, named] of byTarget) readableByTarget.set(target, await readableAmong(strapi, actor, target, [...named.documentIds], [...named.ids]));
  for (const ref of refs) {
    const readable = readableByTarget.get(ref.target);
    if (!readable) continue;
    const missing = ref.documentIds.some((d) => !readable.documentIds.has(d)) || ref.ids.some((i) => !readable.ids.has(i));
    if (missing) throw new ScopeForbidden(ref.field, UNREADABLE_REFERENCE);
  }
}
