// The scoring sheet of one assessment, as the console shows it: the nine items of Art. 24 with
// their weights and guides from config/assessment.json, the scores, findings and evidence, the
// pre-scores of items 4–7 with their figures, the state, the steps the user may take, the history.
import type { Core } from '@strapi/strapi';
import type { AssessmentSheetItem } from '@nmg/config';
import type { UserActor } from '../scope/actor';
import { actsForAssessor, assessorRoles, type AssessorOrganisation } from '../domain';
import { asRow, isRow, numOf, relId, rowsOf, strOf, type Row } from '../util/row';
import { assessmentConfig, assessmentStateName, assessmentTransitions, editableAssessmentStates } from './config';

/** The server passes the stored pre-score basis on as it is. */
export type SheetItem = AssessmentSheetItem<unknown>;

export interface AssessmentSheet {
  id: string;
  year: number | null;
  kind: string | null;
  method: string | null;
  state: string;
  stateName: string;
  editable: boolean;
  assessor: { kind: 'government' | 'department'; id: string; name: string } | null;
  target: { kind: string; id: string; name: string } | null;
  plan: { id: string; title: string } | null;
  items: SheetItem[];
  total: number | null;
  grade: string | null;
  summary: string | null;
  reviewOpinion: string | null;
  actions: string[];
  opinionRequired: string[];
  history: unknown[];
  updatedAt: string | null;
}

const named = (row: Row | null): { id: string; name: string } | null => (row ? { id: String(row.documentId), name: strOf(row, 'name') ?? strOf(row, 'title') ?? '' } : null);

export function assessorOfRow(row: Row): AssessorOrganisation | null {
  const g = relId(row, 'assessorGovernment');
  const d = relId(row, 'assessorDepartment');
  if (g && !d) return { kind: 'government', id: g };
  if (d && !g) return { kind: 'department', id: d };
  return null;
}

/** The steps the user may take now, by role and organisation (the server checks again on the step). */
export function availableAssessmentActions(actor: UserActor, state: string, assessor: AssessorOrganisation | null): string[] {
  if (!assessor || !actsForAssessor(actor, assessor)) return [];
  return assessmentTransitions().filter((t) => t.from === state && t.roles[assessor.kind].includes(actor.role)).map((t) => t.action);
}

export const mayEditAssessment = (actor: UserActor, assessor: AssessorOrganisation | null): boolean =>
  assessor !== null && actsForAssessor(actor, assessor) && assessorRoles(assessmentTransitions(), assessor.kind).has(actor.role);

export const SHEET_POPULATE = {
  assessorGovernment: { select: ['documentId', 'name'] },
  assessorDepartment: { select: ['documentId', 'name'] },
  targetGovernment: { select: ['documentId', 'name'] },
  targetDepartment: { select: ['documentId', 'name'] },
  targetAgency: { select: ['documentId', 'name'] },
  targetOfficer: { select: ['documentId', 'name'] },
  plan: { select: ['documentId', 'title'] },
  scores: true,
} as const;

export async function loadSheetRow(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  const row: unknown = await strapi.db.query('api::assessment.assessment').findOne({ where: { documentId }, populate: SHEET_POPULATE });
  return isRow(row) ? row : null;
}

export function assessmentSheet(row: Row, actor: UserActor): AssessmentSheet {
  const config = assessmentConfig();
  const prescored = new Set(config.prescoring.items);
  const scores = rowsOf(row.scores);
  const state = strOf(row, 'state') ?? 'draft';
  const assessor = assessorOfRow(row);
  const targetKey = ['targetGovernment', 'targetDepartment', 'targetAgency', 'targetOfficer'].find((k) => asRow(row[k]));
  const target = targetKey ? named(asRow(row[targetKey])) : null;
  const assessorRow = asRow(row.assessorGovernment) ?? asRow(row.assessorDepartment);
  const updatedAt = row.updatedAt instanceof Date ? row.updatedAt.toISOString() : strOf(row, 'updatedAt');
  return {
    id: String(row.documentId),
    year: numOf(row, 'year'),
    kind: strOf(row, 'kind'),
    method: strOf(row, 'method'),
    state,
    stateName: assessmentStateName(state),
    editable: editableAssessmentStates().includes(state) && mayEditAssessment(actor, assessor),
    assessor: assessor && assessorRow ? { kind: assessor.kind, id: assessor.id, name: strOf(assessorRow, 'name') ?? '' } : null,
    target: target && targetKey ? { kind: targetKey.replace(/^target/, '').toLowerCase(), ...target } : null,
    plan: (() => { const p = named(asRow(row.plan)); return p ? { id: p.id, title: p.name } : null; })(),
    items: config.items.map((i) => {
      const s = scores.find((o) => numOf(o, 'item') === i.item) ?? null;
      return {
        item: i.item, name: i.name, weight: i.weight, guide: i.guide, prescored: prescored.has(i.item),
        score: numOf(s, 'score'), autoScore: numOf(s, 'autoScore'), basis: s?.basis ?? null,
        finding: strOf(s, 'finding'), evidence: strOf(s, 'evidence'), overrideReason: strOf(s, 'overrideReason'),
      };
    }),
    total: numOf(row, 'total'),
    grade: strOf(row, 'grade'),
    summary: strOf(row, 'summary'),
    reviewOpinion: strOf(row, 'reviewOpinion'),
    actions: availableAssessmentActions(actor, state, assessor),
    opinionRequired: assessmentTransitions().filter((t) => t.opinionRequired).map((t) => t.action),
    history: Array.isArray(row.history) ? row.history : [],
    updatedAt,
  };
}
