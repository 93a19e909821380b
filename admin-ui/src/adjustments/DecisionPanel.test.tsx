// Issue 14 points 2 and 4: a 承接 request is decided with 批准 / 不予批准 behind a confirmation that
// names the consequence; the decision sends the state, the opinion and the version only, so the
// request's 调整事项 (a league power the county reviewer cannot pick) is never sent back empty.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider, type DataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import { DecisionPanel } from './DecisionPanel';

const reviewer = { id: 1, username: 'r', role: 'justice-reviewer', roleName: '司法行政审核员', organisation: '锡林浩特市司法局', departmentId: 'd9', governmentId: 'g1', governmentCode: '152502', tier: 'county', scope: 'subtree', permissions: {} };
const undertake = { id: 'a1', kind: 'undertake', state: 'submitted', power: 'league-power', department: 'd1', reason: '承接', updatedAt: '2026-12-05T10:00:00.000Z' };

afterEach(() => session.clear());

function renderPanel(role: string, record: Record<string, unknown>) {
  session.saveProfile({ ...reviewer, role }, []);
  const update = jest.fn(async () => ({ data: { ...record, state: 'applied' } }));
  render(
    <AdminContext dataProvider={testDataProvider({ update } as Partial<DataProvider>)} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="power-adjustments">
        <RecordContextProvider value={record}>
          <DecisionPanel />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return update;
}

test('the reviewer approves a 承接 request after a confirmation naming the consequence', async () => {
  const update = renderPanel('justice-reviewer', undertake);
  fireEvent.click(screen.getByRole('button', { name: '批准' }));
  const dialog = await screen.findByRole('dialog', { name: '批准这项承接？' });
  expect(dialog).toHaveTextContent('职权目录按申请调整');
  expect(update).not.toHaveBeenCalled();
  fireEvent.change(screen.getByLabelText(/意见/), { target: { value: '同意承接。' } });
  fireEvent.click(screen.getAllByRole('button', { name: '批准' }).pop() as HTMLElement);
  await waitFor(() => expect(update).toHaveBeenCalled());
  const [resource, params] = update.mock.calls[0] as unknown as [string, { id: string; data: Record<string, unknown> }];
  expect(resource).toBe('power-adjustments');
  expect(params.data).toEqual({ state: 'approved', opinion: '同意承接。', updatedAt: undertake.updatedAt });
});

test('不予批准 cannot be confirmed without a reason', async () => {
  const update = renderPanel('justice-reviewer', undertake);
  fireEvent.click(screen.getByRole('button', { name: '不予批准' }));
  await screen.findByRole('dialog', { name: '不予批准这项承接？' });
  const confirm = screen.getAllByRole('button', { name: '不予批准' }).pop() as HTMLElement;
  expect(confirm).toBeDisabled();
  fireEvent.change(screen.getByLabelText(/意见/), { target: { value: '承接部门不具备执法条件。' } });
  fireEvent.click(confirm);
  await waitFor(() => expect(update).toHaveBeenCalled());
  expect((update.mock.calls[0] as unknown as [string, { data: Record<string, unknown> }])[1].data.state).toBe('rejected');
});

test('the requesting editor sees no decision buttons on a submitted request', () => {
  renderPanel('dept-editor', undertake);
  expect(screen.queryByRole('button', { name: '批准' })).not.toBeInTheDocument();
  expect(screen.getByText('已提交，等待本级司法行政部门审批。')).toBeInTheDocument();
});
