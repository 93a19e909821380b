// The shapes the bulk import passes between its steps (see import-bulk.ts).
import type { Core } from '@strapi/strapi';
import type { UserActor } from '../../scope/actor';
import type { Row } from '../../util/row';

/** One problem Strapi's attribute validation reports: yup's path and message, as in its ValidationError. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  name: string;
  value: unknown;
}

/** One sheet row on its way through the import. */
export interface Candidate {
  index: number;
  /** Document-service data: parsed, with the server's defaults; relations as documentIds. */
  data: Row;
  /** What Strapi's validator returns for the row (defaults applied, relations left out); null until validated. */
  values: Row | null;
  /** Attribute problems found by Strapi's validator (unique values are judged later, in order). */
  issues: FieldIssue[];
  /** The refusal the row-by-row path would have raised first; null while the row passes. */
  failure: Error | null;
}

export interface BulkContext {
  strapi: Core.Strapi;
  actor: UserActor;
  uid: string;
  now: Date;
}

/**
 * The bulk twin of a content type's rule adapter (cms/src/guards/rules) for creates: the same
 * server defaults and the same checks, by the same domain functions, on facts loaded once for all
 * rows. Its checks judge each row alone against the stored state: under the row-by-row path a row
 * that passed changes nothing a later row's rules read (its unique values, the one thing it does
 * change, are tracked by the importer).
 */
export interface BulkAdapter {
  /** The rule adapter's `before` hook on create, without I/O: mutates the row's data. */
  prepare(ctx: BulkContext, data: Row): void;
  /** The rule adapter's `after` checks on create: the refusal of each failing row, by index. */
  check(ctx: BulkContext, rows: readonly Candidate[]): Promise<Map<number, Error>>;
  /** Writes derived from the stored rows (the post flags of Art. 19), inside the import's transaction. */
  afterWrite(ctx: BulkContext, rows: readonly Candidate[]): Promise<void>;
}

/** Candidates still passing. */
export const passing = (rows: readonly Candidate[]): Candidate[] => rows.filter((c) => c.failure === null);
