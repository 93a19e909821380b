// What the submission rules (Art. 11–13) read about a department's powers, assembled by PostgreSQL
// in one statement as the PowerFacts the domain rules take (the shape powerFacts builds from a
// populated power), instead of Strapi populating 5,000 powers with six components and their
// relations (issue 17). The rules themselves (LIST_COMPLETE, DECOMPOSED, …) are unchanged and see
// every power, so they answer exactly as before.
import type { Core } from '@strapi/strapi';
import { ACTIVE_POWER_STATUSES, type PowerFacts } from '../domain';
import { isRow } from '../util/row';
import { withTrx } from '../util/trx';
import { component, type ComponentPart } from './component-sql';

/** What the rules read of each component, in the shape powerFacts builds (the joins of `decomp` include the list items' aliases al, ag, pl, po). */
export const FACT_PARTS: readonly ComponentPart[] = [
  {
    name: 'bases', field: 'bases', table: 'components_power_basis_citation',
    object: `json_build_object('legalBasisId', lb.document_id, 'legalBasisTitle', lb.title, 'legalBasisStatus', lb.status, 'articles', x.articles)`,
    joins: 'LEFT JOIN components_power_basis_citation_legal_basis_lnk bl ON bl.basis_citation_id = x.id LEFT JOIN legal_bases lb ON lb.id = bl.legal_basis_id',
  },
  { name: 'steps', field: 'steps', table: 'components_power_responsibility_step', object: `json_build_object('step', coalesce(x.step, ''))` },
  { name: 'acc', field: 'accountabilities', table: 'components_power_accountability', object: `json_build_object('situation', coalesce(x.situation, ''))` },
  {
    name: 'disc', field: 'discretion', table: 'components_power_discretion_standard',
    object: `json_build_object('level', coalesce(x.level, 0), 'penaltyKind', coalesce(x.penalty_kind, ''), 'min', x.min::float8, 'max', x.max::float8)`,
  },
  {
    name: 'decomp', field: 'decomposition', table: 'components_power_decomposition',
    object: `json_build_object('agencyId', ag.document_id, 'postId', po.document_id, 'agencyDepartmentId', agd.document_id, 'postAgencyId', poa.document_id)`,
    joins: `LEFT JOIN components_power_decomposition_agency_lnk al ON al.decomposition_id = x.id LEFT JOIN agencies ag ON ag.id = al.agency_id
     LEFT JOIN agencies_department_lnk adl ON adl.agency_id = ag.id LEFT JOIN departments agd ON agd.id = adl.department_id
     LEFT JOIN components_power_decomposition_post_lnk pl ON pl.decomposition_id = x.id LEFT JOIN posts po ON po.id = pl.post_id
     LEFT JOIN posts_agency_lnk pal ON pal.post_id = po.id LEFT JOIN agencies poa ON poa.id = pal.agency_id`,
  },
];

/** The PowerFacts of power `p` (with `department_document_id`), its components read from column `col` of each part's CTE. */
export const factObject = (col: string): string => `json_build_object(
    'id', coalesce(p.document_id, ''), 'code', coalesce(p.code, ''), 'name', coalesce(p.name, ''), 'type', coalesce(p.type, ''),
    'status', coalesce(p.status, 'valid'), 'departmentId', p.department_document_id,
    'bases', coalesce(bases.${col}, '[]'::json), 'steps', coalesce(steps.${col}, '[]'::json), 'accountabilities', coalesce(acc.${col}, '[]'::json),
    'serviceGuide', p.service_guide, 'flowchart', p.flowchart, 'statutoryMin', p.statutory_min::float8, 'statutoryMax', p.statutory_max::float8,
    'discretion', coalesce(disc.${col}, '[]'::json), 'decomposition', coalesce(decomp.${col}, '[]'::json)
  )`;

/** The order of the facts (and of the list's items): by code, then row id. */
export const FACTS_ORDER = 'ORDER BY p.code ASC NULLS LAST, p.id ASC';

const FACTS_SQL = `
  WITH p AS (
    SELECT pw.*, d.document_id AS department_document_id FROM powers pw
    JOIN powers_department_lnk dl ON dl.power_id = pw.id
    JOIN departments d ON d.id = dl.department_id
    WHERE d.document_id = ?
  ),
  ${FACT_PARTS.map((part) => component(part.name, part.field, part.table, part.object, part.joins)).join(',')}
  SELECT coalesce(json_agg(${factObject('v')} ${FACTS_ORDER}), '[]'::json)::text AS facts
  FROM p
  ${FACT_PARTS.map((part) => `LEFT JOIN ${part.name} ON ${part.name}.entity_id = p.id`).join(' ')}`;

/** The facts as the json array the statements give them, parsed. */
export function parseFacts(text: string | null | undefined): PowerFacts[] {
  const parsed: unknown = JSON.parse(text ?? '[]');
  return (Array.isArray(parsed) ? parsed.filter(isRow) : []) as unknown as PowerFacts[];
}

/** Every power of the department (active or not, as loadDepartmentPowers), ordered by code. */
export async function departmentPowerFacts(strapi: Core.Strapi, departmentId: string): Promise<PowerFacts[]> {
  // One json array, parsed once.
  const result = await withTrx(strapi, (trx) => trx.raw<{ rows: { facts: string | null }[] }>(FACTS_SQL, [departmentId]));
  return parseFacts(result.rows[0]?.facts);
}

/** documentIds of the posts, among those given, that some active power (of any department) is decomposed to. */
export async function postsHeldByActivePowers(strapi: Core.Strapi, postIds: readonly string[]): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const result = await withTrx(strapi, (trx) => trx.raw<{ rows: { document_id: string }[] }>(
    `SELECT DISTINCT po.document_id FROM posts po
     JOIN components_power_decomposition_post_lnk pl ON pl.post_id = po.id
     JOIN powers_cmps c ON c.cmp_id = pl.decomposition_id AND c.field = 'decomposition'
     JOIN powers pw ON pw.id = c.entity_id
     WHERE po.document_id = ANY(?::text[]) AND pw.status = ANY(?::text[])`,
    [[...postIds], [...ACTIVE_POWER_STATUSES]],
  ));
  return new Set(result.rows.map((r) => r.document_id));
}
