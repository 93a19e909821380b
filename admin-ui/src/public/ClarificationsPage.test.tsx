// 第三十一条: the public page lists the published clarifications from /api/public/clarifications,
// reached from the header, naming the officer by name only.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { PublicApp } from './PublicApp';
import { parseClarifications } from './ClarificationsPage';
import { PublicFetchContext, PublicHttpError } from './usePublicData';

const clarification = {
  id: 'c1',
  title: '关于执法人员王某被举报问题的澄清说明',
  statement: '经调查核实，举报反映的问题不属实，特此澄清。',
  publishedOn: '2026-11-20',
  officerName: '王某',
  department: { id: 'd1', name: '锡林浩特市市场监督管理局' },
  government: { code: '152502000000', name: '锡林浩特市' },
};

function fakeServer(rows: unknown[]) {
  const asked: string[] = [];
  const load = jest.fn(async (url: string) => {
    asked.push(url);
    const { pathname } = new URL(url, 'http://x');
    if (pathname === '/api/public/governments') return { data: [] };
    if (pathname === '/api/public/clarifications') return { data: rows, meta: { page: 1, pageSize: 20, total: rows.length } };
    throw new PublicHttpError(404);
  });
  return { load, asked };
}

const renderAt = (path: string, load: (url: string) => Promise<unknown>) =>
  render(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <PublicFetchContext.Provider value={load}>
        <PublicApp store={memoryStore()} />
      </PublicFetchContext.Provider>
    </MemoryRouter>,
  );

test('第三十一条: the header leads to the published clarifications; each shows title, officer, department, date and statement', async () => {
  const { load, asked } = fakeServer([clarification]);
  renderAt('/public', load);
  fireEvent.click(await screen.findByRole('link', { name: '澄清正名' }));
  expect(await screen.findByRole('heading', { level: 2, name: '澄清正名' })).toBeInTheDocument();
  const entry = await screen.findByTestId('public-clarification');
  expect(within(entry).getByRole('heading', { name: clarification.title })).toBeInTheDocument();
  expect(entry).toHaveTextContent('执法人员：王某');
  expect(entry).toHaveTextContent('锡林浩特市市场监督管理局');
  expect(entry).toHaveTextContent(/公布日期：2026年11月(19|20)日/);
  expect(entry).toHaveTextContent('经调查核实，举报反映的问题不属实，特此澄清。');
  expect(screen.getByText('共 1 份')).toBeInTheDocument();
  expect(asked).toContain('/api/public/clarifications?page=1&pageSize=20');
});

test('第三十一条: none published says so', async () => {
  const { load } = fakeServer([]);
  renderAt('/public/clarifications', load);
  expect(await screen.findByText('尚无已公布的澄清说明。')).toBeInTheDocument();
});

test('parseClarifications refuses a body that is not a page', () => {
  expect(parseClarifications({ error: {} })).toBeNull();
  expect(parseClarifications({ data: [clarification], meta: { total: 7 } })?.total).toBe(7);
});
