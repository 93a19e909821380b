// The annual-report screen against a fake server (Art. 7): state, lateness and routing in Chinese,
// the figures and the roll-up; the steps the server allows; a return asks for the opinion; a refusal
// shows the server's message.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { AdminContext, HttpError, memoryStore, RecordContextProvider, testDataProvider } from 'react-admin';
import type { ReportView } from '../../../config/src/reports';
import { i18nProvider } from '../providers/i18nProvider';
import { ReportsApiContext, type ReportsApi } from './api';
import { ReportPanel } from './ReportPanel';

const figures = {
  year: 2024, reporter: '锡林浩特市', scope: 'government', publishedLists: 2, powerAdjustments: 3, activePowers: 40, decomposedPowers: 30,
  decompositionShare: 75, assessments: 1, assessmentAverage: null, accountabilityCases: 1, accountabilityCorrected: 0, trainingSessions: 4,
  trainingHours: 32, certifiedOfficers: 20, majorPenalties: 1, majorPenaltiesFiledLate: 1, majorPenaltiesUnfiledOverdue: 0, legalEducationLists: 1, caseInterpretations: 3, computedAt: '2025-01-05T00:00:00Z',
};

const view = (overrides: Partial<ReportView> = {}): ReportView => ({
  id: 'r1', year: 2024, state: 'submitted',
  reporter: { kind: 'government', id: 'g1', name: '锡林浩特市' },
  receivers: [{ kind: 'government', id: 'g0', name: '锡林郭勒盟', accepts: true }],
  dueAt: '2025-03-31', submittedAt: '2025-04-02T08:00:00Z', submittedLate: true, overdue: false,
  actions: ['accept', 'return'], editable: false,
  history: [{ at: '2025-04-02T08:00:00Z', by: 'county-gov-admin', from: 'draft', to: 'submitted', opinion: null }],
  figures: figures as ReportView['figures'],
  rollup: {
    entries: [
      { kind: 'department', id: 'd1', name: '锡林浩特市市场监督管理局', report: { id: 'r2', state: 'accepted', submittedAt: '2025-03-01T00:00:00Z', submittedLate: false, overdue: false } },
      { kind: 'department', id: 'd2', name: '锡林浩特市交通运输局', report: null },
    ],
    totals: { ...figures, trainingHours: 8 } as unknown as NonNullable<ReportView['rollup']>['totals'],
    decompositionShare: 80,
    reported: 1,
  },
  ...overrides,
});

function fake(overrides: Partial<ReportsApi> = {}): ReportsApi & Record<keyof ReportsApi, jest.Mock> {
  return {
    view: jest.fn(async () => view()),
    draft: jest.fn(async () => view()),
    transition: jest.fn(async () => view({ state: 'returned', actions: [] })),
    docx: jest.fn(async () => new Blob(['x'])),
    assessmentResults: jest.fn(async () => new Blob(['x'])),
    ...overrides,
  } as ReportsApi & Record<keyof ReportsApi, jest.Mock>;
}

const renderPanel = (api: ReportsApi) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <ReportsApiContext.Provider value={api}>
        <RecordContextProvider value={{ id: 'r1', state: 'submitted', content: '一、基本情况\n本年度培训32学时。' }}>
          <ReportPanel />
        </RecordContextProvider>
      </ReportsApiContext.Provider>
    </AdminContext>,
  );

test('第七条: shows state, lateness, due date and routing, the text, the figures with the roll-up, and who has not reported', async () => {
  renderPanel(fake());
  expect(await screen.findByText('已报送')).toBeInTheDocument();
  expect(screen.getByText('逾期报送')).toBeInTheDocument();
  expect(screen.getByText('报送期限：2025-03-31')).toBeInTheDocument();
  expect(screen.getByText('锡林浩特市 报送：锡林郭勒盟')).toBeInTheDocument();
  expect(screen.getByText('本年度培训32学时。')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: '统计数据' });
  const hours = within(table).getByRole('rowheader', { name: '培训学时' }).closest('tr');
  expect(within(hours as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['32', '8']);
  const rollup = screen.getByRole('table', { name: '所属部门和下级人民政府报送情况' });
  expect(within(rollup).getByText('未报告')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '报送' })).not.toBeInTheDocument();
});

test('第七条: a return asks for the opinion and sends it', async () => {
  const api = fake();
  renderPanel(api);
  fireEvent.click(await screen.findByRole('button', { name: '退回' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '请补充培训情况' } });
  fireEvent.click(within(dialog).getByRole('button', { name: /确/ }));
  await waitFor(() => expect(api.transition).toHaveBeenCalledWith('r1', 'return', '请补充培训情况'));
});

test('第七条 REPORT_ROUTE: a refusal shows the server\'s message', async () => {
  const message = '依据《内蒙古自治区行政执法责任制规定》第七条，部门的年度报告由本级人民政府接收或退回。';
  const api = fake({ transition: jest.fn(async () => Promise.reject(new HttpError(message, 403, { message, code: 'REPORT_ROUTE', errors: { state: [message] } }))) });
  renderPanel(api);
  fireEvent.click(await screen.findByRole('button', { name: '接收' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '接收' }));
  expect(await screen.findByText(message)).toBeInTheDocument();
});

test('第七条: accepting asks first, naming the consequence; cancel sends nothing, confirm sends the opinion (issue 14, point 5)', async () => {
  const api = fake();
  renderPanel(api);
  fireEvent.click(await screen.findByRole('button', { name: '接收' }));
  let dialog = await screen.findByRole('dialog', { name: '接收这份年度报告？' });
  expect(within(dialog).getByText(/报送单位不能再修改/)).toBeInTheDocument();
  fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(api.transition).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: '接收' }));
  dialog = await screen.findByRole('dialog', { name: '接收这份年度报告？' });
  fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '内容完整' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '接收' }));
  await waitFor(() => expect(api.transition).toHaveBeenCalledWith('r1', 'accept', '内容完整'));
});

test('第二十六条: the figures link to the year\'s assessment results, downloaded in the user\'s scope as Excel or CSV', async () => {
  URL.createObjectURL = jest.fn(() => 'blob:test/1');
  URL.revokeObjectURL = jest.fn();
  const api = fake();
  renderPanel(api);
  expect(await screen.findByText(/来自2024年度评议考核结果（第二十六条/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '下载考核结果 Excel' }));
  await waitFor(() => expect(api.assessmentResults).toHaveBeenCalledWith(2024, 'xlsx'));
  await waitFor(() => expect(screen.getByRole('button', { name: '下载考核结果 CSV' })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: '下载考核结果 CSV' }));
  await waitFor(() => expect(api.assessmentResults).toHaveBeenCalledWith(2024, 'csv'));
});
