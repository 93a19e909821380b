// After an adjustment the department's list needs a new version (Art. 11, 13): a draft is opened
// unless one is already being edited.
import type { Core } from '@strapi/strapi';
import { LIST } from '../workflow/context';
import { asRow, numOf, rowsOf, strOf } from '../util/row';


export async function startDraftVersion(strapi: Core.Strapi, departmentId: string): Promise<string | null> {
  const lists = rowsOf(await strapi.db.query(LIST).findMany({ where: { department: { documentId: departmentId } }, select: ['documentId', 'versionNumber', 'state'] }));
  const editing = lists.find((l) => ['draft', 'returned'].includes(strOf(l, 'state') ?? ''));
  if (editing) return strOf(editing, 'documentId');
  const next = Math.max(0, ...lists.map((l) => numOf(l, 'versionNumber') ?? 0)) + 1;
  const department = asRow(await strapi.db.query('api::department.department').findOne({ where: { documentId: departmentId }, select: ['name'] }));
  const created: unknown = await strapi.documents(LIST).create({ data: { department: departmentId, versionNumber: next, state: 'draft', title: `${strOf(department, 'name') ?? ''}权责清单（第${next}版）` } });
  return strOf(asRow(created), 'documentId');
}
