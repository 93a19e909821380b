import { assertAnnualReport, isReceiver, receivingGovernment, reportDueDate, submittedLate, type ReportChange, type Reporter } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const county: Reporter = { kind: 'government', id: 'county', parentId: 'league' };
const dept: Reporter = { kind: 'department', id: 'market', governmentId: 'county', upperDepartmentId: 'league-market' };
const deptEditor = { role: 'dept-editor', governmentId: 'county', departmentId: 'market' };
const countyAdmin = { role: 'gov-admin', governmentId: 'county', departmentId: null };
const leagueAdmin = { role: 'gov-admin', governmentId: 'league', departmentId: null };
const upperHead = { role: 'dept-head', governmentId: 'league', departmentId: 'league-market' };

const change = (overrides: Partial<ReportChange>): ReportChange => ({
  action: 'update', writer: deptEditor, reporter: dept, stateFrom: 'draft', stateTo: 'draft', changedFields: ['content'],
  reviewOpinion: null, duplicates: 0, year: 2025, currentYear: 2026, ...overrides,
});

describe('第七条 REPORT_DUE / REPORT_ROUTE: who reports to whom, and how a report moves', () => {
  test.each<[string, ReportChange]>([
    ['a department drafts its report', change({ action: 'create', stateFrom: null, changedFields: [] })],
    ['a department edits its draft', change({})],
    ['a department submits its draft', change({ stateTo: 'submitted', changedFields: ['state'] })],
    ['a department resubmits a returned report', change({ stateFrom: 'returned', stateTo: 'submitted', changedFields: ['state', 'content'] })],
    ['its government accepts it', change({ writer: countyAdmin, stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state'] })],
    ['its government returns it with an opinion', change({ writer: countyAdmin, stateFrom: 'submitted', stateTo: 'returned', changedFields: ['state', 'reviewOpinion'], reviewOpinion: '请补充培训情况' })],
    ['a county government drafts its report', change({ reporter: county, writer: countyAdmin, action: 'create', stateFrom: null, changedFields: [] })],
    ['the league accepts the county\'s report', change({ reporter: county, writer: leagueAdmin, stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state'] })],
    ['the server writes a submitted report', change({ writer: { role: null, governmentId: null, departmentId: null }, stateFrom: 'submitted', stateTo: 'submitted' })],
    ['a draft is deleted by its department', change({ action: 'delete', stateFrom: 'draft' })],
  ])('第七条 (Art. 7): allowed — %s', (_t, c) => {
    expectOk(assertAnnualReport(c));
  });

  test.each<[string, ReportChange, string]>([
    ['a report with neither government nor department', change({ reporter: null }), 'department'],
    ['a second report of the same year', change({ duplicates: 1 }), 'year'],
    ['a report on a year not yet begun', change({ year: 2027 }), 'year'],
    ['a report created already submitted', change({ action: 'create', stateFrom: null, stateTo: 'submitted' }), 'state'],
    ['a submitted report edited', change({ stateFrom: 'submitted', stateTo: 'submitted' }), 'content'],
    ['an accepted report deleted', change({ action: 'delete', stateFrom: 'accepted' }), 'state'],
    ['the receiver returns without an opinion', change({ writer: countyAdmin, stateFrom: 'submitted', stateTo: 'returned', changedFields: ['state'] }), 'reviewOpinion'],
    ['the receiver rewrites the content while accepting', change({ writer: countyAdmin, stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state', 'content'] }), 'content'],
    ['a draft accepted without submission', change({ writer: countyAdmin, stateTo: 'accepted', changedFields: ['state'] }), 'state'],
  ])('第七条 REPORT_DUE (Art. 7): refused — %s', (_t, c, field) => {
    expectFailure(assertAnnualReport(c), 'REPORT_DUE', field);
  });

  test.each<[string, ReportChange, string]>([
    ['the county drafts the department\'s report for it', change({ action: 'create', writer: countyAdmin, stateFrom: null }), 'department'],
    ['the league edits the county\'s draft', change({ reporter: county, writer: leagueAdmin }), 'content'],
    ['the department accepts its own report', change({ stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state'] }), 'state'],
    ['the upper department accepts it (it reads it; the government accepts)', change({ writer: upperHead, stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state'] }), 'state'],
    ['the county accepts its own report', change({ reporter: county, writer: countyAdmin, stateFrom: 'submitted', stateTo: 'accepted', changedFields: ['state'] }), 'state'],
    ['the league submits the county\'s report', change({ reporter: county, writer: leagueAdmin, stateTo: 'submitted', changedFields: ['state'] }), 'state'],
  ])('第七条 REPORT_ROUTE (Art. 7): refused — %s', (_t, c, field) => {
    expectFailure(assertAnnualReport(c), 'REPORT_ROUTE', field);
  });

  test('第七条 (Art. 7): the receiver of a government is the next higher one; of a department its own government', () => {
    expect(receivingGovernment(county)).toBe('league');
    expect(receivingGovernment(dept)).toBe('county');
    expect(isReceiver(leagueAdmin, county)).toBe(true);
    expect(isReceiver(countyAdmin, county)).toBe(false);
  });

  test('第七条 REPORT_DUE (Art. 7): due on the configured day of the next year; a later submission is late', () => {
    expect(reportDueDate(2025, { month: 3, day: 31 })).toBe('2026-03-31');
    expect(submittedLate('2026-03-31', '2026-03-31')).toBe(false);
    expect(submittedLate('2026-04-01', '2026-03-31')).toBe(true);
    expect(submittedLate(null, '2026-03-31')).toBe(false);
  });
});
