// Annual reports (Art. 7): who reports to whom, the due date from config/deadlines.json, the
// submission and its lateness, acceptance or return by the receiving government, and the history of
// each step, all written by the server.
import { regulationConfig } from '@nmg/config';
import { assertAnnualReport, REPORT_SERVER_FIELDS, reportDueDate, submittedLate, type Reporter } from '../../domain';
import { asRow, isoDate, isRow, numOf, relId, strOf, type Row } from '../../util/row';
import { actorLabel } from '../../scope/actor';
import type { RuleResult } from '../../domain';
import { enforce, forbid } from '../../store/errors';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter, WriteEvent } from './types';
import { REPORT, REPORT_POPULATE, reporterOf } from '../../reports/reporter';

export { REPORT, REPORT_POPULATE, reporterOf };

async function duplicates(strapi: WriteEvent['strapi'], row: Row, reporter: Reporter | null): Promise<number> {
  if (!reporter) return 0;
  const where = { year: numOf(row, 'year'), id: { $ne: row.id }, [reporter.kind]: { documentId: reporter.id } };
  return Number(await strapi.db.query(REPORT).count({ where }));
}

/** Who may not write (REPORT_ROUTE) is a 403, as WRONG_ORGANISATION is; the rest a 400. */
const check = (result: RuleResult): void => (!result.ok && result.code === 'REPORT_ROUTE' ? forbid(result) : enforce(result));

export const annualReportRules: RuleAdapter = {
  async before({ actor, action, params }) {
    const data = isRow(params.data) ? params.data : null;
    if (data && actor.kind !== 'system') for (const key of REPORT_SERVER_FIELDS) delete data[key];
    // A government's administrator reports for the own government unless the request says otherwise.
    if (data && action === 'create' && actor.kind === 'user' && actor.departmentId === null && data.government === undefined && data.department === undefined) {
      data.government = actor.governmentId;
    }
  },
  async after(event) {
    const { strapi, actor, action, before, after, documentId } = event;
    const writer = actor.kind === 'user'
      ? { role: actor.role, governmentId: actor.governmentId, departmentId: actor.departmentId }
      : { role: actor.kind === 'system' ? null : 'admin', governmentId: null, departmentId: null };
    if (action === 'delete') {
      check(assertAnnualReport({ action, writer, reporter: null, stateFrom: strOf(before, 'state'), stateTo: '', changedFields: [], reviewOpinion: null, duplicates: 0, year: null, currentYear: 0 }));
      return;
    }
    if (!after || (action !== 'create' && action !== 'update')) return;
    const row: unknown = await strapi.db.query(REPORT).findOne({ where: { documentId }, populate: REPORT_POPULATE });
    if (!isRow(row)) return;
    const reporter = reporterOf(row);
    const stateFrom = strOf(before, 'state');
    const stateTo = strOf(row, 'state') ?? 'draft';
    const now = new Date();
    check(assertAnnualReport({
      action, writer, reporter, stateFrom, stateTo,
      changedFields: before ? changedFields(before, after).filter((f) => !REPORT_SERVER_FIELDS.includes(f)) : [],
      reviewOpinion: strOf(row, 'reviewOpinion'),
      duplicates: await duplicates(strapi, row, reporter),
      year: numOf(row, 'year'),
      currentYear: now.getUTCFullYear(),
    }));
    const year = numOf(row, 'year');
    const update: Row = {};
    const dueAt = year === null ? null : reportDueDate(year, regulationConfig().deadlines.annualReportDue);
    if (isoDate(row.dueAt) !== dueAt) update.dueAt = dueAt;
    if (stateFrom !== stateTo && action === 'update') {
      const history = Array.isArray(row.history) ? row.history : [];
      update.history = [...history, { at: now.toISOString(), by: actorLabel(actor), from: stateFrom, to: stateTo, opinion: strOf(row, 'reviewOpinion') }];
      if (stateTo === 'submitted') {
        update.submittedAt = now.toISOString();
        update.submittedLate = submittedLate(now.toISOString().slice(0, 10), dueAt);
        update.reviewOpinion = null;
      }
      if (stateTo === 'accepted') update.acceptedAt = now.toISOString();
    }
    if (Object.keys(update).length > 0) await strapi.db.query(REPORT).update({ where: { id: row.id }, data: update });
  },
};
