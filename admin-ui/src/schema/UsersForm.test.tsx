// Issue 14 point 1: a gov-admin creates an account from the console: the form has a password input
// that the server accepts, and the roles read in Chinese, never as `dept-editor`.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom';
import { AdminContext, memoryStore, ResourceContextProvider, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { ResourceSchema } from '../providers/types';
import { SchemaForm } from './SchemaForm';

const users: ResourceSchema = {
  name: 'users',
  uid: 'plugin::users-permissions.user',
  label: '用户管理',
  description: '',
  mainField: 'username',
  draftAndPublish: false,
  actions: ['find', 'findOne', 'create', 'update'],
  fields: [
    { name: 'username', label: '用户名', type: 'string', required: true, personal: false },
    { name: 'password', label: '密码（新建必填，修改时留空则不变）', type: 'password', required: false, personal: false },
    { name: 'role', label: '角色', type: 'enumeration', required: true, personal: false, enum: ['dept-editor', 'gov-admin'] },
  ],
};

const me = { id: 1, username: 'a', role: 'gov-admin', roleName: '政府管理员', organisation: '某政府', tier: 'league', scope: 'subtree', permissions: { users: ['find', 'findOne', 'create', 'update'] } };

beforeEach(() => session.saveProfile(me, [users]));
afterEach(() => session.clear());

test('the account form has a password input and roles in Chinese', async () => {
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="users">
        <SchemaForm schema={users} />
      </ResourceContextProvider>
    </AdminContext>,
  );
  const password = await screen.findByLabelText(/^密码/);
  expect(password).toHaveAttribute('type', 'password');
  expect(password).toHaveAttribute('autocomplete', 'new-password');
  fireEvent.mouseDown(screen.getByRole('combobox', { name: /角色/ }));
  expect(await screen.findByRole('option', { name: '部门填报员' })).toBeInTheDocument();
  expect(screen.getByRole('option', { name: '政府管理员' })).toBeInTheDocument();
  expect(screen.queryByText('dept-editor')).not.toBeInTheDocument();
});

// Issue 14 point 5: leaving a half-filled form asks first (react-admin's warnWhenUnsavedChanges,
// which needs the data router main.tsx creates).
test('leaving a half-filled form asks before the changes are lost', async () => {
  const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
            <ResourceContextProvider value="users">
              <Link to="/elsewhere">别处</Link>
              <SchemaForm schema={users} />
            </ResourceContextProvider>
          </AdminContext>
        ),
      },
    ],
    { initialEntries: ['/users/create'] },
  );
  render(<RouterProvider router={router} />);
  fireEvent.change(await screen.findByLabelText(/^用户名/), { target: { value: 'half-filled' } });
  fireEvent.click(screen.getByText('别处'));
  await waitFor(() => expect(confirm).toHaveBeenCalledWith(expect.stringContaining('未保存')));
  expect(router.state.location.pathname).toBe('/users/create');
  confirm.mockRestore();
});
