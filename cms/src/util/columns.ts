// Which columns a read selects: the model's own scalar attributes, never relations or components
// (those are populated), and never the bulk fields below unless a reader asks for them by name.
import type { ModelLike } from './model';

/**
 * The keyed search hashes of personal information (pii/codec.ts: searched, never shown), and
 * the rows of a batch power adjustment (thousands of sheet rows, read a page at a time by
 * console/batch/batch-rows-read.ts and whole only by its approval).
 */
export const BULK_FIELDS: ReadonlySet<string> = new Set(['idNumberHash', 'phoneHash', 'batchRows']);

const NOT_COLUMNS = ['relation', 'component', 'dynamiczone', 'media'];
const TIMESTAMPS = ['createdAt', 'updatedAt'];

/** documentId, the timestamps and every scalar attribute not in `skip` (bulk fields always skipped). */
export const columnFields = (model: ModelLike, skip: ReadonlySet<string>): string[] => [
  'documentId',
  ...TIMESTAMPS,
  ...Object.entries(model.attributes)
    .filter(([key, a]) => !skip.has(key) && !BULK_FIELDS.has(key) && !NOT_COLUMNS.includes(a.type) && !TIMESTAMPS.includes(key))
    .map(([key]) => key),
];
