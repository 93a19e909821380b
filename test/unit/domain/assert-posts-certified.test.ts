import { addYears, assertPostsCertified, reviewDueDate, type OfficerFacts, type PostFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const TODAY = '2026-06-30';
const officer = (o: Partial<OfficerFacts> = {}): OfficerFacts => ({ id: 'o1', name: '张三', status: 'valid', certificateNumber: 'NM1', certificateExpiresAt: '2028-01-01', ...o });
const post = (name: string, officers: OfficerFacts[]): PostFacts & { officers: OfficerFacts[] } => ({ id: name, name, responsibilities: '职责', officerIds: officers.map((o) => o.id), officers });

describe('CERTIFIED_OFFICER at submission (Art. 19)', () => {
  test('第十九条: posts with powers staffed by valid certificates pass', () => {
    expectOk(assertPostsCertified([post('检查岗', [officer(), officer({ id: 'o2', name: '李四' })])], TODAY));
  });

  test('第十九条: an expired and a suspended holder on posts with powers are each reported', () => {
    const result = assertPostsCertified([
      post('检查岗', [officer({ certificateExpiresAt: '2026-06-29' })]),
      post('处罚岗', [officer({ id: 'o2', name: '李四', status: 'suspended' })]),
    ], TODAY);
    const v = expectFailure(result, 'CERTIFIED_OFFICER', 'officers');
    expect(v.details?.map((d) => d.item)).toEqual(['检查岗', '处罚岗']);
    expect(v.message).toContain('张三');
    expect(v.message).toContain('2处');
  });
});

describe('certificate dates (Art. 19)', () => {
  test('第十九条: review is due two years after the last review, or after the issue', () => {
    expect(reviewDueDate('2024-03-01', null, 2)).toBe('2026-03-01');
    expect(reviewDueDate('2024-03-01', '2025-05-10', 2)).toBe('2027-05-10');
    expect(reviewDueDate(null, null, 2)).toBeNull();
  });
  test('第十九条: 29 February plus a year falls back to 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-08-31', -2)).toBe('2024-08-31');
  });
});
