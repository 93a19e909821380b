// Counts, for one department and one period, the facts behind items 4–7 of Art. 24 (see
// domain/prescore.ts for what each counts). Reads the database directly: the caller has already
// established that the user may edit the assessment whose target this is.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { ACTIVE_POWER_STATUSES, certificateValid, recordComplete, stagesOf, type PrescoreFacts } from '../domain';
import { assessmentConfig } from './config';
import { loadDepartmentPowers, loadPosts, postsHoldingPowers } from '../store/facts';
import { asRow, isoDate, rowsOf, strOf } from '../util/row';

export interface Period {
  start: string;
  end: string;
  /** The day the figures are taken: the period's end, or today while the period runs. */
  asOf: string;
}

const addDays = (isoDay: string, days: number): string => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

async function taskFacts(strapi: Core.Strapi, departmentId: string, period: Period): Promise<Pick<PrescoreFacts, 'tasksDue' | 'tasksOnTime'>> {
  const rows: unknown = await strapi.db.query('api::adjustment-task.adjustment-task').findMany({
    where: { department: { documentId: departmentId }, dueDate: { $gte: period.start, $lte: period.end } },
    select: ['dueDate', 'state', 'completedAt'],
  });
  let tasksDue = 0;
  let tasksOnTime = 0;
  for (const task of rowsOf(rows)) {
    const due = isoDate(task.dueDate) ?? '';
    const done = strOf(task, 'state') === 'done';
    // A task not yet due and still open cannot be judged yet.
    if (!done && due > period.asOf) continue;
    tasksDue += 1;
    const completed = isoDate(task.completedAt);
    if (done && completed !== null && completed <= due) tasksOnTime += 1;
  }
  return { tasksDue, tasksOnTime };
}

async function decompositionFacts(strapi: Core.Strapi, departmentId: string): Promise<Pick<PrescoreFacts, 'activePowers' | 'powersDecomposed'>> {
  const active = new Set<string>(ACTIVE_POWER_STATUSES);
  const powers = (await loadDepartmentPowers(strapi, departmentId)).filter((p) => active.has(p.status));
  // Decomposed as Art. 11 and assert-decomposed read it: to an agency of its own department and a post of that agency.
  const powersDecomposed = powers.filter((p) => {
    const complete = p.decomposition.filter((d) => d.agencyId && d.postId);
    return complete.length > 0 && complete.every((d) => d.agencyDepartmentId === departmentId && d.postAgencyId === d.agencyId);
  }).length;
  return { activePowers: powers.length, powersDecomposed };
}

async function postFacts(strapi: Core.Strapi, departmentId: string, asOf: string): Promise<Pick<PrescoreFacts, 'postsWithPowers' | 'postsStaffed'>> {
  const posts = await loadPosts(strapi, { agency: { department: { documentId: departmentId } } });
  const held = await postsHoldingPowers(strapi, posts.map((p) => p.id));
  const withPowers = posts.filter((p) => held.has(p.id));
  // Art. 12 and 19: a certified officer on the post, and the post's responsibilities written down.
  const postsStaffed = withPowers.filter((p) => (p.responsibilities ?? '').trim() !== '' && p.officers.some((o) => certificateValid(o, asOf))).length;
  return { postsWithPowers: withPowers.length, postsStaffed };
}

async function filingFacts(strapi: Core.Strapi, departmentId: string, period: Period): Promise<Pick<PrescoreFacts, 'filings' | 'filingsReviewedInTime' | 'filingsFiledInTime'>> {
  const rows: unknown = await strapi.db.query('api::major-penalty-filing.major-penalty-filing').findMany({
    where: { department: { documentId: departmentId }, decidedAt: { $gte: period.start, $lte: period.asOf } },
    select: ['decidedAt', 'legalReviewAt', 'filedAt', 'filingDeadline'],
  });
  const days = regulationConfig().deadlines.majorPenaltyFilingDays;
  let filings = 0;
  let filingsReviewedInTime = 0;
  let filingsFiledInTime = 0;
  for (const f of rowsOf(rows)) {
    const decided = isoDate(f.decidedAt) ?? '';
    filings += 1;
    const reviewed = isoDate(f.legalReviewAt);
    if (reviewed !== null && reviewed <= decided) filingsReviewedInTime += 1;
    // Art. 16: filed by the deadline recorded on the filing (or the configured days after the decision).
    const deadline = isoDate(f.filingDeadline) ?? addDays(decided, days);
    const filed = isoDate(f.filedAt);
    if (filed !== null && filed <= deadline) filingsFiledInTime += 1;
  }
  return { filings, filingsReviewedInTime, filingsFiledInTime };
}

/**
 * Art. 14: the department's 执法全过程记录 made in the period (a record is made when its case is
 * registered, so its creation date places it) and how many are complete (domain recordComplete).
 */
async function enforcementRecordFacts(strapi: Core.Strapi, departmentId: string, period: Period): Promise<Pick<PrescoreFacts, 'enforcementRecords' | 'enforcementRecordsComplete'>> {
  const rows: unknown = await strapi.db.query('api::enforcement-record.enforcement-record').findMany({
    where: { department: { documentId: departmentId }, createdAt: { $gte: `${period.start}T00:00:00.000Z`, $lte: `${period.asOf}T23:59:59.999Z` } },
    select: ['stages', 'major'],
    populate: { filing: { select: ['documentId'] } },
  });
  const config = assessmentConfig().enforcementRecord;
  let enforcementRecords = 0;
  let enforcementRecordsComplete = 0;
  for (const r of rowsOf(rows)) {
    enforcementRecords += 1;
    const stages = stagesOf(r.stages);
    if (stages !== null && recordComplete({ stages, major: r.major === true, hasFiling: asRow(r.filing) !== null }, config)) enforcementRecordsComplete += 1;
  }
  return { enforcementRecords, enforcementRecordsComplete };
}

export async function departmentPrescoreFacts(strapi: Core.Strapi, departmentId: string, period: Period): Promise<PrescoreFacts> {
  return {
    ...(await taskFacts(strapi, departmentId, period)),
    ...(await decompositionFacts(strapi, departmentId)),
    ...(await postFacts(strapi, departmentId, period.asOf)),
    ...(await filingFacts(strapi, departmentId, period)),
    ...(await enforcementRecordFacts(strapi, departmentId, period)),
  };
}
