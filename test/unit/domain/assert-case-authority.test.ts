import { ARTICLE, assertCaseAuthority, type CaseActor, type CaseParties } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

// 锡林郭勒盟 (1525) above 锡林浩特市 (152502); the market department belongs to the county.
const countyGov: CaseActor = { governmentId: 'gov-county', codePrefix: '152502', departmentId: null };
const leagueGov: CaseActor = { governmentId: 'gov-league', codePrefix: '1525', departmentId: null };
const otherCountyGov: CaseActor = { governmentId: 'gov-county2', codePrefix: '152501', departmentId: null };
const marketHead: CaseActor = { governmentId: 'gov-county', codePrefix: null, departmentId: 'dept-market' };
const otherHead: CaseActor = { governmentId: 'gov-county', codePrefix: null, departmentId: 'dept-ecology' };
const market = { id: 'dept-market', governmentCode: '152502000000' };
const county = { id: 'gov-county', codePrefix: '152502' };
const league = { id: 'gov-league', codePrefix: '1525' };
const deptCase = (supervisingGovernment: CaseParties['supervisingGovernment'] = county): CaseParties => ({ subjectKind: 'department', department: market, officer: null, supervisingGovernment });
const officerCase = (officerDept = 'dept-market', supervisingGovernment: CaseParties['supervisingGovernment'] = null): CaseParties =>
  ({ subjectKind: 'officer', department: market, officer: { id: 'officer-1', departmentId: officerDept }, supervisingGovernment });

describe('ACCOUNTABILITY_AUTHORITY (Art. 5, 27, 28)', () => {
  test('the rule cites 第五条、第二十七条、第二十八条', () => {
    expect(ARTICLE.ACCOUNTABILITY_AUTHORITY).toBe('第五条、第二十七条、第二十八条');
  });

  test.each<{ title: string; actor: CaseActor; parties: CaseParties }>([
    { title: '第二十七条: the county government pursues its own department', actor: countyGov, parties: deptCase() },
    { title: '第五条、第二十七条: the league government pursues a county department', actor: leagueGov, parties: deptCase(league) },
    { title: '第二十八条: the officer\'s own department deals with its officer', actor: marketHead, parties: officerCase() },
    { title: '第二十八条 with 第五条: the county government pursues an officer of its department', actor: countyGov, parties: officerCase('dept-market', county) },
  ])('$title', ({ actor, parties }) => expectOk(assertCaseAuthority(actor, parties)));

  test.each<{ title: string; actor: CaseActor; parties: CaseParties; field: string; says: string }>([
    { title: '第二十七条: a department case without supervising government is refused', actor: countyGov, parties: deptCase(null), field: 'supervisingGovernment', says: '须写明作出决定的监督管理机关' },
    { title: '第二十七条: another county\'s government as supervisor is refused', actor: otherCountyGov, parties: deptCase({ id: 'gov-county2', codePrefix: '152501' }), field: 'supervisingGovernment', says: '所属的人民政府或其上级' },
    { title: '第二十七条: the league naming the county as supervisor is refused (only the body itself decides)', actor: leagueGov, parties: deptCase(), field: 'supervisingGovernment', says: '只有监督管理机关本身' },
    { title: '第二十七条: a department cannot pursue (or exempt) itself', actor: marketHead, parties: deptCase(), field: 'supervisingGovernment', says: '只有监督管理机关本身' },
    { title: '第二十八条: another department cannot deal with the officer', actor: otherHead, parties: officerCase(), field: 'officer', says: '所在的行政执法部门' },
    { title: '第二十八条: another county\'s government cannot pursue the officer', actor: otherCountyGov, parties: officerCase(), field: 'officer', says: '所在的行政执法部门' },
    { title: '第二十八条: the case department must be the officer\'s department', actor: marketHead, parties: officerCase('dept-ecology'), field: 'department', says: '须为该人员所在部门' },
    { title: '第二十八条: a government naming another supervising government is refused', actor: leagueGov, parties: officerCase('dept-market', county), field: 'supervisingGovernment', says: '须为本政府' },
  ])('$title', ({ actor, parties, field, says }) => {
    expect(expectFailure(assertCaseAuthority(actor, parties), 'ACCOUNTABILITY_AUTHORITY', field).message).toContain(says);
  });
});
