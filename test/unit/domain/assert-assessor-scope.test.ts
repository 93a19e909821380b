import { ARTICLE, assertAssessorScope, type AssessmentTarget, type Assessor } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

// A league government (gov-league) above a banner government (gov-banner); dept-env belongs to gov-league.
const gov = (id = 'gov-league'): Assessor => ({ kind: 'government', id });
const dept = (id = 'dept-env'): Assessor => ({ kind: 'department', id });
const tGov = (id = 'gov-banner', parentId: string | null = 'gov-league'): AssessmentTarget => ({ kind: 'government', id, parentId });
const tDept = (id = 'dept-env', governmentId: string | null = 'gov-league'): AssessmentTarget => ({ kind: 'department', id, governmentId });
const tAgency = (departmentId: string | null = 'dept-env'): AssessmentTarget => ({ kind: 'agency', id: 'agency-1', departmentId });
const tOfficer = (departmentId: string | null = 'dept-env'): AssessmentTarget => ({ kind: 'officer', id: 'officer-1', departmentId });

const GOV_ONLY = '人民政府只能评议考核所属行政执法部门和下一级人民政府';
const DEPT_ONLY = '行政执法部门只能评议考核所属执法机构和行政执法人员（自查除外）';

describe('ASSESSOR_SCOPE (Art. 23)', () => {
  test('the rule cites 第二十三条', () => {
    expect(ARTICLE.ASSESSOR_SCOPE).toBe('第二十三条');
  });

  test.each<{ title: string; assessors: Assessor[]; targets: AssessmentTarget[]; method: string }>([
    { title: '第二十三条 (Art. 23): a government assesses its own department', assessors: [gov()], targets: [tDept()], method: 'internal' },
    { title: '第二十三条 (Art. 23): a government assesses the next lower government', assessors: [gov()], targets: [tGov()], method: 'external' },
    { title: '第二十三条 (Art. 23): a department assesses its own agency', assessors: [dept()], targets: [tAgency()], method: 'internal' },
    { title: '第二十三条 (Art. 23): a department assesses its own officer', assessors: [dept()], targets: [tOfficer()], method: 'mutual' },
    { title: '第二十三条 (Art. 23): a department assesses itself by self-inspection', assessors: [dept()], targets: [tDept()], method: 'self' },
  ])('$title', ({ assessors, targets, method }) => {
    expectOk(assertAssessorScope(assessors, targets, method));
  });

  test.each<{ title: string; assessors: Assessor[]; targets: AssessmentTarget[]; method: string; expectField: string; says: string }>([
    { title: '第二十三条 (Art. 23): an assessment without assessor is refused', assessors: [], targets: [tDept()], method: 'internal', expectField: 'assessorGovernment', says: '只指定一个考核主体' },
    { title: '第二十三条 (Art. 23): an assessment with two assessors is refused', assessors: [gov(), dept()], targets: [tAgency()], method: 'internal', expectField: 'assessorGovernment', says: '只指定一个考核主体' },
    { title: '第二十三条 (Art. 23): an assessment without target is refused', assessors: [gov()], targets: [], method: 'internal', expectField: 'targetDepartment', says: '只指定一个被考核对象' },
    { title: '第二十三条 (Art. 23): an assessment with two targets is refused', assessors: [gov()], targets: [tDept(), tGov()], method: 'internal', expectField: 'targetDepartment', says: '只指定一个被考核对象' },
    { title: '第二十三条 (Art. 23): a government assessing another government\'s department is refused', assessors: [gov()], targets: [tDept('dept-x', 'gov-other')], method: 'internal', expectField: 'targetDepartment', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a government assessing a department without government is refused', assessors: [gov()], targets: [tDept('dept-x', null)], method: 'internal', expectField: 'targetDepartment', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a government assessing a government two levels down is refused', assessors: [gov('gov-region')], targets: [tGov('gov-banner', 'gov-league')], method: 'external', expectField: 'targetGovernment', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a government assessing itself is refused', assessors: [gov()], targets: [tGov('gov-league', 'gov-region')], method: 'self', expectField: 'targetGovernment', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a government assessing an agency directly is refused', assessors: [gov()], targets: [tAgency()], method: 'internal', expectField: 'targetAgency', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a government assessing an officer directly is refused', assessors: [gov()], targets: [tOfficer()], method: 'internal', expectField: 'targetOfficer', says: GOV_ONLY },
    { title: '第二十三条 (Art. 23): a department assessing another department\'s agency is refused', assessors: [dept()], targets: [tAgency('dept-tax')], method: 'internal', expectField: 'targetAgency', says: DEPT_ONLY },
    { title: '第二十三条 (Art. 23): a department assessing another department\'s officer is refused', assessors: [dept()], targets: [tOfficer('dept-tax')], method: 'internal', expectField: 'targetOfficer', says: DEPT_ONLY },
    { title: '第二十三条 (Art. 23): a department assessing an officer without department is refused', assessors: [dept()], targets: [tOfficer(null)], method: 'internal', expectField: 'targetOfficer', says: DEPT_ONLY },
    { title: '第二十三条 (Art. 23): a department assessing itself other than by self-inspection is refused', assessors: [dept()], targets: [tDept()], method: 'internal', expectField: 'targetDepartment', says: DEPT_ONLY },
    { title: '第二十三条 (Art. 23): a department "self-inspecting" another department is refused', assessors: [dept()], targets: [tDept('dept-tax')], method: 'self', expectField: 'targetDepartment', says: DEPT_ONLY },
    { title: '第二十三条 (Art. 23): a department assessing a government is refused', assessors: [dept()], targets: [tGov()], method: 'external', expectField: 'targetGovernment', says: DEPT_ONLY },
  ])('$title', ({ assessors, targets, method, expectField, says }) => {
    expect(expectFailure(assertAssessorScope(assessors, targets, method), 'ASSESSOR_SCOPE', expectField).message).toContain(says);
  });
});
