// The nightly integrity check's one table (issue 13): each row names records that have lost a
// relation they cannot be without. Strapi keeps every relation in a link table whose two foreign
// keys are ON DELETE CASCADE (docs/DECISIONS.md), so a department deleted behind the application's
// back (raw SQL, a restore of part of the data) silently takes its officers' links with it and
// leaves the officers behind, seen by no department. The rows follow the organisation tree
// (ARCHITECTURE "Organisations and tiers") and each scoped type's anchors (scope/anchors.ts: a
// record none of whose anchors leads anywhere is in nobody's scope); a unit test holds the table
// to both. A row is orphaned when none of `anyOf` leads to an existing record.

/** A to-one relation attribute (through its link table), or a column holding a documentId. */
export type Reference = string | { column: string; target: string };

export interface IntegrityCheck {
  kind: string;
  /** What is wrong, in Chinese, for the dashboard and the log. */
  label: string;
  uid: string;
  anyOf: Reference[];
  /** Only rows whose column holds one of these values are checked. */
  when?: { column: string; in: string[] };
}

const GOVERNMENT = 'api::government.government';
const DEPARTMENT = 'api::department.department';
const LIST = 'api::responsibility-list.responsibility-list';
const CASE = 'api::accountability-case.accountability-case';
export const ACCOUNT = 'plugin::users-permissions.user';

export const INTEGRITY_CHECKS: readonly IntegrityCheck[] = [
  // The organisation tree: a government under its parent (but the region), a department under its government (Art. 5).
  { kind: 'government-without-parent', label: '人民政府缺少上级人民政府', uid: GOVERNMENT, anyOf: ['parent'], when: { column: 'tier', in: ['league', 'county', 'township'] } },
  { kind: 'department-without-government', label: '行政执法部门缺少所属人民政府', uid: DEPARTMENT, anyOf: ['government'] },
  { kind: 'agency-without-department', label: '执法机构缺少所属行政执法部门', uid: 'api::agency.agency', anyOf: ['department'] },
  { kind: 'post-without-agency', label: '执法岗位缺少所属执法机构', uid: 'api::post.post', anyOf: ['agency'] },
  { kind: 'officer-without-department', label: '行政执法人员缺少所属行政执法部门', uid: 'api::officer.officer', anyOf: ['department'] },
  // Every account belongs to exactly one organisation (ARCHITECTURE "Roles"): without one it has no scope.
  { kind: 'account-without-scope', label: '用户账号缺少所属单位（无权限范围）', uid: ACCOUNT, anyOf: ['department', 'government'] },
  // The responsibility system's records (Art. 9–13).
  { kind: 'power-without-department', label: '权责事项缺少所属行政执法部门', uid: 'api::power.power', anyOf: ['department'] },
  { kind: 'list-without-department', label: '权责清单版本缺少所属行政执法部门', uid: LIST, anyOf: ['department'] },
  { kind: 'adjustment-without-department', label: '权责调整申请缺少申请或承接部门', uid: 'api::power-adjustment.power-adjustment', anyOf: ['department', 'targetDepartment'] },
  { kind: 'adjustment-task-without-department', label: '动态调整任务缺少所属行政执法部门', uid: 'api::adjustment-task.adjustment-task', anyOf: ['department'] },
  { kind: 'published-item-without-list', label: '已公布事项所属的权责清单已不存在', uid: 'api::published-item.published-item', anyOf: [{ column: 'list_id', target: LIST }] },
  { kind: 'published-item-without-department', label: '已公布事项所属的行政执法部门已不存在', uid: 'api::published-item.published-item', anyOf: [{ column: 'department_id', target: DEPARTMENT }] },
  // Enforcement and its supervision (Art. 14–21).
  { kind: 'training-record-without-officer', label: '培训记录缺少所属行政执法人员', uid: 'api::training-record.training-record', anyOf: ['officer'] },
  { kind: 'enforcement-record-without-department', label: '执法全过程记录缺少所属行政执法部门', uid: 'api::enforcement-record.enforcement-record', anyOf: ['department'] },
  { kind: 'guidance-measure-without-department', label: '行政指导记录缺少所属行政执法部门', uid: 'api::guidance-measure.guidance-measure', anyOf: ['department'] },
  { kind: 'legal-education-list-without-department', label: '普法责任清单缺少所属部门', uid: 'api::legal-education-list.legal-education-list', anyOf: ['department'] },
  { kind: 'case-interpretation-without-department', label: '以案释法案例缺少所属部门', uid: 'api::case-interpretation.case-interpretation', anyOf: ['department'] },
  { kind: 'filing-without-department', label: '重大行政处罚备案缺少所属行政执法部门', uid: 'api::major-penalty-filing.major-penalty-filing', anyOf: ['department'] },
  { kind: 'annual-report-without-reporter', label: '年度报告缺少报告单位', uid: 'api::annual-report.annual-report', anyOf: ['government', 'department'] },
  { kind: 'commendation-without-department', label: '表彰奖励缺少所属行政执法部门', uid: 'api::commendation.commendation', anyOf: ['department'] },
  // Assessment (Art. 22–26): a plan belongs to its government; an assessment has an assessor and a target.
  { kind: 'assessment-plan-without-government', label: '评议考核方案缺少所属人民政府', uid: 'api::assessment-plan.assessment-plan', anyOf: ['government'] },
  { kind: 'assessment-without-assessor', label: '评议考核缺少考核单位', uid: 'api::assessment.assessment', anyOf: ['assessorGovernment', 'assessorDepartment'] },
  { kind: 'assessment-without-target', label: '评议考核缺少被考核对象', uid: 'api::assessment.assessment', anyOf: ['targetGovernment', 'targetDepartment', 'targetAgency', 'targetOfficer'] },
  { kind: 'public-rating-without-department', label: '社会评议缺少被评议部门', uid: 'api::public-rating.public-rating', anyOf: ['department'] },
  // Accountability (Art. 27–31): a case names its subject, an officer or a department.
  { kind: 'case-without-subject', label: '责任追究案件的追究对象（人员）已不存在', uid: CASE, anyOf: ['officer'], when: { column: 'subject_kind', in: ['officer'] } },
  { kind: 'case-without-subject-department', label: '责任追究案件的追究对象（部门）已不存在', uid: CASE, anyOf: ['department'], when: { column: 'subject_kind', in: ['department'] } },
  { kind: 'case-without-scope', label: '责任追究案件缺少所属部门和监督政府', uid: CASE, anyOf: ['department', 'supervisingGovernment'] },
  { kind: 'clarification-without-department', label: '澄清正名缺少所属行政执法部门', uid: 'api::clarification.clarification', anyOf: ['department'] },
  { kind: 'interference-without-department', label: '干预执法记录缺少所属行政执法部门', uid: 'api::interference-record.interference-record', anyOf: ['department'] },
];
