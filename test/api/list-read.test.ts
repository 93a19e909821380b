// The console's list page is read through the query engine (cms/src/console/list-read.ts), not the
// document service. For every console resource and every kind of reader it must return exactly what
// the document service returns through the scope middleware: the same records, in the same order,
// with the same relations and components, and the same total.
import type { UID } from '@strapi/strapi';
import { bootApp, type TestApp } from '../helpers/app';
import { readListPage } from '../../cms/src/console/list-read';
import { consoleResources } from '../../cms/src/console/resources';
import { consoleFields, consolePopulate, toRecord } from '../../cms/src/console/records';
import { modelOf } from '../../cms/src/store/snapshot';
import { loadUserActor, type UserActor } from '../../cms/src/scope/actor';
import type { ModelLike } from '../../cms/src/scope/populate';
import type { ListQuery } from '../../cms/src/console/query';
import { isRow, type Row } from '../../cms/src/util/row';
import { runWithRequestState } from '../../cms/src/util/request-state';
import { runtimeSelection } from '../../cms/src/store/document-input';
import { countStatements, describeCount } from '../helpers/sql-count';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const READERS = ['county-dept-editor', 'county-viewer', 'county-justice-reviewer', 'league-justice-reviewer', 'region-justice-reviewer', 'region-gov-admin', 'region-dept-editor'];

async function actorOf(username: string): Promise<UserActor> {
  const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, select: ['id'] });
  const actor = await loadUserActor(app.strapi, Number(user.id));
  if (!actor) throw new Error(username);
  return actor;
}

/** What the document service gives the same reader, through the scope middleware. */
async function throughDocumentService(actor: UserActor, uid: string, q: ListQuery, fields: string[], populate: Row, status: Row): Promise<{ rows: Row[]; total: number }> {
  let result: { rows: Row[]; total: number } = { rows: [], total: -1 };
  await runWithRequestState(app.strapi, { nmgActor: actor }, async () => {
    const docs = app.strapi.documents(uid as UID.ContentType);
    const rows: unknown = await docs.findMany({ filters: q.filters, sort: q.sort, start: q.start, limit: q.limit, ...runtimeSelection(fields, populate), ...status });
    const total = await docs.count({ filters: q.filters, ...status });
    result = { rows: Array.isArray(rows) ? rows.filter(isRow) : [], total: Number(total) };
  });
  return result;
}

test('every resource, every kind of reader: the same page and total as the document service', async () => {
  const lookup = (uid: string): ModelLike | undefined => modelOf(app.strapi, uid);
  let compared = 0;
  let nonEmpty = 0;
  for (const username of READERS) {
    const actor = await actorOf(username);
    for (const resource of consoleResources(app.strapi)) {
      const model = modelOf(app.strapi, resource.uid) as ModelLike & { options?: { draftAndPublish?: boolean } };
      const status: { status?: 'draft' } = model.options?.draftAndPublish ? { status: 'draft' } : {};
      for (const embed of [null, []] as (string[] | null)[]) {
        const queries: ListQuery[] = [
          { filters: {}, sort: [{ id: 'asc' }], start: 0, limit: 1000, embed },
          { filters: {}, sort: [{ updatedAt: 'desc' }, { id: 'asc' }], start: 1, limit: 2, embed },
        ];
        for (const q of queries) {
          const fields = consoleFields(model);
          const populate = consolePopulate(model, lookup, embed);
          const expected = await throughDocumentService(actor, resource.uid, q, fields, populate, status);
          const actual = await readListPage(app.strapi, actor, { uid: resource.uid, query: q, fields, populate, status });
          const show = (rows: Row[]) => rows.map((row) => toRecord(row, model, lookup, { privateFields: 'mask' }));
          expect({ who: username, resource: resource.name, rows: show(actual.rows), total: actual.total }).toEqual({ who: username, resource: resource.name, rows: show(expected.rows), total: expected.total });
          compared += 1;
          if (expected.rows.length > 0) nonEmpty += 1;
        }
      }
    }
  }
  // Not a vacuous comparison: most pairs had rows to compare.
  expect(compared).toBeGreaterThan(100);
  expect(nonEmpty).toBeGreaterThan(compared / 3);
});

test('a department reader filtering by another department reads nothing of it (scope ANDed with the filter)', async () => {
  const actor = await actorOf('county-dept-editor');
  const other = await app.strapi.db.query('api::department.department').findOne({ where: { name: '二连浩特市市场监督管理局' }, select: ['documentId'] });
  const model = modelOf(app.strapi, 'api::power.power');
  const page = await readListPage(app.strapi, actor, {
    uid: 'api::power.power',
    query: { filters: { department: { documentId: { $in: [other.documentId] } } }, sort: [{ id: 'asc' }], start: 0, limit: 25, embed: [] },
    fields: consoleFields(model),
    populate: {},
    status: {},
  });
  expect(page).toEqual({ rows: [], total: 0 });
  const own = await readListPage(app.strapi, actor, { uid: 'api::power.power', query: { filters: {}, sort: [{ id: 'asc' }], start: 0, limit: 25, embed: [] }, fields: consoleFields(model), populate: {}, status: {} });
  expect(own.total).toBeGreaterThan(0);
});

test('a full page of powers with its relations and its total is one statement; the query engine sent 1 + 3 + 1 (issue 17)', async () => {
  const uid = 'api::power.power';
  const model = modelOf(app.strapi, uid);
  const lookup = (target: string): ModelLike | undefined => modelOf(app.strapi, target);
  const page = (actor: UserActor, embed: string[]) =>
    readListPage(app.strapi, actor, { uid, query: { filters: {}, sort: [{ name: 'asc' }, { id: 'asc' }], start: 0, limit: 2, embed }, fields: consoleFields(model), populate: consolePopulate(model, lookup, embed), status: {} });
  for (const username of ['county-dept-editor', 'region-justice-reviewer']) {
    const actor = await actorOf(username);
    const { result, count } = await countStatements(app.strapi, () => page(actor, []));
    console.log(describeCount(`${username}: a 2-row page of powers and its total`, count));
    expect(result.rows).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
    expect(count.total).toBe(1);
    expect(result.rows[0].department).toEqual({ id: expect.any(Number), documentId: expect.any(String) });
    // With components (an export's read) the query engine populates: one more statement per component type.
    const withSteps = await countStatements(app.strapi, () => page(actor, ['steps']));
    expect(withSteps.count.total).toBeGreaterThan(2);
    expect(withSteps.result.rows.map((r) => r.documentId)).toEqual(result.rows.map((r) => r.documentId));
  }
});
