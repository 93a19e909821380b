// A write may only point at records its author may read, whichever route carries it: an editor
// cannot put its officer on another county's post (and so change that county's post) through
// the console API (Strapi's own /api writes are closed), in any relation syntax, nor decompose a
// power to another county's agency.
import { bootApp, type TestApp } from '../helpers/app';
import { OFFICER, POWER, auditCount, count, department, findOne, iso, type Row } from '../helpers/data';

let app: TestApp;
let officer: Row;
let foreignPost: Row;
let foreignAgency: Row;
let power: Row;

beforeAll(async () => {
  app = await bootApp();
  const own = await department(app.strapi, '锡林浩特市市场监督管理局');
  const other = await department(app.strapi, '二连浩特市市场监督管理局');
  officer = await findOne(app.strapi, OFFICER, { department: { documentId: own } }, { posts: true, department: true });
  foreignPost = await findOne(app.strapi, 'api::post.post', { agency: { department: { documentId: other } } });
  foreignAgency = await findOne(app.strapi, 'api::agency.agency', { department: { documentId: other } });
  power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: own } });
});
afterAll(async () => {
  await app?.close();
});

const postsOf = async (documentId: unknown): Promise<string[]> => {
  const row = await findOne(app.strapi, OFFICER, { documentId }, { posts: true });
  return (row.posts as Row[]).map((p) => String(p.documentId)).sort();
};

/** The stored version, read from the database (a console GET of an officer is itself an audited read, Art. 21). */
const versionOf = async (uid: string, documentId: unknown): Promise<string> => iso((await findOne(app.strapi, uid, { documentId })).updatedAt);

/** PUT through the console API with the current version (every console save carries it). */
async function consolePut(resource: string, uid: string, id: unknown, patch: Row) {
  const auth = await app.bearer('county-dept-editor');
  return app.http().put(`/console-api/${resource}/${String(id)}`).set('Authorization', auth).send({ updatedAt: await versionOf(uid, id), ...patch });
}

// The console takes relations as id lists; the connect syntaxes of Strapi's REST dialect are refused.
test.each([
  ['a documentId list', (id: string) => [id], 'RELATION_NOT_FOUND'],
  ['connect', (id: string) => ({ connect: [id] }), 'INVALID_FIELD'],
  ['connect with objects', (id: string) => ({ connect: [{ documentId: id }] }), 'INVALID_FIELD'],
])("an officer cannot be put on another county's post (%s)", async (_title, syntax, code) => {
  const before = { posts: await postsOf(officer.documentId), audit: await auditCount(app.strapi) };
  const res = await consolePut('officers', OFFICER, officer.documentId, { posts: syntax(String(foreignPost.documentId)) });
  // The console checks references before the write: another county's post is "not found" to it.
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ code });
  expect(Object.keys(res.body.errors as Row)).toEqual(['posts']);
  expect(await postsOf(officer.documentId)).toEqual(before.posts);
  expect(await auditCount(app.strapi)).toBe(before.audit);
});

test("a power cannot be decomposed to another county's agency (a reference inside a component)", async () => {
  const res = await consolePut('powers', POWER, power.documentId, { decomposition: [{ agency: String(foreignAgency.documentId), role: 'handle' }] });
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ code: 'RELATION_NOT_FOUND' });
  expect(Object.keys(res.body.errors as Row)).toEqual(['decomposition.0.agency']);
  const stored = await findOne(app.strapi, POWER, { documentId: power.documentId }, { decomposition: { populate: { agency: true } } });
  expect((stored.decomposition as Row[]).some((d) => (d.agency as Row | null)?.documentId === foreignAgency.documentId)).toBe(false);
});

test('references to reference data (departments, legal bases) and to own records still work', async () => {
  const ownPosts = await postsOf(officer.documentId);
  const res = await consolePut('officers', OFFICER, officer.documentId, { posts: ownPosts, department: String((officer.department as Row).documentId) });
  expect(res.status).toBe(200);
});
