// A version against the previous published one (Art. 13): drafts are compared by their live
// content, frozen versions by their snapshot.
import type { Core } from '@strapi/strapi';
import type { ListDiff, ListItem } from '@nmg/config';
import { diffItems } from '../domain';
import { loadListContexts, loadSnapshot, type ListContext } from './context';
import { buildListItems } from './items';

export async function itemsOf(strapi: Core.Strapi, list: ListContext): Promise<ListItem[]> {
  const snapshot = await loadSnapshot(strapi, list.documentId);
  if (snapshot) return snapshot.items;
  return list.department ? buildListItems(strapi, list.department.id, list.department.name) : [];
}

/** The published (or since superseded) version before this one, by publication date. */
export async function previousPublished(strapi: Core.Strapi, list: ListContext): Promise<ListContext | null> {
  if (!list.department) return null;
  const candidates = await loadListContexts(strapi, { department: { documentId: list.department.id }, state: { $in: ['published', 'superseded'] }, documentId: { $ne: list.documentId } });
  const mine = list.publicationDate ? Date.parse(list.publicationDate) : Infinity;
  const earlier = candidates.filter((c) => c.publicationDate && Date.parse(c.publicationDate) < mine);
  earlier.sort((a, b) => Date.parse(b.publicationDate ?? '') - Date.parse(a.publicationDate ?? ''));
  return earlier[0] ?? null;
}

export async function listDiff(strapi: Core.Strapi, list: ListContext): Promise<ListDiff> {
  const previous = await previousPublished(strapi, list);
  const [next, before] = await Promise.all([itemsOf(strapi, list), previous ? itemsOf(strapi, previous) : Promise.resolve([])]);
  return {
    against: previous ? { id: previous.documentId, versionNumber: previous.versionNumber, publicationDate: previous.publicationDate } : null,
    ...diffItems(before, next),
  };
}
