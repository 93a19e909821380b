// Who an annual report is from (Art. 7): a government or a department, read from its row; the
// report's rule and the report handlers both need it.
import type { Reporter } from '../domain';
import { asRow, relId, strOf, type Row } from '../util/row';

export const REPORT = 'api::annual-report.annual-report';

export const REPORT_POPULATE = {
  government: { select: ['documentId', 'name', 'code', 'tier'], populate: { parent: { select: ['documentId', 'name'] } } },
  department: {
    select: ['documentId', 'name'],
    populate: { government: { select: ['documentId', 'name', 'code', 'tier'] }, upperDepartment: { select: ['documentId', 'name'] } },
  },
} as const;

export function reporterOf(row: Row): Reporter | null {
  const government = asRow(row.government);
  const department = asRow(row.department);
  if (government && !department) return { kind: 'government', id: strOf(government, 'documentId') ?? '', parentId: relId(government, 'parent') };
  if (department && !government) {
    return { kind: 'department', id: strOf(department, 'documentId') ?? '', governmentId: relId(department, 'government'), upperDepartmentId: relId(department, 'upperDepartment') };
  }
  return null;
}
