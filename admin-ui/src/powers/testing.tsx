// Test kit of the power screens: an in-memory data provider holding a department's agencies, posts
// and laws, and a render helper mounting a screen the way App.tsx does (react-admin context, the
// console's i18n provider). Used only by the *.test.tsx files beside it.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { AdminContext, Edit, ResourceContextProvider, type DataProvider, type RaRecord } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { PowerInputs } from './PowerInputs';

export const FOOD_SAFETY_LAW = {
  id: 'lb1',
  title: '中华人民共和国食品安全法',
  status: 'in-force',
  articles: [
    { number: '第三十五条', text: '国家对食品生产经营实行许可制度。' },
    { number: '第一百二十二条', text: '未取得食品生产经营许可从事食品生产经营活动的，没收违法所得。' },
  ],
};

export const DEPARTMENT = { id: 'dep1', name: '锡林浩特市市场监督管理局' };

const tables = (): Record<string, RaRecord[]> => ({
  departments: [DEPARTMENT, { id: 'dep2', name: '锡林浩特市交通运输局' }],
  'legal-bases': [FOOD_SAFETY_LAW, { id: 'lb2', title: '中华人民共和国食品卫生法', status: 'repealed', articles: [] }],
  agencies: [
    { id: 'ag1', name: '食品经营监管科', department: 'dep1' },
    { id: 'ag2', name: '运输管理科', department: 'dep2' },
  ],
  posts: [
    { id: 'po1', name: '许可审核岗', agency: 'ag1' },
    { id: 'po2', name: '运政执法岗', agency: 'ag2' },
  ],
  'catalogue-items': [],
  'power-adjustments': [{ id: 'adj1', kind: 'add', state: 'approved', department: 'dep1', reason: '新增事项' }],
});

export const basePower = (overrides: Partial<RaRecord> = {}): RaRecord => ({
  id: 'p1',
  code: '152502000XK00100',
  name: '食品经营许可',
  type: 'licensing',
  status: 'valid',
  tier: 'county',
  department: 'dep1',
  bases: [],
  steps: [],
  accountabilities: [],
  discretion: [],
  riskPoints: [],
  decomposition: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

/** Plain-value filters as the console API applies them (q and relation ids included). */
const matches = (record: RaRecord, filter: Record<string, unknown>): boolean =>
  Object.entries(filter).every(([key, value]) => {
    if (key === 'q') return Object.values(record).some((v) => typeof v === 'string' && typeof value === 'string' && v.includes(value));
    // A list of values is "any of them", as the console API reads it (ids, states, kinds).
    if (Array.isArray(value)) return value.includes(record[key]);
    return record[key] === value;
  });

export interface FakeBackend {
  dataProvider: DataProvider;
  update: jest.Mock;
  create: jest.Mock;
  listFilters: { resource: string; filter: Record<string, unknown> }[];
}

export function fakeBackend(power: RaRecord, refusal?: unknown): FakeBackend {
  const db = { ...tables(), powers: [power] };
  const rows = (resource: string): RaRecord[] => (resource in db ? db[resource as keyof typeof db] : []);
  const listFilters: FakeBackend['listFilters'] = [];
  const update = jest.fn(async (_resource: string, params: { data: RaRecord }) => {
    if (refusal) throw refusal;
    return { data: { ...params.data } };
  });
  const create = jest.fn(async (_resource: string, params: { data: Record<string, unknown> }) => {
    if (refusal) throw refusal;
    return { data: { ...params.data, id: 'new' } };
  });
  const dataProvider = {
    getList: async (resource: string, params: { filter?: Record<string, unknown> }) => {
      const filter = params.filter ?? {};
      listFilters.push({ resource, filter });
      const data = rows(resource).filter((r) => matches(r, filter));
      return { data, total: data.length };
    },
    getOne: async (resource: string, params: { id: unknown }) => {
      const data = rows(resource).find((r) => r.id === params.id);
      if (!data) throw new Error(`${resource}/${String(params.id)} not found`);
      return { data };
    },
    getMany: async (resource: string, params: { ids: unknown[] }) => ({ data: rows(resource).filter((r) => params.ids.includes(r.id)) }),
    getManyReference: async () => ({ data: [], total: 0 }),
    update,
    create,
    updateMany: async () => ({ data: [] }),
    delete: async () => ({ data: power }),
    deleteMany: async () => ({ data: [] }),
  } as unknown as DataProvider;
  return { dataProvider, update, create, listFilters };
}

export function renderWithAdmin(dataProvider: DataProvider, screenUnderTest: ReactNode) {
  return render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="powers">{screenUnderTest}</ResourceContextProvider>
    </AdminContext>,
  );
}

/** The power form inside a pessimistic Edit, as PowerEdit mounts it (without routing). */
export function renderPowerForm(power: RaRecord, refusal?: unknown): FakeBackend {
  const backend = fakeBackend(power, refusal);
  renderWithAdmin(
    backend.dataProvider,
    <Edit id={power.id} mutationMode="pessimistic" redirect={false}>
      {/* Tabs kept in state: syncing them with the URL needs a data router, which jsdom cannot host. */}
      <PowerInputs syncWithLocation={false} />
    </Edit>,
  );
  return backend;
}
