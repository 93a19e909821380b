// The buttons in a list's toolbar export what the list shows — its filter and sort — across all
// pages, not the 25 rows on screen.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ListContextProvider, memoryStore, testDataProvider, type DataProvider, type GetListParams, type ListControllerResult } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { ExportButtons } from './ExportButtons';

const agencies: ResourceSchema = {
  name: 'agencies', uid: 'api::agency.agency', label: '执法机构', description: '', mainField: 'name', draftAndPublish: false, actions: ['find'],
  fields: [{ name: 'name', label: '机构名称', type: 'string', required: true, personal: false }],
};

const ROWS = Array.from({ length: 1500 }, (_, i) => ({ id: `a${i}`, name: `执法${i}科`, kind: i % 5 === 0 ? 'x' : 'y' }));
const calls: GetListParams[] = [];
const dataProvider = testDataProvider({
  getList: (async (_resource: string, params: GetListParams) => {
    calls.push(params);
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const filtered = ROWS.filter((r) => Object.entries(params.filter as Record<string, unknown>).every(([k, v]) => r[k as keyof typeof r] === v));
    return { data: filtered.slice((page - 1) * perPage, page * perPage), total: filtered.length };
  }) as DataProvider['getList'],
});

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

beforeEach(() => {
  calls.length = 0;
  session.saveProfile({ id: 1, permissions: { agencies: ['find'] } }, [agencies]);
});
afterEach(() => session.clear());

test('导出 CSV pages through every row matching the list filter and downloads them', async () => {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => undefined });
  // jsdom cannot navigate; the file name the browser would save under is what matters.
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.download).toMatch(/^执法机构_\d{8}-\d{4}\.csv$/);
  });
  const list = { resource: 'agencies', filterValues: { kind: 'y' }, filter: undefined, sort: { field: 'name', order: 'ASC' }, total: 1200 } as unknown as ListControllerResult;
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ListContextProvider value={list}>
        <ExportButtons />
      </ListContextProvider>
    </AdminContext>,
  );
  expect(screen.getByRole('button', { name: '导出 Excel' })).toBeEnabled();
  fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  expect(click).toHaveBeenCalledTimes(1);
  expect(calls.map((c) => [c.pagination?.page, c.pagination?.perPage, c.filter, c.sort])).toEqual([
    [1, 1000, { kind: 'y' }, { field: 'name', order: 'ASC' }],
    [2, 1000, { kind: 'y' }, { field: 'name', order: 'ASC' }],
  ]);
  const text = await readBlob(blobs[0]);
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe('机构名称');
  expect(lines).toHaveLength(1 + 1200);
});
