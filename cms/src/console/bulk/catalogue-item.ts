// Region catalogue items in bulk. Their one rule (BASIS_REQUIRED, Art. 4, 9, in
// cms/src/guards/rules/catalogue-item.ts) applies when an item is published; the console imports
// drafts (the importer refuses any other status for a draft-and-publish type), so a draft is judged
// by scope and Strapi's attribute validation alone, as on the row-by-row path.
import type { BulkAdapter } from './types';

export const catalogueItemBulk: BulkAdapter = {
  prepare() {
    // No server defaults on a catalogue item's create.
  },
  async check() {
    return new Map<number, Error>();
  },
  async afterWrite() {
    // Nothing derives from a draft item.
  },
};
