// Who applies an approved batch adjustment (Art. 11, 13): the bulk import's judge and writer, which
// live in the console (console/batch/batch-apply.ts) because the import's preview and the approval
// must judge rows alike. The write guard that sees the approval sits beside the console, not above
// it, so it reaches the applier through this slot, filled once at start-up (cms/src/index.ts):
// neither folder imports the other (issue 16: no circle between folders).
import type { Core } from '@strapi/strapi';
import type { Actor } from '../scope/actor';
import type { Row } from '../util/row';

export type BatchApplier = (strapi: Core.Strapi, adjustment: Row, actor: Actor) => Promise<void>;

let applier: BatchApplier | null = null;

export function setBatchApplier(apply: BatchApplier): void {
  applier = apply;
}

/** The registered applier; a start-up that forgot it must fail the approval, never skip the batch. */
export function batchApplier(): BatchApplier {
  if (!applier) throw new Error('batch adjustment applier not registered (cms/src/index.ts register)');
  return applier;
}

/** A batch is a department's first compilation from its sheet: the request carries the sheet's rows. */
export const isBatch = (adjustment: Row | null): boolean => Array.isArray(adjustment?.batchRows) && adjustment.batchRows.length > 0;
