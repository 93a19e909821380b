import { ARTICLE, assertCaseMeasure, type CaseMeasureFacts } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src/index';
import { expectFailure, expectOk } from './expect-rule';

const { measures } = loadConfig().accountability;
const base: CaseMeasureFacts = { subjectKind: 'department', measure: 'correction-order', hasDepartment: true, hasOfficer: false, deadline: '2026-03-01', basis: null };

describe('MEASURE_REQUIREMENTS (Art. 27, 28)', () => {
  test('the rule cites 第二十七条、第二十八条', () => {
    expect(ARTICLE.MEASURE_REQUIREMENTS).toBe('第二十七条、第二十八条');
  });

  test.each<{ title: string; facts: CaseMeasureFacts }>([
    { title: '第二十七条: a correction order of a department with its deadline', facts: base },
    { title: '第二十七条: a circulated criticism of a department needs no deadline', facts: { ...base, measure: 'circulated-criticism', deadline: null } },
    { title: '第二十八条: handling of an officer', facts: { ...base, subjectKind: 'officer', hasOfficer: true, measure: 'handling', deadline: null } },
    { title: '第二十八条: a sanction with its basis', facts: { ...base, subjectKind: 'officer', hasOfficer: true, measure: 'sanction', basis: '《公职人员政务处分法》第七条' } },
    { title: '第二十八条: a criminal referral with its basis', facts: { ...base, subjectKind: 'officer', hasOfficer: true, measure: 'criminal-referral', basis: '《刑法》第三百九十七条' } },
  ])('$title', ({ facts }) => expectOk(assertCaseMeasure(facts, measures)));

  test.each<{ title: string; facts: CaseMeasureFacts; field: string; says: string }>([
    { title: '第二十七条: a correction order without deadline is refused', facts: { ...base, deadline: null }, field: 'deadline', says: '须规定改正期限' },
    { title: '第二十八条: a sanction without basis is refused', facts: { ...base, subjectKind: 'officer', hasOfficer: true, measure: 'sanction', basis: '  ' }, field: 'basis', says: '须写明其法律依据' },
    { title: '第二十八条: a criminal referral without basis is refused', facts: { ...base, subjectKind: 'officer', hasOfficer: true, measure: 'criminal-referral' }, field: 'basis', says: '须写明其法律依据' },
    { title: '第二十八条: a criminal referral of a department is refused', facts: { ...base, measure: 'criminal-referral', basis: '《刑法》' }, field: 'measure', says: '不适用于行政执法部门' },
    { title: '第二十七条: a department case without department is refused', facts: { ...base, hasDepartment: false }, field: 'department', says: '须指明被追究的部门' },
    { title: '第二十八条: an officer case without officer is refused', facts: { ...base, subjectKind: 'officer', measure: 'handling' }, field: 'officer', says: '须指明被追究的人员' },
    { title: '第二十七条: an unknown measure is refused', facts: { ...base, measure: 'fine' }, field: 'measure', says: '不是规定的责任追究措施' },
  ])('$title', ({ facts, field, says }) => {
    expect(expectFailure(assertCaseMeasure(facts, measures), 'MEASURE_REQUIREMENTS', field).message).toContain(says);
  });
});
