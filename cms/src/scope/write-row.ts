// How a write reads its document's before-state: through the writer's scope (a document outside
// it reads as missing), and the draft where the type has drafts. One function for the
// document-service middleware and the console's save, which reads the row first and hands it down
// (store/pre-read.ts): both must send the same query for the hand-over to be the same read.
import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';
import { writeFilter, type Filter } from './filters';
import { hasDraftAndPublish } from './read-scope';

export interface WriteRowScope {
  filter: Filter | null;
  /** false: the draft row (types with drafts); undefined: the only row. */
  published?: boolean;
}

export const writeRowScope = (strapi: Core.Strapi, actor: Actor, uid: string): WriteRowScope =>
  ({ filter: writeFilter(actor, uid), ...(hasDraftAndPublish(strapi, uid) ? { published: false } : {}) });
