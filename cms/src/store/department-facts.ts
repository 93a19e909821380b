// What the submission rules (Art. 11–13) read about a department's powers, assembled by PostgreSQL
// in one statement as the PowerFacts the domain rules take (the shape powerFacts builds from a
// populated power), instead of Strapi populating 5,000 powers with six components and their
// relations (issue 17). The rules themselves (LIST_COMPLETE, DECOMPOSED, …) are unchanged and see
// every power, so they answer exactly as before.
import type { Core } from '@strapi/strapi';
import { ACTIVE_POWER_STATUSES, type PowerFacts } from '../domain';
import { isRow } from '../util/row';
import { withTrx } from '../util/trx';

const parts = (field: string, table: string, object: string, joins = ''): string => `
  coalesce((SELECT jsonb_agg(${object} ORDER BY c."order", c.id)
    FROM powers_cmps c JOIN ${table} x ON x.id = c.cmp_id ${joins}
    WHERE c.entity_id = pw.id AND c.field = '${field}'), '[]'::jsonb)`;

const FACTS_SQL = `
  SELECT jsonb_build_object(
    'id', coalesce(pw.document_id, ''), 'code', coalesce(pw.code, ''), 'name', coalesce(pw.name, ''), 'type', coalesce(pw.type, ''),
    'status', coalesce(pw.status, 'valid'), 'departmentId', d.document_id,
    'bases', ${parts('bases', 'components_power_basis_citation', `jsonb_build_object('legalBasisId', lb.document_id, 'legalBasisTitle', lb.title, 'legalBasisStatus', lb.status, 'articles', x.articles)`,
      'LEFT JOIN components_power_basis_citation_legal_basis_lnk bl ON bl.basis_citation_id = x.id LEFT JOIN legal_bases lb ON lb.id = bl.legal_basis_id')},
    'steps', ${parts('steps', 'components_power_responsibility_step', `jsonb_build_object('step', coalesce(x.step, ''))`)},
    'accountabilities', ${parts('accountabilities', 'components_power_accountability', `jsonb_build_object('situation', coalesce(x.situation, ''))`)},
    'serviceGuide', pw.service_guide, 'flowchart', pw.flowchart, 'statutoryMin', pw.statutory_min::float8, 'statutoryMax', pw.statutory_max::float8,
    'discretion', ${parts('discretion', 'components_power_discretion_standard', `jsonb_build_object('level', coalesce(x.level, 0), 'penaltyKind', coalesce(x.penalty_kind, ''), 'min', x.min::float8, 'max', x.max::float8)`)},
    'decomposition', ${parts('decomposition', 'components_power_decomposition', `jsonb_build_object('agencyId', ag.document_id, 'postId', po.document_id, 'agencyDepartmentId', agd.document_id, 'postAgencyId', poa.document_id)`,
      `LEFT JOIN components_power_decomposition_agency_lnk al ON al.decomposition_id = x.id LEFT JOIN agencies ag ON ag.id = al.agency_id
       LEFT JOIN agencies_department_lnk adl ON adl.agency_id = ag.id LEFT JOIN departments agd ON agd.id = adl.department_id
       LEFT JOIN components_power_decomposition_post_lnk pl ON pl.decomposition_id = x.id LEFT JOIN posts po ON po.id = pl.post_id
       LEFT JOIN posts_agency_lnk pal ON pal.post_id = po.id LEFT JOIN agencies poa ON poa.id = pal.agency_id`)}
  ) AS facts, pw.code, pw.id
  FROM powers pw
  JOIN powers_department_lnk dl ON dl.power_id = pw.id
  JOIN departments d ON d.id = dl.department_id
  WHERE d.document_id = ?`;

/** Every power of the department (active or not, as loadDepartmentPowers), ordered by code. */
export async function departmentPowerFacts(strapi: Core.Strapi, departmentId: string): Promise<PowerFacts[]> {
  // One jsonb array, parsed once (Strapi's pg driver hands jsonb over as text).
  const result = await withTrx(strapi, (trx) => trx.raw<{ rows: { facts: string | null }[] }>(`SELECT coalesce(jsonb_agg(facts ORDER BY code ASC NULLS LAST, id ASC), '[]'::jsonb)::text AS facts FROM (${FACTS_SQL}) f`, [departmentId]));
  const parsed: unknown = JSON.parse(result.rows[0]?.facts ?? '[]');
  return (Array.isArray(parsed) ? parsed.filter(isRow) : []) as unknown as PowerFacts[];
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
