import { ARTICLE, assertCertificateStatusChange, assertCertificateTransition, type CertificateTransitionRequest } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src';
import { expectFailure, expectOk } from './expect-rule';

const ACTIONS = loadConfig().certificates.actions;
const TODAY = '2026-06-30';

const req = (o: Partial<CertificateTransitionRequest> = {}): CertificateTransitionRequest => ({
  action: 'review', from: 'valid', reason: null, certificateNumber: null, issuedAt: null, expiresAt: null, today: TODAY, ...o,
});
const issue = (o: Partial<CertificateTransitionRequest> = {}) => req({ action: 'issue', from: 'none', certificateNumber: 'NM15990001', issuedAt: TODAY, expiresAt: '2031-06-29', ...o });

describe('certificate lifecycle (Art. 19)', () => {
  test('第十九条: the codes cite the article', () => {
    expect([ARTICLE.CERTIFICATE_TRANSITION, ARTICLE.CERTIFICATE_REASON]).toEqual(['第十九条', '第十九条']);
  });

  test.each<{ title: string; r: CertificateTransitionRequest }>([
    { title: '第十九条: a certificate is issued to an officer without one', r: issue() },
    { title: '第十九条: a new certificate is issued after the old one expired', r: issue({ from: 'expired' }) },
    { title: '第十九条: a valid certificate passes its review (年审) without a new expiry', r: req() },
    { title: '第十九条: a review may extend the expiry into the future', r: req({ expiresAt: '2030-01-01' }) },
    { title: '第十九条: a valid certificate is suspended (暂扣) with a reason', r: req({ action: 'suspend', reason: '涉嫌违法执法，暂扣待查' }) },
    { title: '第十九条: a suspended certificate is given back (发还) with a reason', r: req({ action: 'reinstate', from: 'suspended', reason: '核查结束' }) },
    { title: '第十九条: a suspended certificate is revoked (吊销) with a reason', r: req({ action: 'revoke', from: 'suspended', reason: '严重违法执法' }) },
    { title: '第十九条: an expired certificate is cancelled (注销) with a reason', r: req({ action: 'cancel', from: 'expired', reason: '调离执法岗位' }) },
    { title: '第十九条: a valid certificate expires', r: req({ action: 'expire' }) },
  ])('$title', ({ r }) => {
    expectOk(assertCertificateTransition(r, ACTIONS));
  });

  test.each<{ title: string; r: CertificateTransitionRequest; code: 'CERTIFICATE_TRANSITION' | 'CERTIFICATE_REASON'; field: string; says: string }>([
    { title: '第十九条: a revoked certificate cannot be given back', r: req({ action: 'reinstate', from: 'revoked', reason: '申诉' }), code: 'CERTIFICATE_TRANSITION', field: 'status', says: '不能恢复' },
    { title: '第十九条: a revoked certificate cannot be reviewed back to valid', r: req({ from: 'revoked' }), code: 'CERTIFICATE_TRANSITION', field: 'status', says: '不能恢复' },
    { title: '第十九条: a revoked certificate is not issued again under the old record', r: issue({ from: 'revoked' }), code: 'CERTIFICATE_TRANSITION', field: 'status', says: '重新申领' },
    { title: '第十九条: a valid certificate is not issued twice', r: issue({ from: 'valid' }), code: 'CERTIFICATE_TRANSITION', field: 'status', says: '有效' },
    { title: '第十九条: an expired certificate cannot be suspended', r: req({ action: 'suspend', from: 'expired', reason: 'x' }), code: 'CERTIFICATE_TRANSITION', field: 'status', says: '过期' },
    { title: '第十九条: suspension needs a reason', r: req({ action: 'suspend' }), code: 'CERTIFICATE_REASON', field: 'reason', says: '暂扣' },
    { title: '第十九条: a blank reason is no reason', r: req({ action: 'revoke', reason: '   ' }), code: 'CERTIFICATE_REASON', field: 'reason', says: '吊销' },
    { title: '第十九条: an issue needs a number', r: issue({ certificateNumber: ' ' }), code: 'CERTIFICATE_TRANSITION', field: 'certificateNumber', says: '证件编号' },
    { title: '第十九条: an issue date in the future is refused', r: issue({ issuedAt: '2026-07-01' }), code: 'CERTIFICATE_TRANSITION', field: 'certificateIssuedAt', says: '核发日期' },
    { title: '第十九条: an issue with an expiry already past is refused', r: issue({ expiresAt: '2026-06-30' }), code: 'CERTIFICATE_TRANSITION', field: 'certificateExpiresAt', says: '有效期' },
    { title: '第十九条: a review cannot set a past expiry', r: req({ expiresAt: '2020-01-01' }), code: 'CERTIFICATE_TRANSITION', field: 'certificateExpiresAt', says: '有效期' },
    { title: '第十九条: an unknown step is refused', r: req({ action: 'restore' }), code: 'CERTIFICATE_TRANSITION', field: 'action', says: 'restore' },
  ])('$title', ({ r, code, field, says }) => {
    expect(expectFailure(assertCertificateTransition(r, ACTIONS), code, field).message).toContain(says);
  });

  test('第十九条: a plain edit never brings a revoked certificate back, other status edits pass this rule', () => {
    expectFailure(assertCertificateStatusChange('revoked', 'valid'), 'CERTIFICATE_TRANSITION', 'status');
    expectOk(assertCertificateStatusChange('revoked', 'revoked'));
    expectOk(assertCertificateStatusChange('valid', 'suspended'));
  });
});
