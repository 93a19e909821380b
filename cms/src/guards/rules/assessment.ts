// Assessments: Art. 23 (who may assess whom) and Art. 24 (all nine items; total and grade computed here).
import { regulationConfig } from '@nmg/config';
import { assertAssessmentComplete, assertAssessorScope, assessmentGrade, assessmentTotal, type AssessmentTarget, type Assessor } from '../../domain';
import { asRow, isRow, numOf, relId, rowsOf, strOf, type Row } from '../../util/row';
import { enforce } from '../errors';
import type { RuleAdapter } from './types';

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

const withParent = { select: ['documentId'], populate: { parent: { select: ['documentId'] } } };
const withGovernment = { select: ['documentId'], populate: { government: { select: ['documentId'] } } };
const withDepartment = { select: ['documentId'], populate: { department: { select: ['documentId'] } } };

export const assessmentRules: RuleAdapter = {
  async after({ strapi, action, documentId }) {
    if (action === 'delete') return;
    const row: unknown = await strapi.db.query('api::assessment.assessment').findOne({
      where: { documentId },
      populate: {
        assessorGovernment: { select: ['documentId'] }, assessorDepartment: { select: ['documentId'] },
        targetGovernment: withParent, targetDepartment: withGovernment, targetAgency: withDepartment, targetOfficer: withDepartment,
        scores: true,
      },
    });
    if (!isRow(row)) return;
    const { assessors, targets } = parties(row);
    enforce(assertAssessorScope(assessors, targets, strOf(row, 'method') ?? ''));
    const config = regulationConfig().assessment;
    const scores = rowsOf(row.scores).map((s) => ({ item: numOf(s, 'item') ?? 0, score: numOf(s, 'score') ?? 0 }));
    if (config.completeStates.includes(strOf(row, 'state') ?? '')) enforce(assertAssessmentComplete(scores, config.items));
    // The client's total is never trusted: recompute and store it with the grade.
    const total = assessmentTotal(scores);
    const grade = scores.length > 0 ? assessmentGrade(total, config.grades) : null;
    if (numOf(row, 'total') !== total || strOf(row, 'grade') !== grade) {
      await strapi.db.query('api::assessment.assessment').update({ where: { id: row.id }, data: { total, grade } });
    }
  },
};
