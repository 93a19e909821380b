// The open adjustment tasks of GET /console-api/dashboard (Art. 10, 13: a law the lists cite changed)
// and where each links: the adjustment-tasks list filtered to the task, to the open tasks, or to the
// overdue ones. Pure, so the links are tested without rendering.
import type { AdjustmentTaskSummary } from '../../../config/src/contracts';
import { isObject } from '../providers/types';
import type { Figure } from './types';
import { idOrNull as id, strOrNull as str } from '../providers/values';

export type { AdjustmentTaskSummary };

export const ADJUSTMENT_TASKS = 'adjustment-tasks';

function parseTask(value: unknown): AdjustmentTaskSummary | null {
  if (!isObject(value)) return null;
  const taskId = id(value.id);
  const dueDate = str(value.dueDate);
  if (!taskId || !dueDate) return null;
  const department = isObject(value.department) && id(value.department.id) ? { id: id(value.department.id) ?? '', name: str(value.department.name) ?? '' } : null;
  return {
    id: taskId,
    department,
    legalBasisTitle: str(value.legalBasisTitle) ?? '',
    reason: str(value.reason) ?? '',
    dueDate,
    overdue: value.overdue === true,
    powerCount: typeof value.powerCount === 'number' ? value.powerCount : 0,
  };
}

/** Overdue tasks first, then by due date. */
export function parseAdjustmentTasks(value: unknown): AdjustmentTaskSummary[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(parseTask)
    .filter((t): t is AdjustmentTaskSummary => t !== null)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate));
}

/** Figures in the dashboard's own link format (links.ts), so the same link builder serves them. */
export const taskFigure = (task: AdjustmentTaskSummary): Figure => ({ key: 'adjustmentTask', count: 1, resource: ADJUSTMENT_TASKS, filter: { id: [task.id] } });

export const openTasksFigure = (tasks: AdjustmentTaskSummary[]): Figure => ({ key: 'adjustmentTasksOpen', count: tasks.length, resource: ADJUSTMENT_TASKS, filter: { state: 'open' } });

/** The day before an ISO date (YYYY-MM-DD), or null when it is not one. */
export function dayBefore(isoDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Overdue means due before today, as the server counts it; the stored `overdue` flag is set by a
 * scheduled check and may lag a day, so the link filters by the date when the dashboard gives it.
 */
export const overdueTasksFigure = (tasks: AdjustmentTaskSummary[], today: string): Figure => {
  const yesterday = dayBefore(today);
  return {
    key: 'adjustmentTasksOverdue',
    count: tasks.filter((t) => t.overdue).length,
    resource: ADJUSTMENT_TASKS,
    filter: yesterday ? { state: 'open', dueDate_lte: yesterday } : { state: 'open', overdue: true },
  };
};
