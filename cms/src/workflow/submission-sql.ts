// Submission in one statement (Art. 13, issue 17): the department's powers are read once, each
// component once, and from the same rows PostgreSQL builds both what the submission rules read
// (the PowerFacts of department-facts.ts, every power) and the list's items (items-sql.ts, the
// active powers), stores the items as the version's snapshot and returns the facts. Reading the
// components twice (once for the rules, once for the snapshot) was most of a 5,000-item
// submission. The json of each fact and each item is the one its own statement builds (the same
// part definitions), so the rules and the snapshot see exactly what they saw before; a test
// compares both with their own statements on every seeded department.
import { FACT_PARTS, factObject, FACTS_ORDER } from '../store/department-facts';
import { SNAPSHOT_ITEMS_TABLE } from '../store/list-snapshot-store';
import { componentRows, type ComponentPart } from '../store/component-sql';
import { GUIDANCE_CTE, ITEM_OBJECT, ITEM_PARTS, PART_JOINS } from './items-sql';

/** A component's CTE with the item entries (`v`) and, when the rules read the component, the fact entries (`f`), from one pass over its rows. */
function bothParts(item: ComponentPart, fact: ComponentPart | undefined): string {
  const order = 'ORDER BY c."order", c.id';
  // The facts' joins of a component include the items' (the same aliases), so one join list serves both.
  const joins = fact?.joins ?? item.joins ?? '';
  return `
  ${item.name} AS (
    SELECT c.entity_id, json_agg(${item.object} ${order}) AS v${fact ? `, json_agg(${fact.object} ${order}) AS f` : ''}
    FROM ${componentRows(item.field)}
    JOIN ${item.table} x ON x.id = c.cmp_id ${joins}
    GROUP BY c.entity_id
  )`;
}

function componentCtes(): string {
  for (const fact of FACT_PARTS) {
    const item = ITEM_PARTS.find((i) => i.name === fact.name);
    if (!item || item.field !== fact.field || item.table !== fact.table) throw new Error(`submission statement: the rules read ${fact.name}, which the items do not`);
  }
  return ITEM_PARTS.map((item) => bothParts(item, FACT_PARTS.find((f) => f.name === item.name))).join(',');
}

/**
 * Bindings (submissionBindings): department name, active statuses, department documentId, the
 * department documentId (guidance), the list id, the time, the list id. Stores the active powers'
 * items as the list's snapshot rows (position in list order, the columns publication copies read
 * from the item made jsonb once), sets the list's item count, and returns it with the facts of
 * every power as one json text.
 */
export const SUBMISSION_SQL = `
  WITH p AS (
    SELECT pw.*, ?::text AS department_name, d.document_id AS department_document_id, pw.status = ANY(?::text[]) AS active FROM powers pw
    JOIN powers_department_lnk dl ON dl.power_id = pw.id
    JOIN departments d ON d.id = dl.department_id
    WHERE d.document_id = ?
  ),
  ${componentCtes()},
  ${GUIDANCE_CTE},
  built AS (
    SELECT p.id, p.code, p.active, CASE WHEN p.active THEN ${ITEM_OBJECT} END AS item, ${factObject('f')} AS fact
    FROM p
    ${PART_JOINS}
  ),
  stored AS (
    INSERT INTO ${SNAPSHOT_ITEMS_TABLE} (list_id, position, power_id, code, name, sub_item, type, status, item)
    SELECT ?, j.position, j.item->>'powerId', j.item->>'code', j.item->>'name', j.item->>'subItem', j.item->>'type', j.item->>'status', j.item
    FROM (SELECT row_number() OVER (${FACTS_ORDER.replace(/p\./g, 'b.')})::int AS position, b.item::jsonb AS item FROM built b WHERE b.active OFFSET 0) j
    RETURNING 1
  ),
  listed AS (
    UPDATE responsibility_lists SET item_count = (SELECT count(*) FROM stored), updated_at = ? WHERE id = ? RETURNING item_count
  )
  SELECT (SELECT item_count FROM listed) AS item_count,
         (SELECT coalesce(json_agg(p.fact ${FACTS_ORDER}), '[]'::json)::text FROM built p) AS facts`;

export const submissionBindings = (departmentId: string, departmentName: string, activeStatuses: readonly string[], listId: number, now: Date): unknown[] =>
  [departmentName, [...activeStatuses], departmentId, departmentId, listId, now, listId];
