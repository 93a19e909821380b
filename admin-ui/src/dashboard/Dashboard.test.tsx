// The dashboard with fake figures: the tier's title, every figure a link to its filtered list,
// the power types by their Chinese names, and the charts' table alternatives.
import { render, screen, within } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { DashboardScreen } from './Dashboard';
import type { DashboardFigures, Figure } from './types';

// recharts measures its container; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
  // Nor any layout: recharts warns that a 0×0 chart is drawn. The table alternative is what is tested.
  const warn = console.warn.bind(console);
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('The width(0) and height(0)')) warn(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

const ACTIVE = ['valid', 'undertaken', 'changed'];
const byType = (key: string, count: number): Figure => ({ key, count, resource: 'powers', filter: { status: ACTIVE, type: key } });

const figures: DashboardFigures = {
  today: '2026-11-26',
  context: { tier: 'county', governmentName: '锡林浩特市', organisation: '锡林浩特市市场监督管理局', scope: 'department' },
  totals: [{ key: 'activePowers', count: 9, resource: 'powers', filter: { status: ACTIVE } }],
  powersByType: [byType('licensing', 3), byType('penalty', 3), byType('levy', 0)],
  powersByStatus: [{ key: 'valid', count: 9, resource: 'powers', filter: { status: 'valid' } }, { key: 'cancelled', count: 1, resource: 'powers', filter: { status: 'cancelled' } }],
  listsByState: [{ key: 'draft', count: 1, resource: 'responsibility-lists', filter: { state: 'draft' } }, { key: 'legal-review', count: 1, resource: 'responsibility-lists', filter: { state: 'legal-review' } }],
  completeness: [{ key: 'powersWithoutDecomposition', count: 2, resource: 'powers', filter: { id: ['p1', 'p2'] } }],
  pendingReviews: [{ key: 'listsInReview', count: 2, resource: 'responsibility-lists', filter: { state: ['submitted', 'legal-review'] } }],
  certificates: [
    { key: 'certificatesExpiring', count: 2, resource: 'officers', params: { days: 60 }, filter: { status: 'valid', certificateExpiresAt_gte: '2026-11-26', certificateExpiresAt_lte: '2027-01-25' } },
    { key: 'certificatesExpiring', count: 1, resource: 'officers', params: { days: 30 }, filter: { status: 'valid', certificateExpiresAt_gte: '2026-11-26', certificateExpiresAt_lte: '2026-12-26' } },
  ],
  overdue: [],
};

// react-admin's own texts only, no app.* keys: every dashboard text must come from its Chinese defaults.

const renderDashboard = (load: () => Promise<unknown>) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <DashboardScreen load={load} />
    </AdminContext>,
  );

const filterOf = (href: string | null): unknown => JSON.parse(new URLSearchParams((href ?? '').split('?')[1] ?? '').get('filter') ?? 'null');

test('the heading names the government and the tier', async () => {
  renderDashboard(async () => figures);
  expect(await screen.findByRole('heading', { level: 1, name: '锡林浩特市 · 旗县级工作台' })).toBeInTheDocument();
});

test('a figure links to the list filtered to exactly its records', async () => {
  renderDashboard(async () => figures);
  // Named by its visible text (number, what it counts, 查看明细), never a label that hides it.
  const link = await screen.findByRole('link', { name: /^2\s*60 日内到期的执法证件\s*查看明细$/ });
  expect(link).not.toHaveAttribute('aria-label');
  const href = link.getAttribute('href');
  expect(href).toMatch(/\/officers\?filter=/);
  expect(filterOf(href)).toEqual({ status: 'valid', certificateExpiresAt_gte: '2026-11-26', certificateExpiresAt_lte: '2027-01-25' });
  const gaps = screen.getByRole('link', { name: /^2\s*未分解到执法机构和岗位的职权\s*查看明细$/ });
  expect(filterOf(gaps.getAttribute('href'))).toEqual({ id: ['p1', 'p2'] });
});

test('the chart of power types has a table alternative with Chinese type names linking to the lists', async () => {
  renderDashboard(async () => figures);
  const table = await screen.findByRole('table', { name: '按权力类型统计（有效职权）（数据表）' });
  const row = within(table).getByRole('row', { name: /行政处罚/ });
  expect(within(row).getByText('3')).toBeInTheDocument();
  expect(filterOf(within(row).getByRole('link', { name: '行政处罚' }).getAttribute('href'))).toEqual({ status: ACTIVE, type: 'penalty' });
  expect(within(table).getByText('行政征收')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: '权责清单状态（数据表）' })).toHaveTextContent('法制审核中');
});

test('a group the role may not read is not shown', async () => {
  renderDashboard(async () => figures);
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('heading', { name: '逾期事项' })).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '执法证件' })).toBeInTheDocument();
});

test('a failed load says so and offers a retry', async () => {
  renderDashboard(async () => {
    throw new Error('network');
  });
  expect(await screen.findByText('统计数据加载失败。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
});

test('a league compares its counties side by side: each figure a link to the county filtered list (issue 14, point 6)', async () => {
  const county = (id: string, name: string, prefix: string, powers: number, overdue: number) => ({
    id, name, tier: 'county',
    figures: [
      { key: 'activePowers', count: powers, resource: 'powers', filter: { subtree: prefix, status: ACTIVE } },
      { key: 'tasksOverdue', count: overdue, resource: 'adjustment-tasks', filter: { subtree: prefix, state: 'open', dueDate_lt: '2026-11-26' } },
    ],
  });
  const league = { ...figures, context: { tier: 'league', governmentName: '锡林郭勒盟', organisation: '锡林郭勒盟', scope: 'subtree' }, subordinates: [county('c1', '锡林浩特市', '152502', 12, 1), county('c2', '二连浩特市', '152501', 7, 0)] };
  renderDashboard(async () => league);
  const table = await screen.findByRole('table', { name: '下级政府各项数字（每个数字链接到对应的明细列表）' });
  const row = within(table).getByRole('row', { name: /二连浩特市/ });
  const link = within(row).getByRole('link', { name: '二连浩特市：有效职权（7），查看明细' });
  expect(link.getAttribute('href')).toMatch(/\/powers\?filter=/);
  expect(filterOf(link.getAttribute('href'))).toEqual({ subtree: '152501', status: ACTIVE });
  expect(within(table).getByRole('link', { name: '锡林浩特市：逾期的动态调整任务（1），查看明细' })).toBeInTheDocument();
  expect(screen.getByText('对比图：有效职权')).toBeInTheDocument();
});

test('a county has no comparison', async () => {
  renderDashboard(async () => ({ ...figures, subordinates: [] }));
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('heading', { name: '下级政府对比' })).not.toBeInTheDocument();
});

test('逾期事项 counts the late lists and names each as the inbox does, a link to its version (issue 14)', async () => {
  const late = (id: string, title: string, step: string, reason: string, opinion: string | null) =>
    ({ kind: 'list', resource: 'responsibility-lists', id, title, organisation: '锡林浩特市市场监督管理局', step, due: '2026-11-20', overdue: true, reason, opinion });
  renderDashboard(async () => ({
    ...figures,
    overdue: [
      { key: 'filingsOverdue', count: 0, resource: 'major-penalty-filings', filter: { filingDeadline_lt: '2026-11-26', filedAt: null } },
      { key: 'listsOverdue', count: 12, resource: 'responsibility-lists', filter: { id: ['l1', 'l2'] } },
    ],
    overdueLists: [late('l1', '逾期未修改的清单', 'revise', 'returnedListLate', '请补充追责依据'), late('l2', '逾期未审核的清单', 'approve', 'listReviewLate', null)],
  }));
  const section = within(await screen.findByRole('region', { name: '逾期事项' }));
  expect(section.queryByText('没有需要处理的事项。')).not.toBeInTheDocument();
  expect(filterOf(section.getByRole('link', { name: /^12\s*逾期未修改或未审核的权责清单\s*查看明细$/ }).getAttribute('href'))).toEqual({ id: ['l1', 'l2'] });
  expect(section.getByRole('heading', { name: '逾期的权责清单（12）' })).toBeInTheDocument();
  const returned = section.getByRole('link', { name: /逾期未修改的清单/ });
  expect(returned.getAttribute('href')).toMatch(/\/responsibility-lists\/l1\/show$/);
  expect(returned).toHaveTextContent('待修改');
  expect(returned).toHaveTextContent('超过本机关规定的修改时限仍未重新提交（第十三条');
  expect(returned).toHaveTextContent('意见：请补充追责依据');
  expect(section.getByRole('link', { name: /逾期未审核的清单/ })).toHaveTextContent('待审核');
  // Two named of twelve: the rest through the figure's list.
  expect(filterOf(section.getByRole('link', { name: '共 12 条，查看全部' }).getAttribute('href'))).toEqual({ id: ['l1', 'l2'] });
});

test('逾期事项 with nothing late says so', async () => {
  renderDashboard(async () => ({ ...figures, overdue: [{ key: 'listsOverdue', count: 0, resource: 'responsibility-lists', filter: { id: [] } }], overdueLists: [] }));
  const section = within(await screen.findByRole('region', { name: '逾期事项' }));
  expect(section.getByText('没有需要处理的事项。')).toBeInTheDocument();
  expect(section.queryByRole('link')).not.toBeInTheDocument();
});
