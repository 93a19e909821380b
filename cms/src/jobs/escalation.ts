// ESCALATION (Art. 27): 责令改正，逾期不改正的，给予通报批评. Every open correction order whose
// deadline has passed with no correction recorded ends "escalated", and a circulated criticism opens
// as a follow-up case linked to it (escalatedFrom), with the step on both timelines. The order
// keeps what was ordered; the criticism is a measure of its own that may lead further (a sanction).
// Runs on one instance at a time (run-once.ts); each case is re-read under its row lock and only
// escalated while still open, so a second run, here or on another instance, escalates nothing twice.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { dueForEscalation, escalationFinding } from '../domain';
import { CASE } from '../accountability/facts';
import { caseHistoryEntry, historyOf } from '../accountability/history';
import { asSystem, SYSTEM } from '../scope/actor';
import { asRow, isoDate, isRow, relId, rowsOf, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { JOB_LOCKS, runOnce, type JobOutcome } from './run-once';
import { RecordRun, type RecordFailure } from './job-log';

export interface EscalationResult {
  /** documentIds of the correction orders escalated, and of the criticisms opened for them. */
  escalated: string[];
  followUps: string[];
  /** Orders that could not be escalated (each rolled back alone, recorded in nmg_job_failures). */
  failed: RecordFailure[];
}

const RELATIONS = ['department', 'officer', 'supervisingGovernment', 'assessment'] as const;

async function lockedOpenCase(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  await withTrx(strapi, (trx) => trx('accountability_cases').where({ document_id: documentId }).forUpdate().select('id'));
  const row: unknown = await strapi.db.query(CASE).findOne({
    where: { documentId },
    populate: Object.fromEntries(RELATIONS.map((r) => [r, { select: ['documentId'] }])),
  });
  return isRow(row) ? row : null;
}

async function escalate(strapi: Core.Strapi, row: Row, day: string, now: Date): Promise<string> {
  const { escalation } = regulationConfig().accountability;
  const documentId = String(row.documentId);
  const deadline = isoDate(row.deadline) ?? '';
  const relations = Object.fromEntries(RELATIONS.map((r) => [r, relId(row, r)]).filter(([, id]) => id !== null));
  const followUp: unknown = await asSystem(() => strapi.documents(CASE).create({
    data: {
      ...relations,
      subjectKind: strOf(row, 'subjectKind'),
      measure: escalation.to,
      finding: escalationFinding(strOf(row, 'finding') ?? '', deadline),
      basis: '《内蒙古自治区行政执法责任制规定》第二十七条',
      state: 'open',
      escalatedFrom: documentId,
      history: [caseHistoryEntry(SYSTEM, 'open-escalation', null, 'open', `由逾期未改正的责令改正案件自动升级（${day}）`, now)],
    },
  }));
  const followUpId = String(asRow(followUp)?.documentId ?? '');
  // The history is read by people: the follow-up is named by its date, never by its documentId (the
  // record's escalatedFrom link is what the console follows).
  const entry = caseHistoryEntry(SYSTEM, 'escalate', 'open', 'escalated', `改正期限 ${deadline} 已过且未记录整改，自动升级为通报批评（后续案件于 ${day} 立案，见本案的后续案件）`, now);
  await asSystem(() => strapi.documents(CASE).update({ documentId, data: { state: 'escalated', history: [...historyOf(row.history), entry] } }));
  return followUpId;
}

export async function escalationJob(strapi: Core.Strapi, now: Date = new Date()): Promise<JobOutcome<EscalationResult>> {
  return runOnce(strapi, JOB_LOCKS.escalation, async () => {
    const { escalation } = regulationConfig().accountability;
    const day = now.toISOString().slice(0, 10);
    const candidates = rowsOf(await strapi.db.query(CASE).findMany({
      where: { state: 'open', measure: escalation.from, correctedAt: { $null: true }, deadline: { $lt: day } },
      select: ['documentId'],
      orderBy: { id: 'asc' },
    }));
    const run = new RecordRun(strapi, 'escalation');
    const result: EscalationResult = { escalated: [], followUps: [], failed: run.failures };
    // One poisoned order (an orphan, a rule it no longer passes) fails alone; the others escalate.
    await run.each(candidates, (c) => String(c.documentId), async (candidate) => {
      const row = await lockedOpenCase(strapi, String(candidate.documentId));
      const facts = row ? { state: strOf(row, 'state') ?? '', measure: strOf(row, 'measure') ?? '', deadline: isoDate(row.deadline), correctedAt: isoDate(row.correctedAt) } : null;
      if (!row || !facts || !dueForEscalation(facts, day, escalation.from)) return;
      const followUp = await escalate(strapi, row, day, now);
      result.followUps.push(followUp);
      result.escalated.push(String(row.documentId));
    });
    await run.finish();
    return result;
  });
}
