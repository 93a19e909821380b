// A refusal reaches the field it concerns (pessimistic save), and a stale edit (409) offers a reload.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { AdminContext, HttpError, memoryStore, mergeTranslations, testDataProvider, type DataProvider } from 'react-admin';
import { zh } from '../i18n';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { SchemaForm } from '../schema/SchemaForm';
import { StaleAwareEdit } from './StaleAwareEdit';

const schema: ResourceSchema = {
  name: 'legal-bases',
  uid: 'api::legal-basis.legal-basis',
  label: '执法依据',
  description: '',
  mainField: 'title',
  draftAndPublish: false,
  actions: ['find', 'findOne', 'update'],
  fields: [
    { name: 'title', label: '名称', type: 'string', required: true, personal: false },
    {
      name: 'articles',
      label: '条款',
      type: 'component',
      required: false,
      personal: false,
      repeatable: true,
      fields: [
        { name: 'number', label: '条款序号', type: 'string', required: true, personal: false },
        { name: 'text', label: '条文内容', type: 'text', required: false, personal: false },
      ],
    },
  ],
};

const record = { id: 'b1', title: '中华人民共和国行政处罚法', articles: [{ number: '第七条', text: '…' }], updatedAt: '2026-01-01T00:00:00.000Z' };
// react-admin's English texts with the console's own (app.*) from the zh catalogue, their only source.
const i18nProvider = polyglotI18nProvider(() => mergeTranslations(englishMessages, { app: zh.app }), 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });

beforeEach(() => {
  // react-admin logs every data provider error in development; these refusals are the point here.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  session.saveToken('jwt', null);
  session.saveProfile({ id: 1, username: 'u', permissions: { 'legal-bases': ['find', 'findOne', 'update'] } }, [schema]);
});
afterEach(() => {
  session.clear();
  jest.restoreAllMocks();
});

function renderEdit(update: DataProvider['update'], getOne: jest.Mock) {
  const dataProvider = testDataProvider({ getOne, update });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <StaleAwareEdit resource="legal-bases" id="b1">
        <SchemaForm schema={schema} />
      </StaleAwareEdit>
    </AdminContext>,
  );
}

async function editTitleAndSave() {
  const title = await screen.findByLabelText(/^名称/);
  fireEvent.change(title, { target: { value: '行政处罚法（修订）' } });
  fireEvent.click(screen.getByRole('button', { name: /save/i }));
}

test('a rule refusal shows under the nested input named by its dotted path', async () => {
  const getOne = jest.fn(async () => ({ data: record }));
  const update = jest.fn(async (_resource: string, _params: { data: unknown }) => {
    throw new HttpError('条款须写明序号。', 400, {
      code: 'INVALID_FIELD',
      errors: { 'articles.0.number': '须写明条款序号', root: { serverError: '条款须写明序号。' } },
    });
  });
  renderEdit(update as unknown as DataProvider['update'], getOne);
  await editTitleAndSave();
  expect(await screen.findByText('须写明条款序号')).toBeInTheDocument();
  // The message sits in the helper text of the first row's 条款序号 input.
  const numberInput = screen.getByLabelText(/^条款序号/);
  const describedBy = numberInput.getAttribute('aria-describedby') ?? '';
  expect(document.getElementById(describedBy.split(' ')[0])).toHaveTextContent('须写明条款序号');
  expect(update).toHaveBeenCalledTimes(1);
  expect(update.mock.calls[0][1]).toMatchObject({ data: { updatedAt: record.updatedAt } });
});

test('409 STALE_VERSION opens the dialog and 重新加载 refetches the record', async () => {
  const getOne = jest
    .fn()
    .mockResolvedValueOnce({ data: record })
    .mockResolvedValue({ data: { ...record, title: '他人保存的名称', updatedAt: '2026-02-02T00:00:00.000Z' } });
  const update = jest.fn(async () => {
    throw new HttpError('该记录已被他人修改，请重新加载后再保存。', 409, { code: 'STALE_VERSION', errors: {}, current: { id: 'b1' } });
  });
  renderEdit(update as unknown as DataProvider['update'], getOne);
  await editTitleAndSave();
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('记录已被他人修改')).toBeInTheDocument();
  fireEvent.click(within(dialog).getByRole('button', { name: '重新加载' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(getOne).toHaveBeenCalledTimes(2);
  await waitFor(() => expect(screen.getByLabelText(/^名称/)).toHaveValue('他人保存的名称'));
});
