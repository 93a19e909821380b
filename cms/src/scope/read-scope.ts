// What a reader may see of a type, as document-service params: the scope filter of the reader, the
// same filter pushed into every populated relation, and the published version for readers who may
// not edit drafts. One function for the document-service middleware (every read) and the console's
// list read (cms/src/console/list-read.ts), so that both scope alike.
import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';
import { andFilters, readFilter, writeFilter } from './filters';
import { scopePopulate, type ModelLike } from './populate';
import type { Row } from '../util/row';
import { modelOf } from '../store/snapshot';

/** The document-service actions that read. */
export const READ_ACTIONS: readonly string[] = ['findMany', 'findFirst', 'findOne', 'count'];

/** Types each read of which is itself recorded (Art. 30, Art. 21: sealed interference records). */
export const SEALED_READS: ReadonlySet<string> = new Set(['api::interference-record.interference-record']);

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  (modelOf(strapi, uid) as ModelLike & { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish === true;

/** Narrows `params` (filters, populate, status) to what `actor` may read of `uid`. */
export function scopeReadParams(strapi: Core.Strapi, actor: Actor, uid: string, params: Row): void {
  const filter = readFilter(actor, uid);
  if (filter) params.filters = andFilters(params.filters, filter);
  if (params.populate !== undefined) {
    const lookup = (target: string): ModelLike | undefined => modelOf(strapi, target);
    params.populate = scopePopulate(params.populate, modelOf(strapi, uid), lookup, (target) => readFilter(actor, target));
  }
  // Drafts (of the region catalogue) are for those who may edit them; everyone else reads what is
  // published, whether they asked for drafts or left the status to the document service's default.
  if (hasDraftAndPublish(strapi, uid) && writeFilter(actor, uid) !== null) params.status = 'published';
}
