// Populated relations are read by the query engine without passing through the document service
// middleware, so the scope filter of each target type is pushed into the populate clause itself.
import { andFilters, type Filter } from './filters';
import { isRow, type Row } from '../util/row';
import { ownValue } from '../util/keys';
import type { ModelLike, ModelLookup } from '../util/model';

// The model shapes live below every layer (cms/src/util/model.ts): the store and util read them too.
export type { AttributeLike, ModelLike, ModelLookup } from '../util/model';

export type TargetFilter = (targetUid: string) => Filter | null;

const POPULATABLE = ['relation', 'component', 'media', 'dynamiczone'];

/** `'a,b.c'`, `['a', 'b.c']`, `'*'`, `true` and objects all become one object form. */
function normalise(populate: unknown, model: ModelLike): Row | null {
  if (populate === undefined || populate === null || populate === false || populate === 'false') return null;
  if (populate === true || populate === 'true' || populate === '*') {
    const all: Row = {};
    for (const [key, attr] of Object.entries(model.attributes)) if (POPULATABLE.includes(attr.type)) all[key] = true;
    return all;
  }
  const paths = typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate.filter((p): p is string => typeof p === 'string') : null;
  if (paths) {
    const tree: Row = {};
    for (const path of paths) {
      const [head, ...rest] = path.trim().split('.');
      if (!head) continue;
      if (head === '*') {
        for (const [key, value] of Object.entries(normalise('*', model) ?? {})) tree[key] = tree[key] ?? value;
      }
      else if (rest.length === 0) tree[head] = tree[head] ?? true;
      else {
        const existing = isRow(tree[head]) ? (tree[head] as Row) : {};
        const inner = Array.isArray(existing.populate) ? existing.populate : [];
        tree[head] = { ...existing, populate: [...(inner as string[]), rest.join('.')] };
      }
    }
    return tree;
  }
  return isRow(populate) ? populate : null;
}

export function scopePopulate(populate: unknown, model: ModelLike, lookup: ModelLookup, filterFor: TargetFilter): unknown {
  const tree = normalise(populate, model);
  if (!tree) return populate;
  const out: Row = {};
  for (const [key, raw] of Object.entries(tree)) {
    const attr = ownValue(model.attributes, key);
    if (raw === false || raw === 'false') continue;
    if (!attr) {
      out[key] = raw; // Strapi's own validation reports unknown keys
      continue;
    }
    let options: Row = raw === true || raw === 'true' ? {} : raw === '*' ? { populate: '*' } : isRow(raw) ? { ...raw } : {};
    const targetUid = attr.type === 'relation' ? attr.target : attr.type === 'component' ? attr.component : undefined;
    const target = targetUid ? lookup(targetUid) : undefined;
    if (attr.type === 'relation' && targetUid) {
      const filter = filterFor(targetUid);
      if (filter) options = { ...options, filters: andFilters(options.filters, filter) };
    }
    if (target && options.populate !== undefined) options = { ...options, populate: scopePopulate(options.populate, target, lookup, filterFor) };
    out[key] = Object.keys(options).length === 0 ? true : options;
  }
  return out;
}
