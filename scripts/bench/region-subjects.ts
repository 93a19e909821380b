// What the region-scale measurements read: the generated market regulation department of 新城区
// (scripts/region/plan.ts puts it in every fraction, about 1,000 items) with an editor account
// made for the bench, the region's justice reviewer (demo account, the whole region in scope), the
// department's published list and an item in the middle of it.
import type { Core } from '@strapi/strapi';
import type { Pool } from 'pg';
import { BENCH_GOVERNMENT } from '../region/plan';
import { MARKET } from '../region/texts';

export const REGION_EDITOR = 'bench-region-dept-editor';
export const REGION_REVIEWER = 'region-justice-reviewer';

export interface RegionSubjects {
  departmentId: string;
  departmentName: string;
  powers: number;
  listId: string;
  itemId: string;
}

export async function regionSubjects(pool: Pool): Promise<RegionSubjects> {
  const dept = await pool.query<{ doc: string; name: string; powers: string }>(
    `SELECT d.document_id AS doc, d.name, (SELECT count(*) FROM powers_department_lnk p WHERE p.department_id = d.id) AS powers
     FROM departments d JOIN departments_government_lnk l ON l.department_id = d.id JOIN governments g ON g.id = l.government_id
     WHERE g.code = $1 AND d.name = g.name || $2`,
    [BENCH_GOVERNMENT, MARKET],
  );
  const row = dept.rows[0];
  if (!row) throw new Error('bench: the generated department of 新城区 is missing (run the region generator first)');
  const list = await pool.query<{ list_id: string; n: string }>(`SELECT list_id, count(*) AS n FROM published_items WHERE department_id = $1 AND current GROUP BY list_id`, [row.doc]);
  const listRow = list.rows[0];
  if (!listRow) throw new Error('bench: the department has no published list');
  const item = await pool.query<{ document_id: string }>(`SELECT document_id FROM published_items WHERE list_id = $1 AND position = $2`, [listRow.list_id, Math.ceil(Number(listRow.n) / 2)]);
  return { departmentId: row.doc, departmentName: row.name, powers: Number(row.powers), listId: listRow.list_id, itemId: item.rows[0]?.document_id ?? '' };
}

/** The department's editor, made once through the users-permissions service like any account. */
export async function addRegionEditor(strapi: Core.Strapi, departmentId: string, password: string): Promise<void> {
  const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: REGION_EDITOR } });
  if (existing) return;
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'dept-editor' }, select: ['id'] })) as { id: number } | null;
  if (!role) throw new Error('bench: role dept-editor missing');
  // The plugin's service takes row ids for relations (it checks them with `id IN (…)`).
  const department = (await strapi.db.query('api::department.department').findOne({ where: { documentId: departmentId }, select: ['id'] })) as { id: number } | null;
  if (!department) throw new Error(`bench: department ${departmentId} missing`);
  const users = strapi.plugin('users-permissions').service('user') as unknown as { add(values: Record<string, unknown>): Promise<unknown> };
  await users.add({ username: REGION_EDITOR, email: `${REGION_EDITOR}@bench.nmg.local`, password, provider: 'local', confirmed: true, blocked: false, role: role.id, displayName: '部门填报员（区域基准测试）', department: department.id });
}
