// Submission in one statement (Art. 13, issue 17): the department's powers are read once, each
// component once, and from the same rows PostgreSQL builds both what the submission rules read
// (the PowerFacts of department-facts.ts, every power) and the list's items (items-sql.ts, the
// active powers), stores the items as the version's snapshot and returns the facts. Reading the
// components twice (once for the rules, once for the snapshot) was most of a 5,000-item
// submission. The items are the ones their own statement builds (the same part definitions); the
// facts are those of the active powers only (the rules judge no other) in the narrower shape the
// rules read (SubmissionPowerFacts: steps and accountability situations counted in the same pass,
// not listed, and no discretion, which no submission rule reads), a fraction of the 7 MB the full
// facts of 5,000 powers were. A test compares both with their own statements on every seeded
// department.
import { FACT_PARTS, FACTS_ORDER } from '../store/department-facts';
import { SNAPSHOT_ITEMS_TABLE } from '../store/list-snapshot-store';
import { componentRows, type ComponentPart } from '../store/component-sql';
import { GUIDANCE_CTE, ITEM_OBJECT, ITEM_PARTS, PART_JOINS } from './items-sql';

/** What the rules read of each component: the fact entries (json, as department-facts.ts builds them) or only how many there are. */
const FACT_READS: Record<string, 'list' | 'count'> = { bases: 'list', decomp: 'list', steps: 'count', acc: 'count' };

/** A component's CTE with the item entries (`v`) and what the rules read of it: the fact entries (`f`) or their number (`n`), from one pass over its rows. */
function bothParts(item: ComponentPart, fact: ComponentPart | undefined, read: 'list' | 'count' | undefined): string {
  const order = 'ORDER BY c."order", c.id';
  // The facts' joins of a component include the items' (the same aliases), so one join list serves both.
  const joins = (read === 'list' ? fact?.joins : undefined) ?? item.joins ?? '';
  const extra = read === 'list' && fact ? `, json_agg(${fact.object} ${order}) AS f` : read === 'count' ? ', count(*)::int AS n' : '';
  return `
  ${item.name} AS (
    SELECT c.entity_id, json_agg(${item.object} ${order}) AS v${extra}
    FROM ${componentRows(item.field)}
    JOIN ${item.table} x ON x.id = c.cmp_id ${joins}
    GROUP BY c.entity_id
  )`;
}

function componentCtes(): string {
  for (const [name, read] of Object.entries(FACT_READS)) {
    const item = ITEM_PARTS.find((i) => i.name === name);
    const fact = FACT_PARTS.find((f) => f.name === name);
    if (!item || !fact || item.field !== fact.field || item.table !== fact.table || (read === 'list' && !fact.object)) throw new Error(`submission statement: the rules read ${name}, which the items do not`);
  }
  return ITEM_PARTS.map((item) => bothParts(item, FACT_PARTS.find((f) => f.name === item.name), FACT_READS[item.name])).join(',');
}

/** The SubmissionPowerFacts of active power `p` (domain/facts.ts), from the component CTEs' `f` and `n`. */
const SUBMISSION_FACT = `json_build_object(
    'id', coalesce(p.document_id, ''), 'code', coalesce(p.code, ''), 'name', coalesce(p.name, ''), 'type', coalesce(p.type, ''),
    'status', coalesce(p.status, 'valid'), 'departmentId', p.department_document_id,
    'bases', coalesce(bases.f, '[]'::json), 'stepCount', coalesce(steps.n, 0), 'accountabilityCount', coalesce(acc.n, 0),
    'serviceGuide', p.service_guide, 'flowchart', p.flowchart, 'decomposition', coalesce(decomp.f, '[]'::json)
  )`;

/**
 * Bindings (submissionBindings): department name, department documentId, active statuses, the
 * department documentId (guidance), the list id, the time, the list id. Stores the active powers'
 * items as the list's snapshot rows (position in list order, the columns publication copies read
 * from the item made jsonb once), sets the list's item count, and returns it with the submission
 * facts of every active power as one json text.
 */
export const SUBMISSION_SQL = `
  WITH p AS (
    SELECT pw.*, ?::text AS department_name, d.document_id AS department_document_id FROM powers pw
    JOIN powers_department_lnk dl ON dl.power_id = pw.id
    JOIN departments d ON d.id = dl.department_id
    WHERE d.document_id = ? AND pw.status = ANY(?::text[])
  ),
  ${componentCtes()},
  ${GUIDANCE_CTE},
  built AS (
    SELECT p.id, p.code, ${ITEM_OBJECT} AS item, ${SUBMISSION_FACT} AS fact
    FROM p
    ${PART_JOINS}
  ),
  stored AS (
    INSERT INTO ${SNAPSHOT_ITEMS_TABLE} (list_id, position, power_id, code, name, sub_item, type, status, item)
    SELECT ?, j.position, j.item->>'powerId', j.item->>'code', j.item->>'name', j.item->>'subItem', j.item->>'type', j.item->>'status', j.item
    FROM (SELECT row_number() OVER (${FACTS_ORDER.replace(/p\./g, 'b.')})::int AS position, b.item::jsonb AS item FROM built b OFFSET 0) j
    RETURNING 1
  ),
  listed AS (
    UPDATE responsibility_lists SET item_count = (SELECT count(*) FROM stored), updated_at = ? WHERE id = ? RETURNING item_count
  )
  SELECT (SELECT item_count FROM listed) AS item_count,
         (SELECT coalesce(json_agg(p.fact ${FACTS_ORDER}), '[]'::json)::text FROM built p) AS facts`;

export const submissionBindings = (departmentId: string, departmentName: string, activeStatuses: readonly string[], listId: number, now: Date): unknown[] =>
  [departmentName, departmentId, [...activeStatuses], departmentId, listId, now, listId];
