// A load of many URLs rather than one (issue 17): each request picks a path at random from a list,
// or (saveBack) reads a record and saves it back unchanged, as the console's edit form does.
export type { MeasuredLoad as MixResult } from './load-measure';

export interface MixJob {
  baseUrl: string;
  /** Paths to pick from at random, e.g. /api/public/items/abc. */
  paths: string[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  headers: Record<string, string>;
  /** GET a path, then PUT its body back to it (a write carrying the version it read). */
  saveBack?: boolean;
  /**
   * With saveBack: a text field the PUT changes (a new value each time), so that each save writes;
   * without it the body goes back as read, which the server answers without writing (issue 17).
   */
  saveChange?: string;
  /** Return every measured latency (for a p99 over several loads run at once). */
  keepLatencies?: boolean;
}
