// The scheduled check of dynamic adjustment (Art. 10, 13): opens tasks that writes outside the
// document service (bulk imports of legal bases) could not open, and flags open tasks past their
// deadline. Runs on one instance at a time (see run-once.ts).
import type { Core } from '@strapi/strapi';
import { openAdjustmentTasks, TASK } from '../adjustment/tasks';
import { notePublicationChange } from '../store/generation';
import { asSystem } from '../scope/actor';
import { afterCommit } from '../util/trx';
import { rowsOf, strOf } from '../util/row';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { RecordRun, type RecordFailure } from './job-log';

export interface AdjustmentCheckResult {
  opened: number;
  flaggedOverdue: number;
  failed: RecordFailure[];
}

export async function adjustmentCheck(strapi: Core.Strapi, today: Date = new Date()): Promise<JobOutcome<AdjustmentCheckResult>> {
  return runOnce(strapi, JOB_LOCKS.adjustmentCheck, async () => {
    let opened = 0;
    const changed = rowsOf(await strapi.db.query('api::legal-basis.legal-basis').findMany({
      where: { $or: [{ status: { $in: ['amended', 'repealed'] } }, { replacedBy: { id: { $notNull: true } } }] },
      select: ['documentId'],
    }));
    const run = new RecordRun(strapi, 'adjustment-check');
    await run.each(changed, (b) => String(b.documentId), async (basis) => {
      opened += await openAdjustmentTasks(strapi, String(basis.documentId), { onlyNew: true, today });
    });
    const due = today.toISOString().slice(0, 10);
    const late = rowsOf(await strapi.db.query(TASK).findMany({ where: { state: 'open', overdue: false, dueDate: { $lt: due } }, select: ['documentId'] }));
    let flaggedOverdue = 0;
    await run.each(late, (t) => String(strOf(t, 'documentId')), async (task) => {
      await asSystem(() => strapi.documents(TASK).update({ documentId: String(strOf(task, 'documentId')), data: { overdue: true } }));
      flaggedOverdue += 1;
    });
    if (flaggedOverdue > 0) await afterCommit(strapi, notePublicationChange);
    await run.finish();
    return { opened, flaggedOverdue, failed: run.failures };
  });
}
