// Accountability cases (Art. 27–29): who may open and decide a case against whom, what each measure
// must carry, how the state moves (escalation by the server only), the due-diligence exemption, and
// the case's timeline, written here on every path.
import { regulationConfig } from '@nmg/config';
import { assertCaseAuthority, assertCaseMeasure, assertCaseTransition, assertExemption, firstFailure, ok } from '../../domain';
import { CASE, caseParties, caseTitleOf, loadCase } from '../../accountability/facts';
import { ACTION_OF_STATE, caseHistoryEntry, historyOf } from '../../accountability/history';
import { isoDate, isRow, relId, strOf } from '../../util/row';
import { enforce, WorkflowRefusal } from '../../store/errors';
import { today } from '../../store/facts';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter, WriteEvent } from './types';

/** Written by the server only: a form that sends them back cannot change them. */
const SERVER_FIELDS = ['history', 'escalatedFrom', 'title'];

async function fillDefaults({ strapi, actor, params }: WriteEvent): Promise<void> {
  const data = isRow(params.data) ? params.data : null;
  if (!data || actor.kind !== 'user') return;
  // An officer's case belongs to the officer's department (Art. 28); a government opens its own.
  if (data.subjectKind === 'officer' && data.department === undefined && typeof data.officer === 'string') {
    const officer: unknown = await strapi.db.query('api::officer.officer').findOne({ where: { documentId: data.officer }, populate: { department: { select: ['documentId'] } } });
    const departmentId = isRow(officer) ? relId(officer, 'department') : null;
    if (departmentId) data.department = departmentId;
  }
  if (data.supervisingGovernment === undefined && actor.departmentId === null && actor.governmentId) data.supervisingGovernment = actor.governmentId;
}

export const accountabilityCaseRules: RuleAdapter = {
  async before(event) {
    const { actor, action, params, before } = event;
    if (action === 'delete' && actor.kind !== 'system') throw new WorkflowRefusal('id', '依据《内蒙古自治区行政执法责任制规定》第二十七条，责任追究案件是办理记录，不能删除。', 'CASE_TRANSITION');
    const data = isRow(params.data) ? params.data : null;
    if (!data || (action !== 'create' && action !== 'update')) return;
    if (actor.kind !== 'system') for (const field of SERVER_FIELDS) delete data[field];
    if (action === 'create') await fillDefaults(event);
    // The system writes its own entries (escalation); every other state change is recorded here.
    if (actor.kind === 'system' && data.history !== undefined) return;
    const from = action === 'create' ? null : (strOf(before, 'state') ?? 'open');
    const to = typeof data.state === 'string' ? data.state : (from ?? 'open');
    if (from === to) return;
    const note = to === 'exempted' ? strOf(data, 'exemptionDecision') : to === 'corrected' ? strOf(data, 'correctedAt') : null;
    data.history = [...historyOf(before?.history), caseHistoryEntry(actor, ACTION_OF_STATE[to] ?? to, from, to, note)];
  },

  async after({ strapi, actor, action, documentId, before, after }) {
    if (action === 'delete' || !after) return;
    const row = await loadCase(strapi, documentId);
    if (!row) return;
    const config = regulationConfig().accountability;
    const parties = caseParties(row);
    const from = action === 'create' ? null : (strOf(before, 'state') ?? 'open');
    const to = strOf(row, 'state') ?? 'open';
    const measure = strOf(row, 'measure') ?? '';
    const deadline = isoDate(row.deadline);
    enforce(assertCaseMeasure({ subjectKind: parties.subjectKind, measure, hasDepartment: parties.department !== null, hasOfficer: parties.officer !== null, deadline, basis: strOf(row, 'basis') }, config.measures));
    if (actor.kind === 'user') {
      const codePrefix = actor.scope.kind === 'subtree' ? actor.scope.codePrefix : null;
      enforce(assertCaseAuthority({ governmentId: actor.governmentId, codePrefix, departmentId: actor.departmentId }, parties));
    }
    const changed = before ? changedFields(before, after).filter((f) => f !== 'history' && f !== 'title') : [];
    enforce(firstFailure([
      assertCaseTransition({ from, to, measure, system: actor.kind === 'system', deadline, correctedAt: isoDate(row.correctedAt), today: today(), changedFields: changed }, config.transitions),
      to === 'exempted' && from !== 'exempted' ? assertExemption(row.exemptionChecklist, strOf(row, 'exemptionDecision'), config.exemption) : ok,
    ]));
    // The name a clarification picks the case by (Art. 31): subject, measure and opening date.
    const title = caseTitleOf(row);
    if (strOf(row, 'title') !== title) await strapi.db.query(CASE).update({ where: { id: row.id }, data: { title } });
  },
};

