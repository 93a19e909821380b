// Which enumeration lives on which field of which resource (from the cms schemas), written once:
// zh and en only supply the value texts. Keys: enums.<resource>.<field>.<value> (component fields
// as enums.<resource>.<component>.<sub>.<value>) with the fallback enums.<field>.<value> for a
// screen that knows only the field name, e.g. a field added later in the Content-Type Builder.
import type { StringMap } from 'ra-core';
import type { Labels } from './nest';

/** The value texts of each enumeration, by what it means in the domain. */
export interface EnumTexts {
  powerType: Labels;
  tier: Labels;
  powerStatus: Labels;
  basisKind: Labels;
  decompositionRole: Labels;
  riskLevel: Labels;
  legalLevel: Labels;
  legalStatus: Labels;
  certificateStatus: Labels;
  departmentKind: Labels;
  listState: Labels;
  adjustmentKind: Labels;
  adjustmentState: Labels;
  adjustmentTaskState: Labels;
  assessmentKind: Labels;
  assessmentMethod: Labels;
  assessmentState: Labels;
  assessmentItem: Labels;
  annualReportState: Labels;
  caseSubjectKind: Labels;
  caseMeasure: Labels;
  caseState: Labels;
  interferenceManner: Labels;
  actorKind: Labels;
  /** The audit trail's actions (admin-ui/src/audit/auditFields.ts AUDIT_ACTIONS). */
  auditAction: Labels;
  assessmentPlanState: Labels;
  clarificationState: Labels;
  /** Art. 17: 行政指导 and the other non-coercive means, 首违不罚/轻微免罚 lists, 柔性执法 cases. */
  guidanceKind: Labels;
  /** Account roles (config/roles.json), shown on the users screens. */
  userRole: Labels;
  /** 尽职免责 criteria (config/accountability.json), named in a case's checklist. */
  exemptionCriterion: Labels;
  /** The state of the legal basis that opened an adjustment task (legal statuses plus 'replaced'). */
  taskBasisStatus: Labels;
  /** Booleans in words: true/false texts, warning: 'true' when true is a warning. */
  certificateLapsed: Labels;
  blocked: Labels;
}

export function enumMessages(t: EnumTexts): StringMap {
  const perResource: StringMap = {
    powers: {
      type: t.powerType,
      tier: t.tier,
      status: t.powerStatus,
      bases: { kind: t.basisKind },
      decomposition: { role: t.decompositionRole },
      riskPoints: { level: t.riskLevel },
    },
    'catalogue-items': { type: t.powerType, tiers: t.tier, bases: { kind: t.basisKind } },
    governments: { tier: t.tier },
    departments: { kind: t.departmentKind },
    'legal-bases': { level: t.legalLevel, status: t.legalStatus },
    officers: { status: t.certificateStatus },
    'responsibility-lists': { state: t.listState },
    'power-adjustments': { kind: t.adjustmentKind, state: t.adjustmentState, proposedType: t.powerType },
    'adjustment-tasks': { state: t.adjustmentTaskState, basisStatus: t.taskBasisStatus },
    assessments: { kind: t.assessmentKind, method: t.assessmentMethod, state: t.assessmentState, scores: { item: t.assessmentItem } },
    'annual-reports': { state: t.annualReportState },
    'accountability-cases': { subjectKind: t.caseSubjectKind, measure: t.caseMeasure, state: t.caseState },
    'interference-records': { manner: t.interferenceManner },
    'audit-logs': { actorKind: t.actorKind, action: t.auditAction },
    'assessment-plans': { kind: t.assessmentKind, state: t.assessmentPlanState },
    clarifications: { state: t.clarificationState },
    'guidance-measures': { kind: t.guidanceKind },
    'legal-education-lists': { state: t.clarificationState },
    'case-interpretations': { state: t.clarificationState },
    users: { role: t.userRole, blocked: t.blocked },
    posts: { certificateLapsed: t.certificateLapsed },
  };
  // Fallbacks by field name. Where resources share a field name with different value sets, the
  // sets are merged; a value in two sets keeps the text of the later one (the list states win for
  // 'state', the power statuses for 'status'), which is why screens try the resource key first.
  const byField: StringMap = {
    type: t.powerType,
    proposedType: t.powerType,
    tier: t.tier,
    tiers: t.tier,
    role: t.decompositionRole,
    level: { ...t.legalLevel, ...t.riskLevel },
    status: { ...t.legalStatus, ...t.certificateStatus, ...t.powerStatus },
    state: { ...t.assessmentPlanState, ...t.adjustmentTaskState, ...t.caseState, ...t.annualReportState, ...t.assessmentState, ...t.adjustmentState, ...t.listState },
    kind: { ...t.guidanceKind, ...t.basisKind, ...t.departmentKind, ...t.assessmentKind, ...t.adjustmentKind },
    method: t.assessmentMethod,
    item: t.assessmentItem,
    subjectKind: t.caseSubjectKind,
    measure: t.caseMeasure,
    manner: t.interferenceManner,
    actorKind: t.actorKind,
    exemptionCriterion: t.exemptionCriterion,
  };
  return { ...byField, ...perResource };
}
