// Dynamic adjustment (Art. 10, 13): when a law is amended, repealed or replaced, every active power
// citing it is marked for adjustment and its department gets a task with a deadline from
// config/deadlines.json. A task is done once a version is published in which none of its powers
// is still marked (the department has re-checked each one: saving a power clears its mark).
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../domain';
import { asSystem } from '../scope/actor';
import { afterCommit } from '../util/trx';
import { asRow, isRow, rowsOf, strOf, type Row } from '../util/row';
import { notePublicationChange } from '../store/generation';

export const TASK = 'api::adjustment-task.adjustment-task';
const POWER = 'api::power.power';
const BASIS = 'api::legal-basis.legal-basis';

/** A type alias, not an interface: stored in a JSON attribute, it must fit Strapi's JSONValue (an interface has no index signature). */
export type TaskPower = {
  id: string;
  code: string;
  name: string;
};

/** The due date of a task opened today, as YYYY-MM-DD. */
export function dueDateFrom(today: Date): string {
  const due = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  due.setUTCDate(due.getUTCDate() + regulationConfig().deadlines.adjustmentTaskDays);
  return due.toISOString().slice(0, 10);
}

const STATUS_REASON: Record<string, string> = { amended: '已修改', repealed: '已废止', 'not-yet-effective': '尚未施行' };

export function reasonFor(title: string, status: string, replacedBy: string | null): string {
  if (replacedBy) return `《${title}》已被《${replacedBy}》替代，须据此调整相关职权及权责清单。`;
  return `《${title}》${STATUS_REASON[status] ?? '已变化'}，须据此调整相关职权及权责清单。`;
}

/** Active powers citing a legal basis, with their departments. */
async function powersCiting(strapi: Core.Strapi, basisId: string): Promise<Row[]> {
  const rows: unknown = await strapi.db.query(POWER).findMany({
    where: { bases: { legalBasis: { documentId: basisId } }, status: { $in: [...ACTIVE_POWER_STATUSES] } },
    select: ['id', 'documentId', 'code', 'name'],
    populate: { department: { select: ['documentId', 'name'] } },
  });
  return rowsOf(rows);
}

/**
 * Marks the powers citing the basis and opens one task per department (or adds the powers to the
 * department's open task for the same basis). With `onlyNew`, departments that ever had a task
 * for the basis are left alone (the scheduled catch-up after bulk writes). Returns tasks opened.
 */
export async function openAdjustmentTasks(strapi: Core.Strapi, basisId: string, options: { onlyNew?: boolean; today?: Date } = {}): Promise<number> {
  const basis = asRow(await strapi.db.query(BASIS).findOne({ where: { documentId: basisId }, select: ['title', 'status'], populate: { replacedBy: { select: ['title'] } } }));
  if (!basis) return 0;
  const title = strOf(basis, 'title') ?? '';
  const status = strOf(basis, 'status') ?? '';
  const replacedBy = strOf(asRow(basis.replacedBy), 'title');
  const byDepartment = new Map<string, { name: string; powers: TaskPower[]; ids: number[] }>();
  for (const p of await powersCiting(strapi, basisId)) {
    const dept = asRow(p.department);
    const deptId = strOf(dept, 'documentId');
    if (!deptId) continue;
    const entry = byDepartment.get(deptId) ?? { name: strOf(dept, 'name') ?? '', powers: [], ids: [] };
    entry.powers.push({ id: strOf(p, 'documentId') ?? '', code: strOf(p, 'code') ?? '', name: strOf(p, 'name') ?? '' });
    entry.ids.push(Number(p.id));
    byDepartment.set(deptId, entry);
  }
  let opened = 0;
  for (const [departmentId, entry] of byDepartment) {
    const existing = rowsOf(await strapi.db.query(TASK).findMany({ where: { department: { documentId: departmentId }, legalBasis: { documentId: basisId } }, select: ['documentId', 'state', 'powers'] }));
    if (options.onlyNew && existing.length > 0) continue;
    await strapi.db.query(POWER).updateMany({ where: { id: { $in: entry.ids } }, data: { pendingAdjustment: true } });
    const open = existing.find((t) => strOf(t, 'state') === 'open');
    const data = { basisTitle: title, basisStatus: replacedBy ? 'replaced' : status, reason: reasonFor(title, status, replacedBy), powers: entry.powers };
    if (open) {
      await asSystem(() => strapi.documents(TASK).update({ documentId: String(open.documentId), data }));
    } else {
      await asSystem(() => strapi.documents(TASK).create({ data: { ...data, department: departmentId, legalBasis: basisId, dueDate: dueDateFrom(options.today ?? new Date()), state: 'open', overdue: false } }));
      opened += 1;
    }
  }
  if (byDepartment.size > 0) await afterCommit(strapi, notePublicationChange);
  return opened;
}

/** Closes the department's open tasks whose powers are all re-checked (called when a version is published). */
export async function closeResolvedTasks(strapi: Core.Strapi, departmentId: string): Promise<number> {
  const open = rowsOf(await strapi.db.query(TASK).findMany({ where: { department: { documentId: departmentId }, state: 'open' }, select: ['documentId', 'powers'] }));
  let closed = 0;
  for (const task of open) {
    const ids = (Array.isArray(task.powers) ? task.powers.filter(isRow) : []).map((p) => strOf(p, 'id')).filter((id): id is string => id !== null);
    const pending = ids.length === 0 ? 0 : Number(await strapi.db.query(POWER).count({ where: { documentId: { $in: ids }, pendingAdjustment: true, status: { $in: [...ACTIVE_POWER_STATUSES] } } }));
    if (pending > 0) continue;
    await asSystem(() => strapi.documents(TASK).update({ documentId: String(task.documentId), data: { state: 'done', completedAt: new Date().toISOString() } }));
    closed += 1;
  }
  return closed;
}
