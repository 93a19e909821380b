// Which bigrams are too common for the index to pay. When most names contain the term, reading
// them through the index and joining them back to the table costs more than the plain scan that
// tests every name: at 41,000 powers, 处罚 (in 70% of the names) took 45-54 ms that way against
// 26-34 ms scanning, where 草原 (7%) took 7 against 23 ms; the two cost the same near a quarter.
// PostgreSQL's statistics of the index expression (pg_stats, kept by ANALYZE) give each common
// bigram's share of the rows; terms whose bigram is rarer are not listed and go to the index.

/** Above this share of the rows, the plain scan is as fast as the index and stays. */
export const COMMON_SHARE = 0.2;

/** Statistics change with ANALYZE (autovacuum), not with each write: re-read them this often. */
export const STATS_TTL_MS = 10 * 60 * 1000;

/** pg_stats.most_common_elems and most_common_elem_freqs (the latter ends with min, max and null share). */
export interface ElementStats {
  elems: readonly string[];
  freqs: readonly number[];
}

/** The elements whose share of the rows is COMMON_SHARE or more. */
export function commonElements(stats: ElementStats | null, share = COMMON_SHARE): Set<string> {
  const common = new Set<string>();
  for (const [i, elem] of (stats?.elems ?? []).entries()) {
    const freq = stats?.freqs[i];
    if (typeof freq === 'number' && freq >= share) common.add(elem);
  }
  return common;
}

/**
 * The common bigrams, read again in the background once they are older than STATS_TTL_MS. A read
 * never waits: the answer is the last one (empty before the first), so a search never queues for
 * a database connection behind the statistics, and a failed read leaves the last answer.
 */
export function cachedCommonBigrams(read: () => Promise<ElementStats | null>, now: () => number = Date.now): () => ReadonlySet<string> {
  let common: ReadonlySet<string> = new Set();
  let readAt = -Infinity;
  let reading = false;
  return () => {
    if (!reading && now() - readAt >= STATS_TTL_MS) {
      reading = true;
      read()
        .then((stats) => { common = commonElements(stats); })
        .catch(() => undefined)
        .finally(() => {
          readAt = now();
          reading = false;
        });
    }
    return common;
  };
}

/** The two-character substrings of the lowered term, as nmg_bigrams() makes them. */
export function bigramsOf(term: string): string[] {
  const chars = [...term.toLowerCase()];
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/**
 * Whether every bigram of the term is common, so that the index would return most rows. JavaScript's
 * toLowerCase stands in for PostgreSQL's lower(): where they differ, only the choice between index
 * and scan can be off, never the rows, which the LIKE decides.
 */
export const tooCommon = (term: string, common: ReadonlySet<string>): boolean => {
  const bigrams = bigramsOf(term);
  return bigrams.length > 0 && bigrams.every((b) => common.has(b));
};
