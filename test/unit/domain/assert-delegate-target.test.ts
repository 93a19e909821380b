import { ARTICLE, assertDelegateTarget, type GovernmentFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const REGION: GovernmentFacts = { code: '150000000000', rank: 1, prefixLength: 2 };
const XILINGOL: GovernmentFacts = { code: '152500000000', rank: 2, prefixLength: 4 };
const XILINHOT: GovernmentFacts = { code: '152502000000', rank: 3, prefixLength: 6 };
const ERENHOT: GovernmentFacts = { code: '152501000000', rank: 3, prefixLength: 6 };
const HOHHOT_COUNTY: GovernmentFacts = { code: '150121000000', rank: 3, prefixLength: 6 };

describe('DELEGATE_TARGET (Art. 11)', () => {
  test('the rule cites 第十一条', () => expect(ARTICLE.DELEGATE_TARGET).toBe('第十一条'));

  test.each([
    ['第十一条: the league delegates to one of its counties', XILINGOL, XILINHOT],
    ['第十一条: the region delegates to a league', REGION, XILINGOL],
    ['第十一条: the region delegates straight to a county', REGION, HOHHOT_COUNTY],
  ])('%s', (_title, source, target) => {
    expectOk(assertDelegateTarget(source, target));
  });

  test.each<[string, GovernmentFacts | null, GovernmentFacts | null, string]>([
    ['第十一条: sideways, county to county', XILINHOT, ERENHOT, 'targetDepartment'],
    ['第十一条: upwards, county to league', XILINHOT, XILINGOL, 'targetDepartment'],
    ['第十一条: to a county of another league', XILINGOL, HOHHOT_COUNTY, 'targetDepartment'],
    ['第十一条: within the same government', XILINGOL, XILINGOL, 'targetDepartment'],
    ['第十一条: no target', XILINGOL, null, 'targetDepartment'],
    ['第十一条: a department without a government', null, XILINHOT, 'department'],
  ])('%s is refused', (_title, source, target, field) => {
    expectFailure(assertDelegateTarget(source, target), 'DELEGATE_TARGET', field);
  });
});
