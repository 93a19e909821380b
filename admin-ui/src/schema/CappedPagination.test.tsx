// A region search whose total the server capped (Content-Range 1001, X-Total-Estimate: capped; issue
// 17): the footer reads 「第 1–25 条，共 1000+ 条」 and the next pages are still asked for; an exact
// total reads as react-admin says it.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ListBase, memoryStore, testDataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { CappedPagination, SEARCH_TOTAL_CAP } from './CappedPagination';

const renderFooter = (total: number, getList: jest.Mock) =>
  render(
    <AdminContext dataProvider={testDataProvider({ getList })} i18nProvider={i18nProvider} store={memoryStore()}>
      <ListBase resource="powers" perPage={25} disableSyncWithLocation>
        <CappedPagination />
      </ListBase>
    </AdminContext>,
  );

const page = (params: GetListParams, total: number) => {
  const { page: n = 1, perPage = 25 } = params.pagination ?? {};
  return { data: Array.from({ length: perPage }, (_, i) => ({ id: `p${(n - 1) * perPage + i}` })), total };
};

test('a capped total reads 「共 1000+ 条」 and still pages', async () => {
  const getList = jest.fn(async (_resource: string, params: GetListParams) => page(params, SEARCH_TOTAL_CAP + 1));
  renderFooter(SEARCH_TOTAL_CAP + 1, getList);
  expect(await screen.findByText('第 1–25 条，共 1000+ 条')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: /2/ }));
  await waitFor(() => expect(getList).toHaveBeenLastCalledWith('powers', expect.objectContaining({ pagination: { page: 2, perPage: 25 } })));
  expect(await screen.findByText('第 26–50 条，共 1000+ 条')).toBeInTheDocument();
});

test('an exact total is shown as it is', async () => {
  const getList = jest.fn(async (_resource: string, params: GetListParams) => page(params, 640));
  renderFooter(640, getList);
  expect(await screen.findByText(/640/)).toBeInTheDocument();
  expect(screen.queryByText(/1000\+/)).toBeNull();
});
