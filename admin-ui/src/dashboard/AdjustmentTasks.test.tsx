// 动态调整任务 on the dashboard: overdue tasks first and flagged 已逾期, each linking to the
// adjustment-tasks list filtered to it; the section's links open all open and all overdue tasks.
import { render, screen, within } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { dayBefore, parseAdjustmentTasks } from './adjustmentTasks';
import { DashboardScreen } from './Dashboard';

beforeAll(() => {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
  const warn = console.warn.bind(console);
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('The width(0) and height(0)')) warn(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

const body = {
  today: '2026-11-26',
  context: { tier: 'county', governmentName: '锡林浩特市', organisation: '锡林浩特市司法局', scope: 'subtree' },
  totals: [],
  adjustmentTasks: [
    { id: 't2', department: { id: 'd2', name: '锡林浩特市交通运输局' }, legalBasisTitle: '中华人民共和国道路运输条例', reason: '依据已修改', dueDate: '2026-12-20', overdue: false, powerCount: 1 },
    { id: 't1', department: { id: 'd1', name: '锡林浩特市市场监督管理局' }, legalBasisTitle: '中华人民共和国食品卫生法', reason: '依据已废止', dueDate: '2026-11-01', overdue: true, powerCount: 3 },
    { id: 'broken' },
  ],
};

const filterOf = (href: string | null): unknown => JSON.parse(new URLSearchParams((href ?? '').split('?')[1] ?? '').get('filter') ?? 'null');

const renderDashboard = (load: () => Promise<unknown>) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <DashboardScreen load={load} />
    </AdminContext>,
  );

test('overdue tasks come first, flagged in red, each linking to its task in the adjustment-tasks list', async () => {
  renderDashboard(async () => body);
  const section = (await screen.findByRole('heading', { name: '动态调整任务' })).closest('section') as HTMLElement;
  // Each card is named by what it shows (WCAG 2.5.3): the department and the law first.
  const cards = within(section).getAllByRole('link', { name: /调整期限/ });
  expect(cards.map((c) => c.textContent)).toEqual([
    expect.stringMatching(/^锡林浩特市市场监督管理局.*《中华人民共和国食品卫生法》/),
    expect.stringMatching(/^锡林浩特市交通运输局.*《中华人民共和国道路运输条例》/),
  ]);
  for (const card of cards) expect(card).not.toHaveAttribute('aria-label');
  expect(within(cards[0]).getByText('已逾期')).toHaveClass('MuiChip-label');
  expect(within(cards[1]).queryByText('已逾期')).not.toBeInTheDocument();
  expect(cards[0]).toHaveTextContent('调整期限：2026-11-01 · 涉及 3 项职权');
  expect(cards[0].getAttribute('href')).toMatch(/\/adjustment-tasks\?filter=/);
  expect(filterOf(cards[0].getAttribute('href'))).toEqual({ id: ['t1'] });
});

test('the section links to all open tasks and to the overdue ones', async () => {
  renderDashboard(async () => body);
  expect(filterOf((await screen.findByRole('link', { name: '全部未完成任务（2）' })).getAttribute('href'))).toEqual({ state: 'open' });
  // Due before today (2026-11-26), as the server counts overdue.
  expect(filterOf(screen.getByRole('link', { name: '逾期任务（1）' }).getAttribute('href'))).toEqual({ state: 'open', dueDate_lte: '2026-11-25' });
});

test('no section without tasks (or from a server that does not send them)', async () => {
  renderDashboard(async () => ({ ...body, adjustmentTasks: undefined }));
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('heading', { name: '动态调整任务' })).not.toBeInTheDocument();
  expect(parseAdjustmentTasks('nope')).toEqual([]);
  expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  expect(dayBefore('')).toBeNull();
});
