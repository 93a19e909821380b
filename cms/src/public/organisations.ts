// Governments and departments for the public: names, codes, each department's current published
// list and whether it is under adjustment (Art. 10, 13). Organisation data only, never people.
import type { Core } from '@strapi/strapi';
import type { PublicDepartment, PublicGovernment } from '@nmg/config';
import { numOf, strOf, type Row } from '../util/row';
import { LIST_COLUMNS, listMetaOf } from './list-meta';
import { sqlRows } from './sql';

export async function publicGovernments(strapi: Core.Strapi): Promise<PublicGovernment[]> {
  const rows = await sqlRows(
    strapi,
    'governments',
    `SELECT g.code, g.name, g.tier, p.code AS parent_code, COALESCE(n.departments, 0)::int AS published_departments
     FROM governments g
     LEFT JOIN governments_parent_lnk gp ON gp.government_id = g.id
     LEFT JOIN governments p ON p.id = gp.inv_government_id
     LEFT JOIN (
       SELECT dg.government_id, count(DISTINCT rl.department_id) AS departments
       FROM responsibility_lists l
       JOIN responsibility_lists_department_lnk rl ON rl.responsibility_list_id = l.id
       JOIN departments_government_lnk dg ON dg.department_id = rl.department_id
       WHERE l.state = 'published'
       GROUP BY dg.government_id
     ) n ON n.government_id = g.id
     ORDER BY g.code`,
  );
  return rows.map((r) => ({
    code: strOf(r, 'code') ?? '',
    name: strOf(r, 'name') ?? '',
    tier: strOf(r, 'tier') ?? '',
    parentCode: strOf(r, 'parent_code'),
    publishedDepartments: numOf(r, 'published_departments') ?? 0,
  }));
}

export async function governmentExists(strapi: Core.Strapi, code: string): Promise<boolean> {
  return (await sqlRows(strapi, 'government_exists', 'SELECT 1 FROM governments WHERE code = $1 LIMIT 1', [code])).length > 0;
}

// ---- departments ----

/**
 * Departments with their government, current published list (the highest published version; the
 * workflow keeps one) and whether an adjustment task is open for them (Art. 10, 13).
 */
const DEPARTMENT_SELECT = `SELECT d.document_id AS id, d.name, g.code AS government_code, g.name AS government_name, cur.*,
  EXISTS (
    SELECT 1 FROM adjustment_tasks t JOIN adjustment_tasks_department_lnk tl ON tl.adjustment_task_id = t.id
    WHERE tl.department_id = d.id AND t.state = 'open'
  ) AS under_adjustment
  FROM departments d
  LEFT JOIN departments_government_lnk dg ON dg.department_id = d.id
  LEFT JOIN governments g ON g.id = dg.government_id
  LEFT JOIN LATERAL (
    SELECT ${LIST_COLUMNS}
    FROM responsibility_lists l JOIN responsibility_lists_department_lnk rl ON rl.responsibility_list_id = l.id
    WHERE rl.department_id = d.id AND l.state = 'published'
    ORDER BY l.version_number DESC LIMIT 1
  ) cur ON true`;

function departmentOf(row: Row): PublicDepartment {
  return {
    id: strOf(row, 'id') ?? '',
    name: strOf(row, 'name') ?? '',
    government: { code: strOf(row, 'government_code') ?? '', name: strOf(row, 'government_name') ?? '' },
    list: strOf(row, 'list_id') ? listMetaOf(row) : null,
    underAdjustment: row.under_adjustment === true,
  };
}

/** Departments of a government that have a published list, in the order they were set up. */
export async function publicDepartmentsOf(strapi: Core.Strapi, governmentCode: string): Promise<PublicDepartment[]> {
  const rows = await sqlRows(strapi, 'departments_of', `${DEPARTMENT_SELECT} WHERE g.code = $1 AND cur.list_id IS NOT NULL ORDER BY d.id`, [governmentCode]);
  return rows.map(departmentOf);
}

/** Any department (its name is public); `list` is null until it publishes one. */
export async function publicDepartment(strapi: Core.Strapi, documentId: string): Promise<PublicDepartment | null> {
  const rows = await sqlRows(strapi, 'department', `${DEPARTMENT_SELECT} WHERE d.document_id = $1 LIMIT 1`, [documentId]);
  return rows.length ? departmentOf(rows[0]) : null;
}

