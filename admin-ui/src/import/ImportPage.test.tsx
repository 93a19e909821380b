// What a staff member does: choose a file, see the mapping, validate, read the report by row and
// column, and confirm only when every row passed — the confirmation sends all rows at once.
import { TextDecoder, TextEncoder } from 'util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { ImportPage } from './ImportPage';
import type { ImportReport, ImportRecord } from './types';

// jsdom lacks the encoders the browser has.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const field = (name: string, label: string, type = 'string', extra = {}) => ({ name, label, type, required: false, personal: false, ...extra });
const agencies: ResourceSchema = {
  name: 'agencies', uid: 'api::agency.agency', label: '执法机构', description: '', mainField: 'name', draftAndPublish: false, actions: ['find', 'create'],
  fields: [field('name', '机构名称'), field('department', '所属部门', 'relation', { reference: 'departments' }), field('description', '说明', 'text')],
};
const departments: ResourceSchema = { ...agencies, name: 'departments', uid: 'api::department.department', label: '部门', fields: [] };
const me = { id: 1, username: 'u', role: 'dept-editor', roleName: '部门填报员', organisation: '某局', tier: 'county', scope: 'department', permissions: { agencies: ['find', 'create'] } };

const dataProvider = testDataProvider({
  getList: (async (_resource: string, params: GetListParams) => {
    const names = (params.filter as { name: string[] }).name;
    const data = [{ id: 'dep-1', name: '锡林浩特市市场监督管理局' }].filter((d) => names.includes(d.name));
    return { data, total: data.length };
  }) as DataProvider['getList'],
});

/** The server: a name '太长的名称' fails on its field; everything else passes. */
function fakeServer() {
  const calls: { rows: ImportRecord[]; commit: boolean }[] = [];
  const post = jest.fn(async (rows: ImportRecord[], commit: boolean): Promise<ImportReport> => {
    calls.push({ rows, commit });
    const reports = rows.map((row, index) => (row.name === '太长的名称' ? { index, ok: false, code: 'INVALID_FIELD', message: '字段“name”过长。', errors: { name: ['长度不能超过 100'] } } : { index, ok: true }));
    const failed = reports.filter((r) => !r.ok).length;
    return { total: rows.length, passed: rows.length - failed, failed, committed: commit && failed === 0, rows: reports };
  });
  return { post, calls };
}


beforeEach(() => {
  session.saveToken('jwt', null);
  session.saveProfile(me, [agencies, departments]);
});
afterEach(() => session.clear());

function renderPage(post: ReturnType<typeof fakeServer>['post'], onDone = jest.fn()) {
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ImportPage resource="agencies" post={post} onDone={onDone} />
    </AdminContext>,
  );
  return onDone;
}

const choose = (csv: string) => {
  const file = new File([`\uFEFF${csv}`], '机构.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
};

test('a sheet with problems: mapping shown, report by spreadsheet row and column, nothing can be confirmed', async () => {
  const { post, calls } = fakeServer();
  renderPage(post);
  choose('机构名称,说明,所属部门,自定义列\r\n执法一科,负责检查,锡林浩特市市场监督管理局,x\r\n太长的名称,,,\r\n执法三科,,不存在的局,\r\n');

  const select = await screen.findByLabelText('“机构名称”列导入到');
  expect(select).toHaveValue('name');
  expect(screen.getByLabelText('“自定义列”列导入到')).toHaveValue('');
  expect(screen.getByText(/以下表头无法识别.*自定义列/)).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  const report = await screen.findByLabelText('校验报告');
  const lines = within(report).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
  expect(lines).toEqual([
    // The rule's name from the catalogue (errors.INVALID_FIELD); the field's own message beside it.
    ['3', '机构名称', '字段的值不符合要求。', '长度不能超过 100'],
    ['4', '所属部门', '引用的记录不存在', '系统中没有所属部门“不存在的局”'],
  ]);
  // The row whose department is unknown is not sent; the dry run wrote nothing.
  expect(calls).toEqual([{ rows: [{ name: '执法一科', description: '负责检查', department: 'dep-1' }, { name: '太长的名称' }], commit: false }]);
  expect(screen.getByRole('button', { name: '确认导入' })).toBeDisabled();
});

test('a clean sheet is validated in chunks of 200 with progress, then confirmed in one request', async () => {
  const { post, calls } = fakeServer();
  const onDone = renderPage(post);
  const lines = Array.from({ length: 450 }, (_, i) => `执法${i}科,说明${i}`);
  choose(`机构名称,说明\n${lines.join('\n')}`);
  await screen.findByLabelText('“说明”列导入到');
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  expect(await screen.findByText(/全部 450 行校验通过/)).toBeInTheDocument();
  expect(calls.map((c) => [c.rows.length, c.commit])).toEqual([[200, false], [200, false], [50, false]]);

  const confirm = screen.getByRole('button', { name: '确认导入' });
  expect(confirm).toBeEnabled();
  fireEvent.click(confirm);
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls[3].commit).toBe(true);
  expect(calls[3].rows).toHaveLength(450);
  expect(calls[3].rows[449]).toEqual({ name: '执法449科', description: '说明449' });
});

test('changing the mapping asks for a new validation before confirming', async () => {
  const { post } = fakeServer();
  renderPage(post);
  choose('机构名称,说明\n执法一科,x');
  await screen.findByLabelText('“说明”列导入到');
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText(/全部 1 行校验通过/);
  fireEvent.change(screen.getByLabelText('“说明”列导入到'), { target: { value: '' } });
  expect(screen.getByRole('button', { name: '确认导入' })).toBeDisabled();
});
