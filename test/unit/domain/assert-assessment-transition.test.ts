import { assertAssessmentEditor, assertAssessmentFrozen, assertAssessmentTransition, type AssessmentActor, type AssessorOrganisation } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src';
import { expectFailure, expectOk } from './expect-rule';

const config = loadConfig().assessment;
const T = config.workflow.transitions;
const EDITABLE = config.workflow.states.filter((s) => s.editable).map((s) => s.key);
const LEAGUE: AssessorOrganisation = { kind: 'government', id: 'league' };
const DEPT: AssessorOrganisation = { kind: 'department', id: 'market' };
const govAdmin: AssessmentActor = { role: 'gov-admin', departmentId: null, governmentId: 'league' };
const otherGovAdmin: AssessmentActor = { role: 'gov-admin', departmentId: null, governmentId: 'county' };
const deptHead: AssessmentActor = { role: 'dept-head', departmentId: 'market', governmentId: 'league' };
const step = (from: string, to: string, actor: AssessmentActor, assessor: AssessorOrganisation = LEAGUE, opinion: string | null = null) =>
  assertAssessmentTransition({ from, to, actor, assessor, opinion }, T);

describe('assessment workflow (Art. 22, 23)', () => {
  test.each([
    ['第二十三条: the assessing government’s administrator completes the scoring', step('draft', 'completed', govAdmin)],
    ['第二十二条: and returns it with a written opinion', step('completed', 'draft', govAdmin, LEAGUE, '第4项依据不足')],
    ['第二十二条: approves it', step('completed', 'approved', govAdmin)],
    ['第二十二条: publishes the approved result', step('approved', 'published', govAdmin)],
    ['第二十三条: a department head steps the department’s own assessment of its agency', step('draft', 'completed', deptHead, DEPT)],
  ])('%s', (_title, result) => expectOk(result));

  test.each([
    ['第二十二条: a draft cannot be published directly', step('draft', 'published', govAdmin), 'ASSESSMENT_TRANSITION', 'state'],
    ['第二十三条: a department head cannot approve a government’s assessment', step('completed', 'approved', deptHead), 'ASSESSMENT_ROLE', 'state'],
    ['第二十三条: another government’s administrator cannot approve', step('completed', 'approved', otherGovAdmin), 'ASSESSMENT_ROLE', 'assessorGovernment'],
    ['第二十二条: a return without a written opinion', step('completed', 'draft', govAdmin, LEAGUE, '  '), 'ASSESSMENT_OPINION', 'reviewOpinion'],
    ['第二十三条: an assessment without a single assessor', assertAssessmentTransition({ from: 'draft', to: 'completed', actor: govAdmin, assessor: null, opinion: null }, T), 'ASSESSMENT_ROLE', 'state'],
  ] as const)('%s', (_title, result, code, field) => {
    expectFailure(result, code, field);
  });

  test('第二十三条 ASSESSMENT_ROLE: only the assessor’s own staff edit the scores', () => {
    expectOk(assertAssessmentEditor(govAdmin, LEAGUE, T));
    expectFailure(assertAssessmentEditor(otherGovAdmin, LEAGUE, T), 'ASSESSMENT_ROLE', 'assessorGovernment');
    // The assessed department's head cannot touch the government's assessment of it.
    expectFailure(assertAssessmentEditor(deptHead, LEAGUE, T), 'ASSESSMENT_ROLE', 'assessorGovernment');
    expectFailure(assertAssessmentEditor({ role: 'dept-editor', departmentId: 'market', governmentId: 'league' }, DEPT, T), 'ASSESSMENT_ROLE', 'assessorDepartment');
  });

  test('第二十二条 ASSESSMENT_FROZEN: an approved or published result does not change', () => {
    expectOk(assertAssessmentFrozen('completed', 'completed', ['summary', 'scores'], EDITABLE, T));
    expectOk(assertAssessmentFrozen('approved', 'published', ['state', 'history', 'publicationDate'], EDITABLE, T));
    expectFailure(assertAssessmentFrozen('approved', 'approved', ['scores'], EDITABLE, T), 'ASSESSMENT_FROZEN', 'scores');
    expectFailure(assertAssessmentFrozen('published', 'published', ['summary'], EDITABLE, T), 'ASSESSMENT_FROZEN', 'summary');
    expectFailure(assertAssessmentFrozen('published', 'draft', ['state'], EDITABLE, T), 'ASSESSMENT_FROZEN', 'state');
  });
});
