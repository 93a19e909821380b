// The public page against a fake public API, with no sign-in: governments → departments →
// items (search by name or code, type filter, pages) → one item in full.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { PublicApp } from './PublicApp';
import { PublicFetchContext, PublicHttpError } from './usePublicData';

const list = { id: 'l1', title: '锡林浩特市市场监督管理局权责清单（2026年版）', versionNumber: 1, publicationDate: '2026-11-26T00:00:00.000Z', state: 'published', itemCount: 2 };
const department = { id: 'd1', name: '锡林浩特市市场监督管理局', government: { code: '152502000000', name: '锡林浩特市' }, list, underAdjustment: true };
const item = {
  id: 'i1',
  list,
  department: { id: 'd1', name: '锡林浩特市市场监督管理局' },
  powerId: 'p1',
  code: '152502000XK00100',
  name: '食品经营许可',
  subItem: null,
  type: 'licensing',
  tier: 'county',
  status: 'valid',
  departmentName: '锡林浩特市市场监督管理局',
  bases: [{ kind: 'setting', legalBasisId: 'lb1', title: '中华人民共和国食品安全法', documentNumber: null, level: 'law', basisStatus: 'in-force', articles: '第三十五条', excerpt: '国家对食品生产经营实行许可制度。' }],
  steps: [{ step: '受理', content: '当场受理', basis: null }, { step: '审查', content: '书面审查', basis: null }],
  accountabilities: [{ situation: '对符合条件的申请不予受理的', basis: null }],
  legalTimeLimit: '20个工作日',
  promisedTimeLimit: '7个工作日（测试）',
  feeBasis: null,
  consultationPhone: '0479-8888888',
  supervisionPhone: null,
  serviceGuide: '申请人提交申请书。',
  flowchart: null,
  statutoryMin: null,
  statutoryMax: null,
  discretion: [],
  riskPoints: [{ step: '审查', description: '降低审查标准', level: 'high', measure: '双人审核' }],
  decomposition: [{ agency: '食品经营监管科', post: '许可审核岗', role: 'handle' }],
  remarks: null,
  guidance: [{ kind: 'guidance', title: '开办前告知', content: '对拟开办的经营者提前告知许可条件。', conditions: null, basis: null, caseDate: null, outcome: null }],
};

function fakeServer() {
  const asked: string[] = [];
  const load = jest.fn(async (url: string) => {
    asked.push(url);
    const { pathname } = new URL(url, 'http://x');
    if (pathname === '/api/public/governments') {
      return {
        data: [
          { code: '150000000000', name: '内蒙古自治区', tier: 'region', parentCode: null, publishedDepartments: 0 },
          { code: '152500000000', name: '锡林郭勒盟', tier: 'league', parentCode: '150000000000', publishedDepartments: 0 },
          { code: '152502000000', name: '锡林浩特市', tier: 'county', parentCode: '152500000000', publishedDepartments: 1 },
          { code: '152501000000', name: '二连浩特市', tier: 'county', parentCode: '152500000000', publishedDepartments: 0 },
        ],
      };
    }
    if (pathname === '/api/public/governments/152502000000/departments') return { data: [department] };
    if (pathname === '/api/public/departments/d1') return { data: department };
    if (pathname === '/api/public/lists/l1/items') {
      return {
        data: [{ id: 'i1', code: item.code, name: item.name, subItem: null, type: 'licensing', status: 'valid' }],
        meta: { page: 1, pageSize: 20, total: 1, list, department: { id: 'd1', name: department.name } },
      };
    }
    if (pathname === '/api/public/items/i1') return { data: item };
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

beforeEach(() => {
  URL.createObjectURL = jest.fn(() => 'blob:test/1');
  URL.revokeObjectURL = jest.fn();
});

test('browses from the region to a department and an item, in Chinese, without signing in', async () => {
  const { load } = fakeServer();
  renderAt('/public', load);
  expect(await screen.findByRole('heading', { name: '权责清单公开查询' })).toBeInTheDocument();
  // Only branches with a published list; 二连浩特市 has none.
  expect(screen.queryByText('二连浩特市')).not.toBeInTheDocument();
  expect(screen.getByText('1 个部门已公布清单')).toBeInTheDocument();
  fireEvent.click(await screen.findByRole('link', { name: '锡林浩特市' }));

  expect(await screen.findByRole('heading', { name: '锡林浩特市已公布权责清单的部门' })).toBeInTheDocument();
  const card = await screen.findByRole('link', { name: /锡林浩特市市场监督管理局/ });
  expect(within(card).getByText('第 1 版')).toBeInTheDocument();
  expect(within(card).getByText('调整中')).toBeInTheDocument();
  expect(within(card).getByText(/^公布日期：2026年11月2[56]日$/)).toBeInTheDocument();
  fireEvent.click(card);

  expect(await screen.findByRole('heading', { name: '锡林浩特市市场监督管理局' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '下载 Excel' })).toHaveAttribute('href', '/api/public/lists/l1/export?format=xlsx');
  expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute('href', '/api/public/lists/l1/export?format=csv');
  const row = (await screen.findByRole('link', { name: '食品经营许可' })).closest('tr') as HTMLElement;
  expect(within(row).getByText('行政许可')).toBeInTheDocument();
  expect(within(row).getByText('有效')).toBeInTheDocument();
  fireEvent.click(within(row).getByRole('link', { name: '食品经营许可' }));

  expect(await screen.findByRole('heading', { level: 2, name: '食品经营许可' })).toBeInTheDocument();
  expect(screen.getByText('7个工作日（测试）')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: '法律依据' })).toHaveTextContent('《中华人民共和国食品安全法》');
  expect(screen.getByRole('table', { name: '法律依据' })).toHaveTextContent('第三十五条');
  expect(screen.getByRole('table', { name: '追责情形' })).toHaveTextContent('对符合条件的申请不予受理的');
  expect(screen.getByRole('table', { name: '承办机构和岗位' })).toHaveTextContent('承办');
  expect(screen.getByRole('img', { name: '食品经营许可运行流程图' })).toBeInTheDocument();
  expect(screen.getByText('申请人提交申请书。')).toBeInTheDocument();
  // 第十七条: the non-coercive means published with the item.
  const guidance = screen.getByRole('region', { name: '行政指导和非强制手段' });
  expect(within(guidance).getByText('行政指导')).toBeInTheDocument();
  expect(within(guidance).getByText('开办前告知')).toBeInTheDocument();
});

test('search by name or code and the type filter go to the server, from the first page', async () => {
  const { load, asked } = fakeServer();
  renderAt('/public/departments/d1?page=2', load);
  await screen.findByRole('link', { name: '食品经营许可' });
  expect(asked.filter((u) => u.includes('/items'))).toEqual(['/api/public/lists/l1/items?page=2&pageSize=20']);

  fireEvent.change(screen.getByRole('searchbox', { name: '按事项名称或编码搜索' }), { target: { value: ' 152502000XK ' } });
  fireEvent.click(screen.getByRole('button', { name: '搜索' }));
  await waitFor(() => expect(asked[asked.length - 1]).toBe(`/api/public/lists/l1/items?page=1&pageSize=20&q=152502000XK`));

  fireEvent.mouseDown(screen.getByRole('combobox', { name: '权力类型' }));
  fireEvent.click(await screen.findByRole('option', { name: '行政处罚' }));
  await waitFor(() => expect(asked[asked.length - 1]).toBe(`/api/public/lists/l1/items?page=1&pageSize=20&q=152502000XK&type=penalty`));
});

test('an item no longer published says so', async () => {
  const { load } = fakeServer();
  renderAt('/public/items/gone', load);
  expect(await screen.findByText('未找到该内容，可能已不再公布。')).toBeInTheDocument();
});
