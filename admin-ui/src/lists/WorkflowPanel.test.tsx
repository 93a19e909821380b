// The workflow tab against a fake server: the state in Chinese, the adjustment warning, the actions
// the server allows; a refusal shows its code, message and failing items; a success reloads.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { fakeApi, renderWithConsole, workflowView } from './testing';
import { WorkflowProvider } from './WorkflowContext';
import { HistoryPanel, WorkflowPanel } from './WorkflowTabs';

const renderPanel = (api = fakeApi()) => {
  renderWithConsole(
    <WorkflowProvider id="l1">
      <WorkflowPanel />
      <HistoryPanel />
    </WorkflowProvider>,
    api,
  );
  return api;
};

test('shows state, version, department and item count, and warns while the list is adjusted', async () => {
  renderPanel(fakeApi({ workflow: jest.fn(async () => workflowView({ state: 'legal-review', versionNumber: 2, underAdjustment: true, actions: [] })) }));
  expect(await screen.findByText('法制审核中')).toBeInTheDocument();
  expect(screen.getByText('第 2 版')).toBeInTheDocument();
  expect(screen.getByText('锡林浩特市市场监督管理局')).toBeInTheDocument();
  expect(screen.getByText('12')).toBeInTheDocument();
  expect(screen.getByText(/^调整中：/)).toBeInTheDocument();
  expect(screen.getByText('您当前没有可对该版本办理的操作。')).toBeInTheDocument();
});

test('a submission refused by LIST_COMPLETE lists every failing item with its field', async () => {
  const refusal = new HttpError('依据《内蒙古自治区行政执法责任制规定》第十三条，权责清单事项要素不全：事项“食品经营许可”缺少追责情形等2处问题。', 400, {
    message: '依据《内蒙古自治区行政执法责任制规定》第十三条，权责清单事项要素不全：事项“食品经营许可”缺少追责情形等2处问题。',
    code: 'LIST_COMPLETE',
    errors: { accountabilities: ['缺少追责情形'] },
    items: [
      { item: '152502000XK00100', field: 'accountabilities', message: '事项“食品经营许可”缺少追责情形' },
      { item: '152502000XK00200', field: 'serviceGuide', message: '事项“药品经营许可”缺少办事指南' },
    ],
  });
  const api = renderPanel(fakeApi({ transition: jest.fn(async () => Promise.reject(refusal)) }));
  fireEvent.click(await screen.findByRole('button', { name: '提交' }));
  fireEvent.click(within(screen.getByRole('dialog', { name: '提交清单送审？' })).getByRole('button', { name: '提交' }));
  const alert = await screen.findByRole('alert');
  expect(api.transition).toHaveBeenCalledWith('l1', 'submit', undefined);
  expect(within(alert).getByText('操作未通过（LIST_COMPLETE）')).toBeInTheDocument();
  expect(within(alert).getByText(/权责清单事项要素不全/)).toBeInTheDocument();
  const table = within(alert).getByRole('table', { name: '未通过的事项' });
  const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
  expect(rows).toEqual([
    ['152502000XK00100', '追责情形', '事项“食品经营许可”缺少追责情形'],
    ['152502000XK00200', '办事指南', '事项“药品经营许可”缺少办事指南'],
  ]);
});

test('a return sends the opinion; after success the view is read again and shows the new state and history', async () => {
  let state = workflowView({ state: 'legal-review', actions: ['approve', 'return'], opinionRequired: ['return'] });
  const api = fakeApi({
    workflow: jest.fn(async () => state),
    transition: jest.fn(async () => {
      state = workflowView({
        state: 'returned',
        actions: [],
        history: [{ action: 'return', from: 'legal-review', to: 'returned', at: '2026-11-26T08:00:00.000Z', actor: '司法行政审核员（演示）', role: 'justice-reviewer', organisation: '锡林浩特市司法局', opinion: '请补充追责情形。' }],
      });
      return { id: 'l1', state: 'returned' };
    }),
  });
  renderPanel(api);
  fireEvent.click(await screen.findByRole('button', { name: '退回' }));
  fireEvent.change(screen.getByRole('textbox', { name: '审核意见' }), { target: { value: '请补充追责情形。' } });
  fireEvent.click(screen.getByRole('button', { name: '确定' }));
  await waitFor(() => expect(api.transition).toHaveBeenCalledWith('l1', 'return', '请补充追责情形。'));
  expect(await screen.findByText('已退回')).toBeInTheDocument();
  expect(api.workflow).toHaveBeenCalledTimes(2);
  expect(api.diff).toHaveBeenCalledTimes(2);
  expect(screen.queryByRole('button', { name: '审核通过' })).not.toBeInTheDocument();
  // The history tab: action, from → to, who with role and organisation, the opinion.
  expect(screen.getByRole('heading', { name: '退回：法制审核中 → 已退回' })).toBeInTheDocument();
  expect(screen.getByText(/办理人：司法行政审核员（演示） · 司法行政审核员 · 锡林浩特市司法局/)).toBeInTheDocument();
  expect(screen.getByText('请补充追责情形。')).toBeInTheDocument();
});

test('a view that cannot be loaded offers a retry', async () => {
  const api = fakeApi({ workflow: jest.fn(async () => Promise.reject(new HttpError('记录不存在，或不在您的数据范围内。', 404, {}))) });
  renderPanel(api);
  expect((await screen.findAllByText('记录不存在，或不在您的数据范围内。')).length).toBeGreaterThan(0);
  fireEvent.click(screen.getAllByRole('button', { name: '重试' })[0]);
  await waitFor(() => expect(api.workflow).toHaveBeenCalledTimes(2));
});
