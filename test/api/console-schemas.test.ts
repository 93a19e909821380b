// The console builds its screens from GET /console-api/schemas: resources the role may use, their
// fields with Chinese labels (config/labels.json, seeded into Strapi admin's view configuration,
// where an administrator's own label wins), and Strapi's validation answered in Chinese.
import { bootApp, type TestApp } from '../helpers/app';

interface Field { name: string; label: string; type: string; required: boolean; personal: boolean; reference?: string; fields?: Field[] }
interface ResourceDescription { name: string; label: string; actions: string[]; fields: Field[] }

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const schemas = async (username: string): Promise<ResourceDescription[]> => {
  const res = await app.http().get('/console-api/schemas').set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return res.body as ResourceDescription[];
};

test('fields carry their Chinese labels, components included', async () => {
  const powers = (await schemas('county-dept-editor')).find((r) => r.name === 'powers');
  expect(powers?.label).toBe('权责事项');
  const field = (name: string) => powers?.fields.find((f) => f.name === name);
  expect(field('name')?.label).toBe('权力名称');
  expect(field('department')).toMatchObject({ type: 'relation', reference: 'departments' });
  expect(field('bases')?.fields?.find((f) => f.name === 'articles')?.label).toBe('条款');
});

test('第二十一条: personal fields are flagged; a role sees only the resources it may use', async () => {
  const editor = await schemas('county-dept-editor');
  expect(editor.find((r) => r.name === 'officers')?.fields.find((f) => f.name === 'idNumber')?.personal).toBe(true);
  expect(editor.map((r) => r.name)).not.toContain('audit-logs');
  expect(editor.find((r) => r.name === 'interference-records')?.actions).toEqual(['create']);
});

test("a label an administrator set in Strapi admin is kept and shown by the console", async () => {
  const store = { type: 'plugin' as const, name: 'content_manager_configuration', key: 'content_types::api::agency.agency' };
  const config = (await app.strapi.store.get(store)) as { metadatas: Record<string, { edit: { label: string } }> };
  config.metadatas.name.edit.label = '内设机构名称';
  await app.strapi.store.set({ ...store, value: config });
  const agencies = (await schemas('county-dept-editor')).find((r) => r.name === 'agencies');
  expect(agencies?.fields.find((f) => f.name === 'name')?.label).toBe('内设机构名称');
});

test("Strapi's own validation is answered in Chinese, by field", async () => {
  const res = await app.http().post('/console-api/agencies').set('Authorization', await app.bearer('county-dept-editor')).send({ description: '没有名称' });
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('VALIDATION');
  expect(res.body.errors.name).toEqual(['必填']);
  expect(res.body.message).toBe('字段“name”必填。');
});
