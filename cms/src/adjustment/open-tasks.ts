// Which departments have open adjustment tasks (Art. 10, 13): their lists show "under adjustment".
import type { Core } from '@strapi/strapi';
import { asRow, rowsOf, strOf } from '../util/row';

export async function openTaskDepartments(strapi: Core.Strapi, departmentIds: string[]): Promise<Set<string>> {
  if (departmentIds.length === 0) return new Set();
  const rows: unknown = await strapi.db.query('api::adjustment-task.adjustment-task').findMany({
    where: { state: 'open', department: { documentId: { $in: departmentIds } } },
    select: ['id'],
    populate: { department: { select: ['documentId'] } },
  });
  return new Set(rowsOf(rows).map((r) => strOf(asRow(r.department), 'documentId')).filter((id): id is string => id !== null));
}
