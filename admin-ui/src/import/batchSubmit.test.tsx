// Art. 10, 11, 13: a department's power sheet is previewed as one batch power adjustment and, when
// every row passes, submitted as ONE request after a confirmation that takes the reason; the
// ordinary 确认导入 is not offered for powers (a new power needs an approved adjustment).
import { TextDecoder, TextEncoder } from 'util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider, type DataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { ImportPage } from './ImportPage';
import type { BatchRequest } from './post';
import type { ImportRecord, ImportReport } from './types';

Object.assign(globalThis, { TextDecoder, TextEncoder });

const field = (name: string, label: string, type = 'string', extra = {}) => ({ name, label, type, required: false, personal: false, ...extra });
const powers: ResourceSchema = {
  name: 'powers', uid: 'api::power.power', label: '权责事项', description: '', mainField: 'name', draftAndPublish: false, actions: ['find', 'create'],
  fields: [
    field('code', '事项编码'), field('name', '权力名称'),
    field('type', '权力类型', 'enumeration', { enum: ['licensing', 'penalty', 'inspection'] }),
    field('bases', '设定依据', 'component', { repeatable: true, fields: [field('legalBasis', '法律依据', 'relation', { reference: 'legal-bases' }), field('articles', '条款')] }),
  ],
};
const laws: ResourceSchema = { ...powers, name: 'legal-bases', uid: 'api::legal-basis.legal-basis', label: '法律依据', mainField: 'title', fields: [field('title', '名称')] };
const me = { id: 1, username: 'u', role: 'dept-editor', roleName: '部门填报员', organisation: '某局', tier: 'county', scope: 'department', permissions: { powers: ['find', 'create'], 'power-adjustments': ['find', 'create'] } };

const dataProvider = testDataProvider({
  getList: (async () => ({ data: [{ id: 'law-1', title: '中华人民共和国行政处罚法', status: 'in-force' }], total: 1 })) as DataProvider['getList'],
});

beforeEach(() => {
  session.saveToken('jwt', null);
  session.saveProfile(me, [powers, laws]);
});
afterEach(() => session.clear());

test('第十一条: every row passes but its approval → 提交职权调整申请 with a reason, all rows in one request', async () => {
  const previews: ImportRecord[][] = [];
  const post = jest.fn(async (rows: ImportRecord[]): Promise<ImportReport> => {
    previews.push(rows);
    return { total: rows.length, passed: rows.length, failed: 0, committed: false, rows: rows.map((_, index) => ({ index, ok: true, action: index === 1 ? 'change' : 'add' })), added: rows.length - 1, changed: 1 };
  });
  const requests: BatchRequest[] = [];
  const submit = jest.fn(async (request: BatchRequest): Promise<ImportReport> => {
    requests.push(request);
    return { total: request.rows.length, passed: request.rows.length, failed: 0, committed: true, rows: [], adjustmentId: 'adj-1' };
  });
  const onDone = jest.fn();
  const onBatchFiled = jest.fn();
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ImportPage resource="powers" post={post} submit={submit} onDone={onDone} onBatchFiled={onBatchFiled} />
    </AdminContext>,
  );
  // A county office's layout: a title row, the header on row 2, its own column names.
  const csv = '某县市场监督管理局权责清单,,,\n事项编码,项目名称,权力分类,设定依据\nXC-1,对无照经营的处罚,行政处罚,《中华人民共和国行政处罚法》第十条\nXC-2,对经营场所的检查,监督检查,《行政处罚法》第十一条\n';
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([`\uFEFF${csv}`], '清单.csv', { type: 'text/csv' })] } });
  await screen.findByLabelText('“项目名称”列导入到');
  expect(screen.queryByRole('button', { name: '确认导入' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: '提交职权调整申请' })).toBeDisabled();

  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByText(/全部 2 行校验通过：新增 1 项、变更 1 项/)).toBeInTheDocument();
  expect(previews[0][0]).toMatchObject({ code: 'XC-1', name: '对无照经营的处罚', type: 'penalty', bases: [{ legalBasis: 'law-1', articles: '第十条' }] });
  expect(previews[0][1]).toMatchObject({ type: 'inspection' });

  fireEvent.click(screen.getByRole('button', { name: '提交职权调整申请' }));
  const dialog = await screen.findByRole('dialog', { name: '提交职权调整申请？' });
  expect(dialog).toHaveTextContent('新增 1 项、变更 1 项');
  const confirm = screen.getAllByRole('button', { name: '提交职权调整申请' }).pop() as HTMLElement;
  expect(confirm).toBeDisabled();
  fireEvent.change(screen.getByLabelText(/调整原因/), { target: { value: '首次梳理编制权责清单' } });
  fireEvent.click(confirm);
  await waitFor(() => expect(onBatchFiled).toHaveBeenCalledWith('adj-1'));
  expect(onDone).toHaveBeenCalled();
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ reason: '首次梳理编制权责清单', file: '清单.csv', sheetRows: [3, 4] });
  expect(requests[0].rows).toHaveLength(2);
  expect(requests[0].columns).toMatchObject({ name: '项目名称', type: '权力分类', bases: '设定依据', code: '事项编码' });
});
