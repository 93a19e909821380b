// Assessments: Art. 23 (who may assess whom, and only the assessor's own staff fill it in), Art. 24
// (all nine items; total and grade computed here; a pre-scored item changed only with a written
// reason), Art. 22 (scored → approved → published by the assessor, returns with an opinion, final
// once approved) and Art. 25 (an assessment made under a plan follows it).
import { assertAssessmentComplete, assertAssessmentEditor, assertAssessmentFrozen, assertAssessmentPlan, assertAssessmentTransition, assertAssessorScope, assertScoreOverride, assessmentGrade, assessmentTotal, type AssessmentTarget, type Assessor, type AssessorOrganisation } from '../../domain';
import { assessmentConfig, assessmentTransitions, editableAssessmentStates } from '../../assessment/config';
import { assessmentHistoryEntry } from '../../assessment/history';
import { planFacts } from '../../assessment/plans';
import { notePublicationChange } from '../../store/generation';
import type { Actor } from '../../scope/actor';
import { asRow, isRow, numOf, relId, strOf, type Row } from '../../util/row';
import { afterCommit } from '../../util/trx';
import { enforce, forbid, WorkflowRefusal } from '../../store/errors';
import { changedFields } from '../../store/snapshot';
import { keepServerPrescores, loadStoredScores, scoresFingerprint, storedScores, type StoredScore } from './assessment-scores';
import type { RuleAdapter } from './types';

const UID = 'api::assessment.assessment';
const ref = (row: Row, key: string): Row | null => asRow(row[key]);

function parties(row: Row): { assessors: Assessor[]; targets: AssessmentTarget[] } {
  const assessors: Assessor[] = [];
  const targets: AssessmentTarget[] = [];
  const ag = ref(row, 'assessorGovernment');
  const ad = ref(row, 'assessorDepartment');
  if (ag) assessors.push({ kind: 'government', id: strOf(ag, 'documentId') ?? '' });
  if (ad) assessors.push({ kind: 'department', id: strOf(ad, 'documentId') ?? '' });
  const tg = ref(row, 'targetGovernment');
  const td = ref(row, 'targetDepartment');
  const ta = ref(row, 'targetAgency');
  const to = ref(row, 'targetOfficer');
  if (tg) targets.push({ kind: 'government', id: strOf(tg, 'documentId') ?? '', parentId: relId(tg, 'parent') });
  if (td) targets.push({ kind: 'department', id: strOf(td, 'documentId') ?? '', governmentId: relId(td, 'government') });
  if (ta) targets.push({ kind: 'agency', id: strOf(ta, 'documentId') ?? '', departmentId: relId(ta, 'department') });
  if (to) targets.push({ kind: 'officer', id: strOf(to, 'documentId') ?? '', departmentId: relId(to, 'department') });
  return { assessors, targets };
}

/** The assessing organisation of a flat snapshot (documentIds of the relations). */
function assessorOf(snapshot: Row | null): AssessorOrganisation | null {
  const government = strOf(snapshot, 'assessorGovernment');
  const department = strOf(snapshot, 'assessorDepartment');
  if (government && !department) return { kind: 'government', id: government };
  if (department && !government) return { kind: 'department', id: department };
  return null;
}

const withParent = { select: ['documentId'], populate: { parent: { select: ['documentId'] } } };
const withGovernment = { select: ['documentId'], populate: { government: { select: ['documentId'] } } };
const withDepartment = { select: ['documentId'], populate: { department: { select: ['documentId'] } } };

/** Scores stored before the write, per write (params is the same object in `before` and `after`). */
const scoresBefore = new WeakMap<Row, StoredScore[]>();

function checkStep(actor: Actor, from: string, to: string, assessor: AssessorOrganisation | null, opinion: string | null): void {
  const transitions = assessmentTransitions();
  if (actor.kind === 'system') return;
  if (actor.kind !== 'user') {
    if (!transitions.some((t) => t.from === from && t.to === to)) throw new WorkflowRefusal('state', `依据《内蒙古自治区行政执法责任制规定》第二十二条，评议考核不能从“${from}”直接变为“${to}”。`, 'ASSESSMENT_TRANSITION');
    return;
  }
  const result = assertAssessmentTransition({ from, to, actor, assessor, opinion }, transitions);
  if (!result.ok && result.code === 'ASSESSMENT_ROLE') forbid(result);
  enforce(result);
}

export const assessmentRules: RuleAdapter = {
  async before({ strapi, action, actor, documentId, params }) {
    const data = isRow(params.data) ? params.data : null;
    const stored = action === 'create' || !documentId ? [] : await loadStoredScores(strapi, documentId);
    scoresBefore.set(params, stored);
    if (!data || (action !== 'create' && action !== 'update')) return;
    if (actor.kind !== 'system') for (const field of ['history', 'publicationDate']) delete data[field];
    keepServerPrescores(data, stored);
  },

  async after({ strapi, action, actor, documentId, params, before, after }) {
    const transitions = assessmentTransitions();
    const editable = editableAssessmentStates();
    if (action === 'delete') {
      const state = strOf(before, 'state') ?? 'draft';
      if (actor.kind === 'user') forbid(assertAssessmentEditor(actor, assessorOf(before), transitions));
      enforce(assertAssessmentFrozen(state, 'deleted', ['state'], editable, transitions));
      return;
    }
    const row: unknown = await strapi.db.query(UID).findOne({
      where: { documentId },
      populate: {
        assessorGovernment: { select: ['documentId'] }, assessorDepartment: withGovernment,
        targetGovernment: withParent, targetDepartment: withGovernment, targetAgency: withDepartment, targetOfficer: withDepartment,
        scores: true, plan: { populate: { government: { select: ['documentId'] } } },
      },
    });
    if (!isRow(row)) return;
    const now = new Date();
    const flatNow: Row = { assessorGovernment: relId(row, 'assessorGovernment'), assessorDepartment: relId(row, 'assessorDepartment') };
    // Only the assessor's own staff fill in an assessment, before and after the write (Art. 23).
    if (actor.kind === 'user') {
      if (before) forbid(assertAssessmentEditor(actor, assessorOf(before), transitions));
      forbid(assertAssessmentEditor(actor, assessorOf(flatNow), transitions));
    }
    const { assessors, targets } = parties(row);
    enforce(assertAssessorScope(assessors, targets, strOf(row, 'method') ?? ''));

    const stateFrom = strOf(before, 'state') ?? 'draft';
    const stateTo = strOf(row, 'state') ?? 'draft';
    const scores = storedScores(row.scores);
    const updates: Row = {};
    if (before) {
      const changed = changedFields(before, after ?? before);
      const scoresChanged = scoresFingerprint(scoresBefore.get(params) ?? []) !== scoresFingerprint(scores);
      enforce(assertAssessmentFrozen(stateFrom, stateTo, scoresChanged ? [...changed, 'scores'] : changed, editable, transitions));
    }
    if (stateFrom !== stateTo || (!before && stateTo !== 'draft')) {
      const data = isRow(params.data) ? params.data : {};
      const opinion = strOf(data, 'reviewOpinion');
      checkStep(actor, stateFrom, stateTo, assessorOf(flatNow), opinion);
      const step = transitions.find((t) => t.from === stateFrom && t.to === stateTo);
      const history = Array.isArray(row.history) ? row.history : [];
      updates.history = [...history, assessmentHistoryEntry(actor, step?.action ?? 'system', stateFrom, stateTo, opinion, now)];
      if (stateTo === 'published') {
        updates.publicationDate = now;
        await afterCommit(strapi, notePublicationChange);
      }
    } else if (!before) {
      updates.history = [assessmentHistoryEntry(actor, 'create', null, stateTo, null, now)];
    }

    const config = assessmentConfig();
    if (config.completeStates.includes(stateTo)) enforce(assertAssessmentComplete(scores, config.items));
    enforce(assertScoreOverride(scores, config.prescoring.overrideReasonMinLength));
    const plan = asRow(row.plan);
    const department = ref(row, 'assessorDepartment');
    enforce(assertAssessmentPlan(
      { year: numOf(row, 'year') ?? 0, method: strOf(row, 'method') ?? '', assessorGovernmentId: relId(row, 'assessorGovernment'), assessorDepartmentGovernmentId: relId(department, 'government') },
      plan ? planFacts(plan) : null,
    ));
    // The client's total is never trusted: recompute and store it with the grade.
    const total = assessmentTotal(scores);
    const grade = scores.length > 0 ? assessmentGrade(total, config.grades) : null;
    if (numOf(row, 'total') !== total || strOf(row, 'grade') !== grade) Object.assign(updates, { total, grade });
    if (Object.keys(updates).length > 0) await strapi.db.query(UID).update({ where: { id: row.id }, data: updates });
  },
};
