// SQL functions that expression indexes of cms/src/database/indexes.ts are built on.
// A function is created once and never replaced: an index built with one body and queried with
// another would silently miss rows, so a changed definition needs a new name (and a new index).

export interface FunctionSpec {
  /** As to_regprocedure() takes it: name and argument types, e.g. `nmg_bigrams(text)`. */
  signature: string;
  /** The CREATE FUNCTION statement (without OR REPLACE, see above). */
  create: string;
}

/**
 * The two-character substrings of lower(value), e.g. 'GB草原' → {gb, b草, 草原}; an empty array
 * under two characters. If lower(name) contains lower(term), every bigram of the term is a bigram
 * of the name, so `nmg_bigrams(name) @> nmg_bigrams(term)` is a necessary condition of Strapi's
 * $containsi that a GIN index serves for any term of two characters or more, where pg_trgm needs
 * three. Same lower() as $containsi, so the two agree on every collation. PL/pgSQL because the
 * same loop as one SQL statement (generate_series, array_agg) costs four times as much per row
 * (20 against 5 µs), and a search of a department's powers evaluates it row by row. Duplicates
 * are left in: GIN stores each key once, and `@>` ignores them.
 */
export const NMG_BIGRAMS: FunctionSpec = {
  signature: 'nmg_bigrams(text)',
  create: `CREATE FUNCTION nmg_bigrams(value text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $fn$
    DECLARE
      lowered text := lower(value);
      bigrams text[] := '{}';
    BEGIN
      FOR i IN 1 .. char_length(lowered) - 1 LOOP
        bigrams := array_append(bigrams, substr(lowered, i, 2));
      END LOOP;
      RETURN bigrams;
    END
    $fn$`,
};
