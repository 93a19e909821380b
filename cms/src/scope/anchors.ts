// Where each content type hangs in the organisation tree. A record is inside a user's scope when
// one of its anchors leads to the user's department, or to a government in the user's subtree.
// Reference data (organisations, legal bases, the catalogue) is readable by every signed-in user.

export type Anchor =
  | { to: 'department'; path: string[] }
  | { to: 'government'; path: string[] }
  | { to: 'code'; field: string };

export interface ScopeRule {
  /** 'reference': readable by anyone allowed to read the type; 'scoped': only inside the anchors. */
  read: 'reference' | 'scoped';
  anchors: Anchor[];
  /** Relation a department user's creates are attached to by default. */
  ownDepartmentField?: string;
  /** Field named in a scope refusal when it is not the first anchor's relation. */
  scopeField?: string;
}

const dept = (...path: string[]): Anchor => ({ to: 'department', path });
const gov = (...path: string[]): Anchor => ({ to: 'government', path });

export const SCOPE_RULES: Record<string, ScopeRule> = {
  'api::government.government': { read: 'reference', anchors: [gov()], scopeField: 'parent' },
  'api::department.department': { read: 'reference', anchors: [dept()], scopeField: 'government' },
  'api::legal-basis.legal-basis': { read: 'reference', anchors: [] },
  'api::catalogue-item.catalogue-item': { read: 'reference', anchors: [] },
  'api::agency.agency': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::post.post': { read: 'scoped', anchors: [dept('agency', 'department')] },
  'api::officer.officer': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::training-record.training-record': { read: 'scoped', anchors: [dept('officer', 'department')] },
  'api::power.power': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::power-adjustment.power-adjustment': {
    read: 'scoped',
    anchors: [dept('department'), dept('targetDepartment')],
    ownDepartmentField: 'department',
  },
  'api::responsibility-list.responsibility-list': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::assessment.assessment': {
    read: 'scoped',
    anchors: [
      gov('assessorGovernment'), dept('assessorDepartment'), gov('targetGovernment'), dept('targetDepartment'),
      dept('targetAgency', 'department'), dept('targetOfficer', 'department'),
    ],
  },
  'api::accountability-case.accountability-case': { read: 'scoped', anchors: [dept('department'), gov('supervisingGovernment')] },
  'api::interference-record.interference-record': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::major-penalty-filing.major-penalty-filing': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::enforcement-record.enforcement-record': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::guidance-measure.guidance-measure': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::legal-education-list.legal-education-list': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::case-interpretation.case-interpretation': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  // Art. 7: a department's report also reaches its upper department (上一级主管部门).
  'api::annual-report.annual-report': { read: 'scoped', anchors: [gov('government'), dept('department'), dept('department', 'upperDepartment')], ownDepartmentField: 'department' },
  'api::commendation.commendation': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  'api::adjustment-task.adjustment-task': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
  // Items of published lists are public; they are written only by the publish transition.
  'api::published-item.published-item': { read: 'reference', anchors: [] },
  'api::audit-log.audit-log': { read: 'scoped', anchors: [{ to: 'code', field: 'governmentCode' }] },
  // Plans are read by everyone they concern (the governments and departments assessed under them,
  // whatever their tier); only the plan's government's subtree writes them.
  'api::assessment-plan.assessment-plan': { read: 'reference', anchors: [gov('government')] },
  // Public ratings (Art. 25) are written by the public route only, as the system.
  'api::public-rating.public-rating': { read: 'scoped', anchors: [dept('department')] },
  'api::clarification.clarification': { read: 'scoped', anchors: [dept('department')], ownDepartmentField: 'department' },
};

export const isGuarded = (uid: string): boolean => Object.prototype.hasOwnProperty.call(SCOPE_RULES, uid);

/** The field a scope refusal points at: the relation that places the record in the tree. */
export function scopeFieldOf(uid: string): string {
  const rule = SCOPE_RULES[uid];
  const first = rule?.anchors[0];
  return rule?.scopeField ?? rule?.ownDepartmentField ?? (first && first.to !== 'code' ? first.path[0] : undefined) ?? 'id';
}
