// The dashboard's adjustment tasks (Art. 10, 13): open tasks in the user's scope, overdue first.
import type { Core } from '@strapi/strapi';
import type { AdjustmentTaskSummary } from '@nmg/config';
import { asRow, isRow, strOf } from '../util/row';

const today = (): string => new Date().toISOString().slice(0, 10);

export async function dashboardTasks(strapi: Core.Strapi): Promise<AdjustmentTaskSummary[]> {
  // A scoped read: the document-service middleware narrows it to the signed-in user's scope.
  const rows: unknown = await strapi.documents('api::adjustment-task.adjustment-task').findMany({
    filters: { state: 'open' },
    sort: [{ dueDate: 'asc' }],
    limit: 100,
    populate: { department: { fields: ['documentId', 'name'] } },
  });
  const now = today();
  return (Array.isArray(rows) ? rows.filter(isRow) : []).map((r) => {
    const department = asRow(r.department);
    const due = strOf(r, 'dueDate') ?? '';
    return {
      id: String(r.documentId),
      department: department ? { id: String(department.documentId), name: strOf(department, 'name') ?? '' } : null,
      legalBasisTitle: strOf(r, 'basisTitle') ?? '',
      reason: strOf(r, 'reason') ?? '',
      dueDate: due,
      overdue: r.overdue === true || (due !== '' && due < now),
      powerCount: Array.isArray(r.powers) ? r.powers.length : 0,
    };
  });
}
