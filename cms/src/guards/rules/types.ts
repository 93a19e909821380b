import type { Core } from '@strapi/strapi';
import type { Actor } from '../../scope/actor';
import type { Row } from '../../util/row';
import type { Snapshot } from '../../store/snapshot';

/** One document-service write, as the rule adapters see it. */
export interface WriteEvent {
  strapi: Core.Strapi;
  actor: Actor;
  uid: string;
  action: string;
  documentId: string;
  params: Row;
  before: Snapshot | null;
  /** Set for the `after` hook: the stored document once the write ran (null after a delete). */
  after: Snapshot | null;
  /**
   * Set for the `after` hook: the stored row the snapshot `after` was flattened from, with the
   * adapter's `afterPopulate` loaded, so the rule checks it without reading the row again.
   */
  afterRow?: Row | null;
}

/** `before` runs ahead of the write, `after` once it ran in the same transaction: a throw undoes it. */
export interface RuleAdapter {
  /** What the `after` hook needs populated on the row the middleware reads once after the write (issue 16). */
  afterPopulate?: Row;
  /**
   * `after` only checks: it writes nothing to the document itself, so the middleware's read after
   * the write is the document's final state and a console save answers from it (store/pre-read.ts).
   */
  afterKeepsRow?: boolean;
  before?: (event: WriteEvent) => Promise<void>;
  after?: (event: WriteEvent) => Promise<void>;
}
