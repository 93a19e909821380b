// The items of a list version (DOMAIN.md's columns) as PostgreSQL builds them: one statement reads
// the department's active powers with their components, cited laws, decomposition names and
// non-coercive means (Art. 17), and assembles each item as json, in the shape itemOf gave in
// JavaScript (the same keys, nulls and defaults). Submission writes them into the snapshot without
// the 12 MB of a 5,000-item list crossing to Node and back (issue 17). Organisation units only: no
// officer, certificate or other personal data enters an item (Art. 21).
import { ACTIVE_POWER_STATUSES } from '../domain';
import { component, type ComponentPart } from '../store/component-sql';

/** The item's keys and values; `guidance` only when the power has any, as itemOf gave it. */
const ITEM_FIELDS = `    'powerId', coalesce(p.document_id, ''), 'code', coalesce(p.code, ''), 'name', coalesce(p.name, ''), 'subItem', p.sub_item,
    'type', coalesce(p.type, 'other'), 'tier', p.tier, 'status', coalesce(p.status, 'valid'), 'departmentName', p.department_name,
    'bases', coalesce(bases.v, '[]'::json), 'steps', coalesce(steps.v, '[]'::json), 'accountabilities', coalesce(acc.v, '[]'::json),
    'legalTimeLimit', p.legal_time_limit, 'promisedTimeLimit', p.promised_time_limit, 'feeBasis', p.fee_basis,
    'consultationPhone', p.consultation_phone, 'supervisionPhone', p.supervision_phone, 'serviceGuide', p.service_guide, 'flowchart', p.flowchart,
    'statutoryMin', p.statutory_min::float8, 'statutoryMax', p.statutory_max::float8,
    'discretion', coalesce(disc.v, '[]'::json), 'riskPoints', coalesce(risk.v, '[]'::json), 'decomposition', coalesce(decomp.v, '[]'::json),
    'remarks', p.remarks`;

/** The item's components, in the shape itemOf gave them. */
export const ITEM_PARTS: readonly ComponentPart[] = [
  {
    name: 'bases', field: 'bases', table: 'components_power_basis_citation',
    object: `json_build_object('kind', coalesce(x.kind, 'setting'), 'legalBasisId', lb.document_id, 'title', lb.title,
      'documentNumber', lb.document_number, 'level', lb.level, 'basisStatus', lb.status, 'articles', x.articles, 'excerpt', x.excerpt)`,
    joins: `LEFT JOIN components_power_basis_citation_legal_basis_lnk bl ON bl.basis_citation_id = x.id LEFT JOIN legal_bases lb ON lb.id = bl.legal_basis_id`,
  },
  { name: 'steps', field: 'steps', table: 'components_power_responsibility_step', object: `json_build_object('step', coalesce(x.step, ''), 'content', x.content, 'basis', x.basis)` },
  { name: 'acc', field: 'accountabilities', table: 'components_power_accountability', object: `json_build_object('situation', coalesce(x.situation, ''), 'basis', x.basis)` },
  {
    name: 'disc', field: 'discretion', table: 'components_power_discretion_standard',
    object: `json_build_object('circumstance', x.circumstance, 'level', x.level, 'levelName', x.level_name,
      'penaltyKind', x.penalty_kind, 'min', x.min::float8, 'max', x.max::float8, 'unit', x.unit)`,
  },
  { name: 'risk', field: 'riskPoints', table: 'components_power_risk_point', object: `json_build_object('step', x.step, 'description', x.description, 'level', x.level, 'measure', x.measure)` },
  {
    name: 'decomp', field: 'decomposition', table: 'components_power_decomposition',
    object: `json_build_object('agency', ag.name, 'post', po.name, 'role', coalesce(x.role, 'handle'))`,
    joins: `LEFT JOIN components_power_decomposition_agency_lnk al ON al.decomposition_id = x.id LEFT JOIN agencies ag ON ag.id = al.agency_id
     LEFT JOIN components_power_decomposition_post_lnk pl ON pl.decomposition_id = x.id LEFT JOIN posts po ON po.id = pl.post_id`,
  },
];

/** The department's 柔性执法 measures per power (Art. 17), bound to the department documentId. */
export const GUIDANCE_CTE = `
  guidance AS (
    SELECT gp.power_id, json_agg(json_build_object('kind', coalesce(g.kind, 'guidance'), 'title', coalesce(g.title, ''), 'content', g.content,
      'conditions', g.conditions, 'basis', g.basis, 'caseDate', to_char(g.case_date, 'YYYY-MM-DD'), 'outcome', g.outcome) ORDER BY g.id) AS v
    FROM guidance_measures g
    JOIN guidance_measures_department_lnk gd ON gd.guidance_measure_id = g.id
    JOIN departments gdep ON gdep.id = gd.department_id AND gdep.document_id = ?
    JOIN guidance_measures_power_lnk gp ON gp.guidance_measure_id = g.id
    GROUP BY gp.power_id
  )`;

/** The item of power `p` (joined to the component CTEs and guidance): `guidance` only when it has any. */
export const ITEM_OBJECT = `CASE WHEN guidance.v IS NULL
    THEN json_build_object(${ITEM_FIELDS})
    ELSE json_build_object(${ITEM_FIELDS}, 'guidance', guidance.v) END`;

/** The joins of `p` to each component CTE (entity_id) and to guidance. */
export const PART_JOINS = `${ITEM_PARTS.map((part) => `LEFT JOIN ${part.name} ON ${part.name}.entity_id = p.id`).join(' ')}
  LEFT JOIN guidance ON guidance.power_id = p.id`;

/**
 * Rows (id, code, item) of the department's active powers; bindings (itemsBindings): department
 * name, department documentId, active statuses, department documentId (for its guidance measures).
 */
export const ITEMS_SQL = `
  WITH p AS (
    SELECT pw.*, ?::text AS department_name FROM powers pw
    JOIN powers_department_lnk dl ON dl.power_id = pw.id
    JOIN departments d ON d.id = dl.department_id
    WHERE d.document_id = ? AND pw.status = ANY(?::text[])
  ),
  ${ITEM_PARTS.map((part) => component(part.name, part.field, part.table, part.object, part.joins)).join(',')},
  ${GUIDANCE_CTE}
  SELECT p.id, p.code, ${ITEM_OBJECT} AS item
  FROM p
  ${PART_JOINS}`;

export const itemsBindings = (departmentId: string, departmentName: string): unknown[] => [departmentName, departmentId, [...ACTIVE_POWER_STATUSES], departmentId];

/** Orders the rows of ITEMS_SQL as the list shows them: by code, then row id. */
export const ITEMS_ORDER = 'ORDER BY code ASC NULLS LAST, id ASC';
