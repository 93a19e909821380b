// One repeatable component of a set of powers, aggregated per power in PostgreSQL: a CTE named
// `name` over the powers of a CTE `p`, giving (entity_id, v) with v the json array of `object`
// per component row, in the order Strapi keeps them (powers_cmps."order"). Shared by the list items
// (workflow/items-sql.ts) and the submission facts (department-facts.ts), issue 17. json, not jsonb:
// building text is several times cheaper than building jsonb values, and the one jsonb the
// snapshot needs is parsed from it once at the end.
// OFFSET 0 fences the powers' component rows off from the joins after them: without it PostgreSQL
// may hash-join the whole component table (every decomposition of the region, with its agency and
// post links) and only then keep this department's, which made a 5,000-power submission grow with
// the region's data (3 s of a 5.7 s statement at 30%, issue 17).
/** The component rows (alias c) of one field of the powers in CTE `p`, fenced (see above). */
export const componentRows = (field: string): string => `(SELECT c.entity_id, c.cmp_id, c."order", c.id FROM powers_cmps c
          WHERE c.field = '${field}' AND c.entity_id IN (SELECT id FROM p) OFFSET 0) c`;

export const component = (name: string, field: string, table: string, object: string, joins = ''): string => `
  ${name} AS (
    SELECT c.entity_id, json_agg(${object} ORDER BY c."order", c.id) AS v
    FROM ${componentRows(field)}
    JOIN ${table} x ON x.id = c.cmp_id ${joins}
    GROUP BY c.entity_id
  )`;

/** One repeatable component as a statement reads it: the CTE's name, the power's field, its table, the json of one entry and the joins that entry reads. */
export interface ComponentPart {
  name: string;
  field: string;
  table: string;
  object: string;
  joins?: string;
}
