// One batch of departments, written in one transaction with set-based SQL into Strapi's own tables
// (rows, link tables, component tables and the polymorphic powers_cmps), so that the console API,
// the document service and the public API read it like data entered through the server:
// - each department has two agencies with one post each, four certified officers per post (Art. 12, 19);
// - its powers are valid, cite a legal basis in force (Art. 4, 9), have the type's steps and
//   accountability situations, a service guide and flowchart when application-based (Art. 13),
//   discretion standards inside the statutory range for penalties (Art. 15), and are decomposed to
//   an agency and post of the department, both posts carrying powers (Art. 11, 12);
// - version 1 of its list is published: frozen items, history, and one published item per power.
// Ids come from each table's own sequence (nextval), so Strapi keeps allocating after them.
import type { Client } from 'pg';
import type { PlannedDepartment } from './plan';
import { AGENCIES, OFFICER_GIVEN, OFFICER_SURNAMES, OTHER_NAMES, SUBJECTS, VIOLATIONS } from './texts';
import { FULL } from './plan';
import { DOCUMENT_ID_SQL } from './document-id';

const DOC = DOCUMENT_ID_SQL;
const seq = (table: string): string => `nextval(pg_get_serial_sequence('${table}', 'id'))::int`;

export interface BatchCounts {
  departments: number;
  powers: number;
  officers: number;
  componentRows: number;
}

async function stageDepartments(client: Client, batch: readonly PlannedDepartment[]): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE rs_dept ON COMMIT DROP AS
     SELECT ${seq('departments')} AS id, ${DOC} AS doc, x.gov_id, x.gov_code, x.tier, x.slot, x.name, x.items,
            ${seq('agencies')} AS a1, ${DOC} AS a1_doc, ${seq('agencies')} AS a2, ${DOC} AS a2_doc,
            ${seq('posts')} AS p1, ${DOC} AS p1_doc, ${seq('posts')} AS p2, ${DOC} AS p2_doc,
            ${seq('responsibility_lists')} AS list_id, ${DOC} AS list_doc
     FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[]) AS x(gov_id, gov_code, tier, slot, name, items)`,
    [batch.map((d) => d.government.id), batch.map((d) => d.government.code), batch.map((d) => d.government.tier), batch.map((d) => d.slot), batch.map((d) => d.name), batch.map((d) => d.items)],
  );
  await client.query(`INSERT INTO departments (id, document_id, name, is_justice, kind, created_at, updated_at, published_at)
    SELECT id, doc, name, false, 'government-department', now(), now(), now() FROM rs_dept`);
  await client.query(`INSERT INTO departments_government_lnk (department_id, government_id, department_ord) SELECT id, gov_id, slot + 2 FROM rs_dept`);
  const [a1, a2] = AGENCIES;
  await client.query(
    `INSERT INTO agencies (id, document_id, name, created_at, updated_at, published_at)
     SELECT a1, a1_doc, $1, now(), now(), now() FROM rs_dept UNION ALL SELECT a2, a2_doc, $2, now(), now(), now() FROM rs_dept`,
    [a1.agency, a2.agency],
  );
  await client.query(`INSERT INTO agencies_department_lnk (agency_id, department_id, agency_ord) SELECT a1, id, 1 FROM rs_dept UNION ALL SELECT a2, id, 2 FROM rs_dept`);
  await client.query(
    `INSERT INTO posts (id, document_id, name, responsibilities, created_at, updated_at, published_at)
     SELECT p1, p1_doc, $1, $2, now(), now(), now() FROM rs_dept UNION ALL SELECT p2, p2_doc, $3, $4, now(), now(), now() FROM rs_dept`,
    [a1.post, a1.responsibilities, a2.post, a2.responsibilities],
  );
  await client.query(`INSERT INTO posts_agency_lnk (post_id, agency_id, post_ord) SELECT p1, a1, 1 FROM rs_dept UNION ALL SELECT p2, a2, 1 FROM rs_dept`);
}

/** Officers with a valid certificate (Art. 19), FULL.officersPerPost on each post. */
async function stageOfficers(client: Client): Promise<number> {
  const res = await client.query(
    `WITH o AS MATERIALIZED (
       SELECT ${seq('officers')} AS id, ${DOC} AS doc, d.id AS dept, CASE WHEN k.n <= $1 THEN d.p1 ELSE d.p2 END AS post, k.n,
              substr($2, 1 + (abs(hashtext(d.doc || k.n)) % char_length($2)), 1) || ($3::text[])[1 + (abs(hashtext(k.n || d.doc)) % cardinality($3::text[]))] AS name
       FROM rs_dept d CROSS JOIN generate_series(1, 2 * $1) AS k(n)
     ), ins AS (
       INSERT INTO officers (id, document_id, name, certificate_number, certificate_issued_at, certificate_expires_at, enforcement_categories, status, id_number, phone, created_at, updated_at, published_at)
       SELECT id, doc, name, 'NM' || lpad(id::text, 8, '0'), DATE '2024-03-01' + (id % 300), DATE '2029-02-28' + (id % 300), '["综合执法"]'::jsonb, 'valid',
              '1525' || lpad((id * 7919 % 100000000)::text, 8, '0') || lpad((id % 1000000)::text, 6, '0'), '139' || lpad((id % 100000000)::text, 8, '0'), now(), now(), now()
       FROM o
     ), dep AS (
       INSERT INTO officers_department_lnk (officer_id, department_id, officer_ord) SELECT id, dept, n FROM o
     )
     INSERT INTO officers_posts_lnk (officer_id, post_id, post_ord, officer_ord) SELECT id, post, 1, n FROM o`,
    [FULL.officersPerPost, OFFICER_SURNAMES, OFFICER_GIVEN],
  );
  return res.rowCount ?? 0;
}

async function stagePowers(client: Client): Promise<number> {
  // u picks the type by its share; h1/h2 pick the wording; the law is any basis in force.
  await client.query(
    `CREATE TEMP TABLE rs_power ON COMMIT DROP AS
     SELECT ${seq('powers')} AS id, ${DOC} AS doc, d.id AS dept_id, d.doc AS dept_doc, d.name AS dept_name, d.gov_code, d.tier, d.slot, g.n,
            t.type, t.template, t.short, t.app,
            CASE WHEN g.n % 2 = 1 THEN d.a1 ELSE d.a2 END AS agency_id, CASE WHEN g.n % 2 = 1 THEN d.p1 ELSE d.p2 END AS post_id,
            CASE WHEN g.n % 2 = 1 THEN $1 ELSE $2 END AS agency_name, CASE WHEN g.n % 2 = 1 THEN $3 ELSE $4 END AS post_name,
            abs(hashtext(d.doc || ':' || g.n)) AS h1, abs(hashtext(g.n || ':' || d.doc)) AS h2,
            d.list_doc
     FROM rs_dept d CROSS JOIN generate_series(1, d.items) AS g(n)
     JOIN rs_type t ON (abs(hashtext(d.name || g.n)) % 1000) >= t.lo AND (abs(hashtext(d.name || g.n)) % 1000) < t.hi`,
    [AGENCIES[0].agency, AGENCIES[1].agency, AGENCIES[0].post, AGENCIES[1].post],
  );
  await client.query(
    `ALTER TABLE rs_power ADD COLUMN law_id int, ADD COLUMN code text, ADD COLUMN name text, ADD COLUMN scale int`,
  );
  await client.query(
    `UPDATE rs_power p SET law_id = ($1::int[])[1 + p.h1 % cardinality($1::int[])],
       code = substr(p.gov_code, 1, 6) || lpad(p.slot::text, 2, '0') || p.short || lpad(p.n::text, 4, '0'),
       scale = 1 + p.h2 % 10,
       name = CASE p.type
         WHEN 'penalty' THEN '对' || ($2::text[])[1 + p.h1 % cardinality($2::text[])] || ($3::text[])[1 + p.h2 % cardinality($3::text[])] || '的行政处罚'
         WHEN 'inspection' THEN '对' || ($2::text[])[1 + p.h1 % cardinality($2::text[])] || '的' || ($4::jsonb -> p.type ->> (p.h2 % jsonb_array_length($4::jsonb -> p.type))::int)
         ELSE ($2::text[])[1 + p.h1 % cardinality($2::text[])] || ($4::jsonb -> p.type ->> (p.h2 % jsonb_array_length($4::jsonb -> p.type))::int)
       END`,
    [await lawIds(client), SUBJECTS, VIOLATIONS, JSON.stringify(OTHER_NAMES)],
  );
  const res = await client.query(
    `INSERT INTO powers (id, document_id, code, name, type, tier, legal_time_limit, promised_time_limit, consultation_phone, supervision_phone,
                         service_guide, flowchart, statutory_min, statutory_max, status, pending_adjustment, created_at, updated_at, published_at)
     SELECT p.id, p.doc, p.code, p.name, p.type, p.tier,
            CASE WHEN p.app THEN '20个工作日' WHEN p.type = 'penalty' THEN '90日' ELSE '30日' END,
            CASE WHEN p.app THEN '10个工作日' WHEN p.type = 'penalty' THEN '60日' ELSE '20日' END,
            '0471-' || lpad((p.dept_id % 10000000)::text, 7, '0'), '12345',
            CASE WHEN p.app THEN '《' || p.name || '》办事指南：申请条件、申请材料、办理流程、办理时限、收费标准（不收费）。' END,
            CASE WHEN p.app THEN tpl.flow END,
            CASE WHEN p.type = 'penalty' THEN 3000 * p.scale END, CASE WHEN p.type = 'penalty' THEN 30000 * p.scale END,
            'valid', false, now(), now(), now()
     FROM rs_power p JOIN rs_tpl tpl ON tpl.template = p.template`,
  );
  await client.query(`INSERT INTO powers_department_lnk (power_id, department_id, power_ord) SELECT id, dept_id, n FROM rs_power`);
  return res.rowCount ?? 0;
}

let lawCache: number[] | null = null;
async function lawIds(client: Client): Promise<number[]> {
  if (!lawCache) lawCache = (await client.query<{ id: number }>(`SELECT id FROM legal_bases WHERE status = 'in-force' ORDER BY id`)).rows.map((r) => Number(r.id));
  if (lawCache.length === 0) throw new Error('no legal basis in force');
  return lawCache;
}
export const forgetLaws = (): void => void (lawCache = null);

/**
 * Inserts component rows from `source` (a SELECT giving power_id, ord and the component's columns)
 * into `table`, with their entries in powers_cmps; `links` adds one-to-one link rows.
 */
async function components(client: Client, spec: { table: string; type: string; field: string; columns: string[]; source: string; links?: { table: string; own: string; other: string; from: string }[] }): Promise<number> {
  const links = (spec.links ?? []).map((l, i) => `, l${i} AS (INSERT INTO ${l.table} (${l.own}, ${l.other}) SELECT cid, ${l.from} FROM src)`).join('');
  const res = await client.query(
    `WITH src AS MATERIALIZED (SELECT ${seq(spec.table)} AS cid, s.* FROM (${spec.source}) s),
     ins AS (INSERT INTO ${spec.table} (id, ${spec.columns.join(', ')}) SELECT cid, ${spec.columns.join(', ')} FROM src)${links}
     INSERT INTO powers_cmps (entity_id, cmp_id, component_type, field, "order") SELECT power_id, cid, $1, $2, ord FROM src`,
    [spec.type, spec.field],
  );
  return (res.rowCount ?? 0) * (2 + (spec.links?.length ?? 0));
}

async function stageComponents(client: Client): Promise<number> {
  let rows = 0;
  rows += await components(client, {
    table: 'components_power_basis_citation', type: 'power.basis-citation', field: 'bases', columns: ['kind', 'articles'],
    source: `SELECT id AS power_id, 1 AS ord, 'setting' AS kind, '第' || (1 + h2 % 80) || '条' AS articles, law_id FROM rs_power`,
    links: [{ table: 'components_power_basis_citation_legal_basis_lnk', own: 'basis_citation_id', other: 'legal_basis_id', from: 'law_id' }],
  });
  rows += await components(client, {
    table: 'components_power_responsibility_step', type: 'power.responsibility-step', field: 'steps', columns: ['step', 'content'],
    source: `SELECT p.id AS power_id, s.ord, s.step, '依法履行' || s.step || '职责' AS content FROM rs_power p JOIN rs_step s ON s.template = p.template`,
  });
  rows += await components(client, {
    table: 'components_power_accountability', type: 'power.accountability', field: 'accountabilities', columns: ['situation', 'basis'],
    source: `SELECT p.id AS power_id, a.ord, a.situation, a.basis FROM rs_power p JOIN rs_acc a ON a.template = p.template`,
  });
  rows += await components(client, {
    table: 'components_power_discretion_standard', type: 'power.discretion-standard', field: 'discretion', columns: ['circumstance', 'level', 'level_name', 'penalty_kind', 'min', 'max', 'unit'],
    source: `SELECT p.id AS power_id, l.level AS ord, l.circumstance, l.level, l.level_name, '罚款' AS penalty_kind,
                    3000 * p.scale + 9000 * p.scale * (l.level - 1) AS min, 3000 * p.scale + 9000 * p.scale * l.level AS max, '元' AS unit
             FROM rs_power p CROSS JOIN (VALUES (1, '从轻', '初次违法、危害后果轻微并及时改正'), (2, '一般', '违法情节一般'), (3, '从重', '多次违法或者造成严重后果')) AS l(level, level_name, circumstance)
             WHERE p.type = 'penalty'`,
  });
  rows += await components(client, {
    table: 'components_power_risk_point', type: 'power.risk-point', field: 'riskPoints', columns: ['step', 'description', 'level', 'measure'],
    source: `SELECT p.id AS power_id, 1 AS ord, tpl.risk_step AS step, '审查不严、选择性执法' AS description, 'medium' AS level, '全过程记录，法制审核' AS measure
             FROM rs_power p JOIN rs_tpl tpl ON tpl.template = p.template`,
  });
  rows += await components(client, {
    table: 'components_power_decomposition', type: 'power.decomposition', field: 'decomposition', columns: ['role'],
    source: `SELECT id AS power_id, 1 AS ord, 'handle' AS role, agency_id, post_id FROM rs_power`,
    links: [
      { table: 'components_power_decomposition_agency_lnk', own: 'decomposition_id', other: 'agency_id', from: 'agency_id' },
      { table: 'components_power_decomposition_post_lnk', own: 'decomposition_id', other: 'post_id', from: 'post_id' },
    ],
  });
  return rows;
}

/** Version 1 of each department's list, published: items in code order, as publication writes them. */
async function publishLists(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO published_items (document_id, list_id, department_id, government_code, position, current, power_id, code, name, sub_item, type, status, detail, created_at, updated_at, published_at)
     SELECT ${DOC}, p.list_doc, p.dept_doc, p.gov_code, row_number() OVER (PARTITION BY p.dept_id ORDER BY p.code, p.id), true, p.doc, p.code, p.name, NULL, p.type, 'valid',
       jsonb_build_object(
         'powerId', p.doc, 'code', p.code, 'name', p.name, 'subItem', NULL, 'type', p.type, 'tier', p.tier, 'status', 'valid', 'departmentName', p.dept_name,
         'bases', jsonb_build_array(jsonb_build_object('kind', 'setting', 'legalBasisId', lb.document_id, 'title', lb.title, 'documentNumber', lb.document_number,
                                                       'level', lb.level, 'basisStatus', lb.status, 'articles', '第' || (1 + p.h2 % 80) || '条', 'excerpt', NULL)),
         'steps', tpl.steps, 'accountabilities', tpl.accs,
         'legalTimeLimit', pw.legal_time_limit, 'promisedTimeLimit', pw.promised_time_limit, 'feeBasis', NULL,
         'consultationPhone', pw.consultation_phone, 'supervisionPhone', pw.supervision_phone, 'serviceGuide', pw.service_guide, 'flowchart', pw.flowchart,
         'statutoryMin', pw.statutory_min, 'statutoryMax', pw.statutory_max,
         'discretion', CASE WHEN p.type = 'penalty' THEN jsonb_build_array(
             jsonb_build_object('circumstance', '初次违法、危害后果轻微并及时改正', 'level', 1, 'levelName', '从轻', 'penaltyKind', '罚款', 'min', 3000 * p.scale, 'max', 12000 * p.scale, 'unit', '元'),
             jsonb_build_object('circumstance', '违法情节一般', 'level', 2, 'levelName', '一般', 'penaltyKind', '罚款', 'min', 12000 * p.scale, 'max', 21000 * p.scale, 'unit', '元'),
             jsonb_build_object('circumstance', '多次违法或者造成严重后果', 'level', 3, 'levelName', '从重', 'penaltyKind', '罚款', 'min', 21000 * p.scale, 'max', 30000 * p.scale, 'unit', '元'))
           ELSE '[]'::jsonb END,
         'riskPoints', jsonb_build_array(jsonb_build_object('step', tpl.risk_step, 'description', '审查不严、选择性执法', 'level', 'medium', 'measure', '全过程记录，法制审核')),
         'decomposition', jsonb_build_array(jsonb_build_object('agency', p.agency_name, 'post', p.post_name, 'role', 'handle')),
         'remarks', NULL),
       now(), now(), now()
     FROM rs_power p JOIN powers pw ON pw.id = p.id JOIN legal_bases lb ON lb.id = p.law_id JOIN rs_tpl tpl ON tpl.template = p.template`,
  );
  const history = (to: string, action: string, from: string | null) =>
    `jsonb_build_object('action', '${action}', 'from', ${from ? `'${from}'` : 'NULL'}, 'to', '${to}', 'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'actor', 'system', 'role', NULL, 'organisation', NULL, 'opinion', '区域规模数据（npm run seed:region）')`;
  await client.query(
    `INSERT INTO responsibility_lists (id, document_id, title, version_number, state, publication_date, history, item_count, created_at, updated_at, published_at)
     SELECT d.id, d.doc, d.title, 1, 'published',
            now(), jsonb_build_array(${history('draft', 'create', null)}, ${history('published', 'system', 'draft')}), COALESCE(i.n, 0), now(), now(), now()
     FROM (SELECT list_id AS id, list_doc AS doc, name || '权责清单（2026年版）' AS title FROM rs_dept) d
     LEFT JOIN (SELECT list_id, count(*)::int AS n FROM published_items WHERE list_id IN (SELECT list_doc FROM rs_dept) GROUP BY list_id) i ON i.list_id = d.doc`,
  );
  // The frozen items (cms/src/store/list-snapshot-store.ts): the published ones, as submission stores them.
  await client.query(`INSERT INTO nmg_list_snapshots (list_id, taken_at) SELECT list_id, now() FROM rs_dept`);
  await client.query(
    `INSERT INTO nmg_list_snapshot_items (list_id, position, power_id, code, name, sub_item, type, status, item)
     SELECT d.list_id, i.position, i.power_id, i.code, i.name, i.sub_item, i.type, i.status, i.detail
     FROM rs_dept d JOIN published_items i ON i.list_id = d.list_doc`,
  );
  await client.query(`INSERT INTO responsibility_lists_department_lnk (responsibility_list_id, department_id) SELECT list_id, id FROM rs_dept`);
}

/** Seconds spent per stage over the run (printed at the end: where the time goes). */
export const stageSeconds: Record<string, number> = {};
async function timed<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    stageSeconds[stage] = (stageSeconds[stage] ?? 0) + (performance.now() - t) / 1000;
  }
}

export async function writeBatch(client: Client, batch: readonly PlannedDepartment[]): Promise<BatchCounts> {
  await client.query('BEGIN');
  try {
    await timed('departments, agencies, posts', () => stageDepartments(client, batch));
    const officers = await timed('officers', () => stageOfficers(client));
    const powers = await timed('powers', () => stagePowers(client));
    const componentRows = await timed('components', () => stageComponents(client));
    await timed('published lists', () => publishLists(client));
    await client.query('COMMIT');
    return { departments: batch.length, powers, officers, componentRows };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
