// 第十八条: the public page shows the published 普法责任清单 with their items and the 以案释法 cases.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { PublicApp } from './PublicApp';
import { PublicFetchContext, PublicHttpError } from './usePublicData';

const department = { id: 'd1', name: '锡林浩特市市场监督管理局' };
const government = { code: '152502000000', name: '锡林浩特市' };

const load = jest.fn(async (url: string) => {
  const { pathname } = new URL(url, 'http://x');
  if (pathname === '/api/public/governments') return { data: [] };
  if (pathname === '/api/public/legal-education-lists') {
    return { data: [{ id: 'l1', year: 2026, title: '2026年度普法责任清单', publishedOn: '2026-03-01', department, government, items: [{ content: '《食品安全法》', targets: '食品经营者', means: '上门宣讲', period: '每季度' }] }], meta: { total: 1 } };
  }
  if (pathname === '/api/public/case-interpretations') {
    return { data: [{ id: 'c1', title: '销售过期食品被处罚案释法', caseSummary: '某超市销售过期食品。', lawExplained: '经营者应定期检查库存食品。', legalBasis: '《食品安全法》第五十四条', caseDate: '2026-05-01', publishedOn: '2026-06-01', department, government }], meta: { total: 1 } };
  }
  throw new PublicHttpError(404);
});

test('第十八条: the header leads to 普法: the list with its items, and the case with the law it explains', async () => {
  render(
    <MemoryRouter initialEntries={['/public']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <PublicFetchContext.Provider value={load}>
        <PublicApp store={memoryStore()} />
      </PublicFetchContext.Provider>
    </MemoryRouter>,
  );
  fireEvent.click(await screen.findByRole('link', { name: '普法' }));
  const list = await screen.findByTestId('public-education-list');
  expect(within(list).getByRole('heading', { name: '2026年度普法责任清单' })).toBeInTheDocument();
  const table = within(list).getByRole('table', { name: '2026年度普法责任清单' });
  expect(within(table).getByRole('columnheader', { name: '普法对象' })).toBeInTheDocument();
  expect(within(table).getByText('食品经营者')).toBeInTheDocument();
  const story = await screen.findByTestId('public-case-interpretation');
  expect(story).toHaveTextContent('销售过期食品被处罚案释法');
  expect(story).toHaveTextContent('释法说理：经营者应定期检查库存食品。');
  expect(story).toHaveTextContent('《食品安全法》第五十四条');
});
