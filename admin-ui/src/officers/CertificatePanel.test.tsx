// The certificate panel and the public check in jsdom, against fake APIs: the steps the server
// offers become buttons, a suspension asks for a reason before anything is sent, the server's
// refusal shows in the dialog; the public box shows validity and nothing but what the server sent.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, memoryStore, testDataProvider } from 'react-admin';
import type { ReactNode } from 'react';
import { i18nProvider } from '../providers/i18nProvider';
import { PublicFetchContext, PublicHttpError } from '../public/usePublicData';
import { CertificateApiContext, type CertificateApi } from './api';
import { CertificatePanel } from './CertificatePanel';
import { PublicCertificateCheck } from './PublicCertificateCheck';

const view = (o: Record<string, unknown> = {}) => ({
  id: 'o1', name: '巴特尔', department: '锡林浩特市市场监督管理局', status: 'valid', certificateNumber: 'NM00150001',
  issuedAt: '2024-03-01', expiresAt: '2026-12-31', reviewedAt: null, reviewDue: '2026-03-01', enforcementCategories: ['市场监管'], daysToExpiry: 20,
  actions: [{ key: 'review', name: '年审', reasonRequired: false }, { key: 'suspend', name: '暂扣', reasonRequired: true }],
  history: [{ action: 'register', from: 'none', to: 'valid', at: '2024-03-01T08:00:00Z', actor: 'county-dept-editor', role: 'dept-editor', organisation: '锡林浩特市市场监督管理局', reason: null }],
  trainingHours: [{ year: 2026, hours: 14.5 }], commendations: 1, ...o,
});

function fakeApi(overrides: Partial<CertificateApi> = {}) {
  return { view: jest.fn(async () => view()), step: jest.fn(async () => view({ status: 'suspended', actions: [] })), trainingHours: jest.fn(async () => ({ data: [] })), ...overrides };
}

const withConsole = (ui: ReactNode, api: CertificateApi) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <CertificateApiContext.Provider value={api}>{ui}</CertificateApiContext.Provider>
    </AdminContext>,
  );

describe('CertificatePanel (Art. 19, 20)', () => {
  it('第十九条 shows the certificate in Chinese with the 30-day warning, the steps offered, history and training hours', async () => {
    withConsole(<CertificatePanel id="o1" />, fakeApi());
    expect(await screen.findByText('NM00150001')).toBeInTheDocument();
    expect(screen.getByText('距有效期届满还有 20 日')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '年审' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂扣' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '吊销' })).toBeNull();
    expect(screen.getByText('2026 年 14.5 学时')).toBeInTheDocument();
    expect(screen.getByText('表彰奖励（第八条）：1 项')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '证件管理记录' })).getByText('登记')).toBeInTheDocument();
  });

  it('第十九条 a suspension is not sent without a reason; with one it is, and the new status shows', async () => {
    const api = fakeApi();
    withConsole(<CertificatePanel id="o1" />, api);
    fireEvent.click(await screen.findByRole('button', { name: '暂扣' }));
    const dialog = await screen.findByRole('dialog', { name: '暂扣执法证件' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认暂扣' }));
    expect(await within(dialog).findByText('须写明理由')).toBeInTheDocument();
    expect(api.step).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(/理由/), { target: { value: '涉嫌违法执法' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认暂扣' }));
    await waitFor(() => expect(api.step).toHaveBeenCalledWith('o1', { action: 'suspend', reason: '涉嫌违法执法' }));
    expect(await screen.findByTestId('certificate-status')).toHaveTextContent('暂扣');
  });

  it('第十九条 the server’s refusal is shown in the dialog', async () => {
    const refusal = new HttpError('依据《内蒙古自治区行政执法责任制规定》第十九条，执法证件由自治区人民政府统一核发。', 403, { code: 'CERTIFICATE_AUTHORITY', message: '依据《内蒙古自治区行政执法责任制规定》第十九条，执法证件由自治区人民政府统一核发。' });
    const api = fakeApi({ step: jest.fn(async () => { throw refusal; }) });
    withConsole(<CertificatePanel id="o1" />, api);
    fireEvent.click(await screen.findByRole('button', { name: '年审' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认年审' }));
    expect(await within(dialog).findByText(/第十九条，执法证件由自治区人民政府统一核发/)).toBeInTheDocument();
  });
});

describe('PublicCertificateCheck (Art. 19)', () => {
  const check = (load: (url: string) => Promise<unknown>) =>
    render(
      <AdminContext i18nProvider={i18nProvider} store={memoryStore()}>
        <PublicFetchContext.Provider value={load}>
          <PublicCertificateCheck />
        </PublicFetchContext.Provider>
      </AdminContext>,
    );

  it('第十九条 shows validity, holder, department and categories', async () => {
    const load = jest.fn(async () => ({ data: { certificateNumber: 'NM00150001', valid: false, status: 'suspended', holderName: '巴特尔', department: '锡林浩特市市场监督管理局', enforcementCategories: ['市场监管'] } }));
    check(load);
    fireEvent.change(screen.getByLabelText('执法证号'), { target: { value: ' NM00150001 ' } });
    fireEvent.click(screen.getByRole('button', { name: '核验' }));
    const result = await screen.findByTestId('certificate-result');
    expect(load).toHaveBeenCalledWith('/api/public/certificates/NM00150001');
    expect(result).toHaveTextContent('证件无效（暂扣）');
    expect(result).toHaveTextContent('持证人：巴特尔');
    expect(result).toHaveTextContent('执法类别：市场监管');
  });

  it('第十九条 an unknown number and a malformed one are told apart, in Chinese', async () => {
    const load = jest.fn(async () => { throw new PublicHttpError(404); });
    check(load);
    fireEvent.change(screen.getByLabelText('执法证号'), { target: { value: 'NM9' } });
    fireEvent.click(screen.getByRole('button', { name: '核验' }));
    expect(await screen.findByText(/证号格式不正确/)).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('执法证号'), { target: { value: 'NM99999999' } });
    fireEvent.click(screen.getByRole('button', { name: '核验' }));
    expect(await screen.findByText('未找到该执法证件，请核对证号。')).toBeInTheDocument();
  });
});
