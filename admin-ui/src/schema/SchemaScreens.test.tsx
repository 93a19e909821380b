// Low-code: a field an administrator adds in Strapi's Content-Type Builder reaches the list, the
// filters and the form through the schemas endpoint alone, labelled with the schema's label.
import { fireEvent, render, screen, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { AdminContext, mergeTranslations, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider, type DataProvider } from 'react-admin';
import { zh } from '../i18n';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { SchemaForm } from './SchemaForm';
import { SchemaListView } from './SchemaList';

const plans: ResourceSchema = {
  name: 'inspection-plans',
  uid: 'api::inspection-plan.inspection-plan',
  label: '检查计划',
  description: '',
  mainField: 'title',
  draftAndPublish: false,
  actions: ['find', 'findOne', 'create', 'update'],
  fields: [
    { name: 'title', label: '计划名称', type: 'string', required: true, personal: false },
    { name: 'scope', label: '检查范围', type: 'enumeration', required: false, personal: false, enum: ['routine', 'special'] },
    { name: 'startsAt', label: '开始日期', type: 'date', required: false, personal: false },
    { name: 'notes', label: '备注', type: 'json', required: false, personal: false },
  ],
};

const me = { id: 1, username: 'u', role: 'dept-editor', roleName: '部门填报员', organisation: '某局', tier: 'county', scope: 'department', permissions: { 'inspection-plans': ['find', 'findOne', 'create', 'update'] } };

const dataProvider = testDataProvider({
  getList: (async () => ({ data: [{ id: 'x1', title: '春季双随机检查', scope: 'routine', startsAt: '2026-03-01' }], total: 1 })) as DataProvider['getList'],
});

beforeEach(() => {
  session.saveToken('jwt', null);
  session.saveProfile(me, [plans]);
});
afterEach(() => session.clear());

// react-admin's English texts and the console's own (app.*) from the zh catalogue, but no resource
// keys: labels must come from the schema.
const i18nProvider = polyglotI18nProvider(() => mergeTranslations(englishMessages, { app: zh.app }), 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });

const inAdmin = (children: JSX.Element) =>
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="inspection-plans">{children}</ResourceContextProvider>
    </AdminContext>,
  );

test('the list shows the new resource’s fields as columns with their schema labels and values', async () => {
  inAdmin(<SchemaListView schema={plans} />);
  expect(await screen.findByText('春季双随机检查')).toBeInTheDocument();
  const table = screen.getByRole('table');
  expect(within(table).getByText('计划名称')).toBeInTheDocument();
  expect(within(table).getByText('检查范围')).toBeInTheDocument();
  // JSON is not a list column.
  expect(within(table).queryByText('备注')).not.toBeInTheDocument();
  // Enum values fall back to the raw value when no enums.* key exists.
  expect(within(table).getByText('routine')).toBeInTheDocument();
});

test('the filters offer search, the enumeration and the date range', async () => {
  inAdmin(<SchemaListView schema={plans} />);
  await screen.findByText('春季双随机检查');
  fireEvent.click(screen.getByRole('button', { name: /filter/i }));
  expect(await screen.findByRole('menuitemcheckbox', { name: '检查范围' })).toBeInTheDocument();
  expect(screen.getByRole('menuitemcheckbox', { name: '开始日期（起）' })).toBeInTheDocument();
  expect(screen.getByRole('menuitemcheckbox', { name: '开始日期（止）' })).toBeInTheDocument();
});

test('the form has one labelled input per field, required ones marked', async () => {
  inAdmin(
    <RecordContextProvider value={{ id: 'x1', title: '春季双随机检查', notes: { a: 1 } }}>
      <SchemaForm schema={plans} />
    </RecordContextProvider>,
  );
  // react-admin marks required inputs with an asterisk after the label.
  const title = await screen.findByLabelText(/^计划名称\s*\*$/);
  expect(title).toHaveValue('春季双随机检查');
  expect(screen.getByLabelText(/^开始日期$/)).toBeInTheDocument();
  expect(screen.getByLabelText(/备注/)).toHaveValue('{\n  "a": 1\n}');
});

// Issue 14 point 10: at phone width the list is cards (no table wider than the screen).
test('at 390 px the list shows cards instead of a table', async () => {
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) => ({ matches: query.includes('max-width'), media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
  try {
    inAdmin(<SchemaListView schema={plans} />);
    expect(await screen.findByText('春季双随机检查')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  } finally {
    window.matchMedia = matchMedia;
  }
});
