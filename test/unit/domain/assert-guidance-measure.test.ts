import { ARTICLE, assertGuidanceMeasure, type GuidanceMeasureFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const penalty = { departmentId: 'd1', type: 'penalty', status: 'valid' };
const facts = (over: Partial<GuidanceMeasureFacts> = {}): GuidanceMeasureFacts => ({
  kind: 'guidance', departmentId: 'd1', power: penalty, conditions: null, basis: null, caseDate: null, outcome: null, today: '2026-12-05', ...over,
});
const exemption = (over: Partial<GuidanceMeasureFacts> = {}) => facts({ kind: 'first-offence-exemption', conditions: '首次违法、危害后果轻微并及时改正', basis: '《行政处罚法》第三十三条', ...over });
const soft = (over: Partial<GuidanceMeasureFacts> = {}) => facts({ kind: 'soft-enforcement-case', caseDate: '2026-06-01', outcome: '当场整改', ...over });

describe('第十七条 GUIDANCE_MEASURE: 行政指导和非强制手段', () => {
  test('cites Art. 17', () => {
    expect(ARTICLE.GUIDANCE_MEASURE).toBe('第十七条');
  });

  test.each<[string, GuidanceMeasureFacts]>([
    ['行政指导 on any active item', facts({ power: { ...penalty, type: 'licensing' } })],
    ['说服教育 on an undertaken item', facts({ kind: 'persuasion', power: { ...penalty, status: 'undertaken' } })],
    ['首违不罚 on a penalty item with conditions and basis', exemption()],
    ['轻微免罚 on a changed penalty item', exemption({ kind: 'minor-exemption', power: { ...penalty, status: 'changed' } })],
    ['柔性执法 case dated today with its outcome', soft({ caseDate: '2026-12-05' })],
  ])('第十七条 (Art. 17): allowed — %s', (_t, f) => {
    expectOk(assertGuidanceMeasure(f));
  });

  test.each<[string, GuidanceMeasureFacts, string]>([
    ['no power', facts({ power: null }), 'power'],
    ['another department\'s power', facts({ power: { ...penalty, departmentId: 'd2' } }), 'power'],
    ['a cancelled power', facts({ power: { ...penalty, status: 'cancelled' } }), 'power'],
    ['首违不罚 on a licensing item', exemption({ power: { ...penalty, type: 'licensing' } }), 'kind'],
    ['轻微免罚 without conditions', exemption({ kind: 'minor-exemption', conditions: ' ' }), 'conditions'],
    ['首违不罚 without basis', exemption({ basis: null }), 'basis'],
    ['柔性执法 case without date', soft({ caseDate: null }), 'caseDate'],
    ['柔性执法 case in the future', soft({ caseDate: '2026-12-06' }), 'caseDate'],
    ['柔性执法 case without outcome', soft({ outcome: '' }), 'outcome'],
  ])('第十七条 (Art. 17): refused — %s', (_t, f, field) => {
    expectFailure(assertGuidanceMeasure(f), 'GUIDANCE_MEASURE', field);
  });
});
