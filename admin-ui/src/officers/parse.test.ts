import { expiryLevel, parseCertificateView, parsePublicCertificate, parseTrainingHours, splitCategories, stepBody, stepInputs, stepProblems, type StepValues } from './parse';

const TODAY = '2026-06-30';
const values = (o: Partial<StepValues> = {}): StepValues => ({ reason: '', certificateNumber: '', certificateIssuedAt: '', certificateExpiresAt: '', enforcementCategories: '', ...o });

describe('certificate view (Art. 19)', () => {
  it('reads the server view and drops what it does not know', () => {
    const view = parseCertificateView({
      id: 'o1', name: '巴特尔', status: 'valid', certificateNumber: 'NM1', daysToExpiry: 12, enforcementCategories: ['市场监管', 3],
      actions: [{ key: 'suspend', name: '暂扣', reasonRequired: true }, { key: 'expire', name: '到期失效' }],
      history: [{ action: 'issue', from: 'none', to: 'valid', at: '2026-01-01T00:00:00Z', actor: 'region-justice-reviewer' }],
      trainingHours: [{ year: 2026, hours: 14.5 }, { year: 'x' }],
    });
    expect(view).toMatchObject({ id: 'o1', status: 'valid', enforcementCategories: ['市场监管'], actions: [{ key: 'suspend', reasonRequired: true }], trainingHours: [{ year: 2026, hours: 14.5 }], commendations: 0 });
    expect(view?.history[0]).toMatchObject({ action: 'issue', role: null, reason: null });
    expect(parseCertificateView({ name: 'x' })).toBeNull();
  });

  it.each([
    [null, 'unknown'], [-1, 'expired'], [0, 'danger'], [30, 'danger'], [31, 'warning'], [60, 'warning'], [61, 'ok'],
  ] as const)('第十九条 %s days to expiry is %s with the 60/30-day warnings', (days, level) => {
    expect(expiryLevel(days, [60, 30])).toBe(level);
  });
});

describe('step dialog (Art. 19)', () => {
  it('an issue asks for number, dates and categories; a suspension only for the reason', () => {
    expect(stepInputs('issue')).toEqual(['certificateNumber', 'certificateIssuedAt', 'certificateExpiresAt', 'enforcementCategories', 'reason']);
    expect(stepInputs('suspend')).toEqual(['reason']);
  });

  it('第十九条 a suspension without a reason is stopped before it is sent', () => {
    expect(stepProblems('suspend', values({ reason: '  ' }), true, TODAY)).toEqual({ reason: 'reason_required' });
    expect(stepProblems('suspend', values({ reason: '暂扣待查' }), true, TODAY)).toEqual({});
  });

  it('第十九条 an issue needs a number, an issue date not after today and an expiry after today', () => {
    expect(stepProblems('issue', values({ certificateIssuedAt: '2026-07-01', certificateExpiresAt: TODAY }), false, TODAY)).toEqual({
      certificateNumber: 'number_required', certificateIssuedAt: 'issued_invalid', certificateExpiresAt: 'expiry_invalid',
    });
    expect(stepProblems('issue', values({ certificateNumber: 'NM1', certificateIssuedAt: TODAY, certificateExpiresAt: '2031-06-29' }), false, TODAY)).toEqual({});
  });

  it('第十九条 a review may leave the expiry as it is, but not set it in the past', () => {
    expect(stepProblems('review', values(), false, TODAY)).toEqual({});
    expect(stepProblems('review', values({ certificateExpiresAt: '2020-01-01' }), false, TODAY)).toEqual({ certificateExpiresAt: 'expiry_invalid' });
  });

  it('sends only what the step takes, categories split', () => {
    expect(splitCategories('市场监管、食品安全, 药品')).toEqual(['市场监管', '食品安全', '药品']);
    expect(stepBody('issue', values({ certificateNumber: ' NM1 ', certificateIssuedAt: TODAY, certificateExpiresAt: '2031-06-29', enforcementCategories: '市场监管' }))).toEqual({
      action: 'issue', certificateNumber: 'NM1', certificateIssuedAt: TODAY, certificateExpiresAt: '2031-06-29', enforcementCategories: ['市场监管'],
    });
    expect(stepBody('suspend', values({ reason: ' 暂扣待查 ', certificateNumber: 'ignored' }))).toEqual({ action: 'suspend', reason: '暂扣待查' });
  });
});

describe('public verification and training hours', () => {
  it('reads the public answer, and nothing that is not in it', () => {
    expect(parsePublicCertificate({ data: { certificateNumber: 'NM1', valid: false, status: 'suspended', holderName: '巴特尔', department: '锡林浩特市市场监督管理局', enforcementCategories: ['市场监管'], phone: '139' } }))
      .toEqual({ certificateNumber: 'NM1', valid: false, status: 'suspended', holderName: '巴特尔', department: '锡林浩特市市场监督管理局', enforcementCategories: ['市场监管'] });
    expect(parsePublicCertificate({ data: null, error: { code: 'CERTIFICATE_NOT_FOUND' } })).toBeNull();
  });

  it('reads training hours rows', () => {
    expect(parseTrainingHours({ year: 2026, data: [{ officer: { id: 'o1', name: '巴特尔', department: null }, hours: 8 }, { officer: null, hours: 1 }] }))
      .toEqual([{ officer: { id: 'o1', name: '巴特尔', department: null }, hours: 8 }]);
  });
});
