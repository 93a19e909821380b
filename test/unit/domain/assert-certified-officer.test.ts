import { ARTICLE, assertCertifiedOfficer, certificateValid, type OfficerFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const TODAY = '2025-06-30';

const officer = (o: Partial<OfficerFacts> = {}): OfficerFacts => ({
  id: 'officer-1',
  name: '张三',
  status: 'valid',
  certificateNumber: '15010021000123',
  certificateExpiresAt: '2027-12-31',
  ...o,
});

describe('certificateValid (Art. 19)', () => {
  test.each<{ title: string; o: OfficerFacts; valid: boolean }>([
    { title: '第十九条 (Art. 19): a valid certificate expiring later is valid', o: officer(), valid: true },
    { title: '第十九条 (Art. 19): a certificate expiring today is still valid', o: officer({ certificateExpiresAt: TODAY }), valid: true },
    { title: '第十九条 (Art. 19): a certificate that expired yesterday is not valid', o: officer({ certificateExpiresAt: '2025-06-29' }), valid: false },
    { title: '第十九条 (Art. 19): an expiry in an earlier year is not valid', o: officer({ certificateExpiresAt: '2024-12-31' }), valid: false },
    { title: '第十九条 (Art. 19): a suspended certificate is not valid', o: officer({ status: 'suspended' }), valid: false },
    { title: '第十九条 (Art. 19): a revoked certificate is not valid', o: officer({ status: 'revoked' }), valid: false },
    { title: '第十九条 (Art. 19): an officer without certificate number is not valid', o: officer({ certificateNumber: null }), valid: false },
    { title: '第十九条 (Art. 19): an empty certificate number is not valid', o: officer({ certificateNumber: '' }), valid: false },
    { title: '第十九条 (Art. 19): a certificate without expiry date is not valid', o: officer({ certificateExpiresAt: null }), valid: false },
  ])('$title', ({ o, valid }) => {
    expect(certificateValid(o, TODAY)).toBe(valid);
  });
});

describe('CERTIFIED_OFFICER (Art. 19)', () => {
  test('the rule cites 第十九条', () => {
    expect(ARTICLE.CERTIFIED_OFFICER).toBe('第十九条');
  });

  test.each<{ title: string; o: OfficerFacts; onPost: boolean }>([
    { title: '第十九条 (Art. 19): a certified officer on an enforcement post is accepted', o: officer(), onPost: true },
    { title: '第十九条 (Art. 19): a certificate expiring today still allows enforcement today', o: officer({ certificateExpiresAt: TODAY }), onPost: true },
    { title: '第十九条 (Art. 19): an officer without certificate off enforcement posts is accepted', o: officer({ certificateNumber: null, certificateExpiresAt: null }), onPost: false },
    { title: '第十九条 (Art. 19): an expired certificate off enforcement posts is accepted', o: officer({ certificateExpiresAt: '2020-01-01' }), onPost: false },
  ])('$title', ({ o, onPost }) => {
    expectOk(assertCertifiedOfficer(o, onPost, TODAY));
  });

  test.each<{ title: string; o: OfficerFacts; field?: string; expectField: string; says: string }>([
    { title: '第十九条 (Art. 19): expired certificate on an enforcement post is refused', o: officer({ certificateExpiresAt: '2025-06-29' }), expectField: 'posts', says: '行政执法人员“张三”执法证件已于2025-06-29过期，不得在有执法职权的岗位上执法' },
    { title: '第十九条 (Art. 19): a suspended certificate on an enforcement post is refused', o: officer({ status: 'suspended' }), expectField: 'posts', says: '执法证件不在有效状态' },
    { title: '第十九条 (Art. 19): a revoked and expired certificate is refused as not in valid status', o: officer({ status: 'revoked', certificateExpiresAt: '2020-01-01' }), expectField: 'posts', says: '执法证件不在有效状态' },
    { title: '第十九条 (Art. 19): an officer without certificate on an enforcement post is refused', o: officer({ name: '李四', certificateNumber: null, certificateExpiresAt: null }), expectField: 'posts', says: '行政执法人员“李四”未取得行政执法证件' },
    { title: '第十九条 (Art. 19): an officer pending certification on an enforcement post is refused', o: officer({ status: 'pending', certificateNumber: null }), expectField: 'posts', says: '未取得行政执法证件' },
    { title: '第十九条 (Art. 19): a certificate without expiry date on an enforcement post is refused', o: officer({ certificateExpiresAt: null }), expectField: 'posts', says: '不得在有执法职权的岗位上执法' },
    { title: '第十九条 (Art. 19): a valid certificate without expiry date on an enforcement post is refused as having no registered expiry', o: officer({ status: 'valid', certificateExpiresAt: null }), expectField: 'posts', says: '未登记有效期' },
    { title: '第十九条 (Art. 19): the missing expiry is named in the refusal for the officer', o: officer({ name: '王五', certificateExpiresAt: null }), expectField: 'posts', says: '行政执法人员“王五”执法证件未登记有效期，不得在有执法职权的岗位上执法' },
    { title: '第十九条 (Art. 19): the refusal is reported on the caller\'s field', o: officer({ certificateExpiresAt: '2025-01-01' }), field: 'officers.2', expectField: 'officers.2', says: '已于2025-01-01过期' },
  ])('$title', ({ o, field, expectField, says }) => {
    const result = field === undefined ? assertCertifiedOfficer(o, true, TODAY) : assertCertifiedOfficer(o, true, TODAY, field);
    expect(expectFailure(result, 'CERTIFIED_OFFICER', expectField).message).toContain(says);
  });
});
