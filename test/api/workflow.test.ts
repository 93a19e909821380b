// The list workflow (Art. 5, 13) through POST /console-api/responsibility-lists/:id/transition:
// every step by its role and organisation, refusals for the wrong role, organisation and state,
// the recorded history, the atomicity cases (two approvals at once, two publications at once, a
// publication that fails half-way) and the diff against the previous published version.
import type { ConsoleErrorBody } from '../helpers/expect';
import type { ListDiff, ListHistoryEntry, ListWorkflowView, ReviewQueueEntry } from '@nmg/config';
import { ARTICLE } from '../../cms/src/domain/result';
import { isActivePower, submissionFactsOf } from '../../cms/src/domain';
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT } from '../helpers/paths';
import { DEPARTMENT, LIST, POWER, count, department, findOne, type Row } from '../helpers/data';
import { referenceListItems } from '../helpers/list-item-reference';
import { buildListItems } from '../../cms/src/workflow/items';
import { loadListContext, loadSnapshot } from '../../cms/src/workflow/context';
import { freezeForSubmission } from '../../cms/src/workflow/freeze';
import { departmentPowerFacts } from '../../cms/src/store/department-facts';
import { moveColumnSnapshots, SNAPSHOT_ITEMS_TABLE, SNAPSHOT_TABLE, type RawRunner } from '../../cms/src/store/list-snapshot-store';
import { loadDepartmentPowers } from '../../cms/src/store/facts';
import { listRow, putRecord, seededList, step, tierUsers, transition } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const COUNTY = '锡林浩特市市场监督管理局';
const COUNTY2 = '二连浩特市市场监督管理局';
const LEAGUE = '锡林郭勒盟市场监督管理局';
const county = tierUsers('county');

const publishedItems = async (listId: string): Promise<number> => {
  const rows = (await app.strapi.db.connection('published_items').where({ list_id: listId }).count({ n: '*' })) as { n: string }[];
  return Number(rows[0].n);
};

const workflowView = async (username: string, id: string): Promise<ListWorkflowView> => {
  const res = await app.http().get(`/console-api/responsibility-lists/${id}/workflow`).set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return res.body as ListWorkflowView;
};

const refusal = (res: { status: number; body: unknown }) => ({ status: res.status, code: (res.body as ConsoleErrorBody).code });

describe('第十三条: draft → submitted → legal review → approved → published, each step by its owner', () => {
  let id: string;
  beforeAll(async () => {
    id = await seededList(app, COUNTY);
  });

  test('the buttons each user sees follow the role and organisation', async () => {
    expect((await workflowView(county.editor, id)).actions).toEqual(['submit']);
    expect((await workflowView(county.reviewer, id)).actions).toEqual([]);
    expect((await workflowView('county-viewer', id)).actions).toEqual([]);
  });

  test('refusals: wrong state (409), wrong role (403), unknown action (400), another county (404)', async () => {
    expect(refusal(await transition(app, county.reviewer, id, 'approve'))).toEqual({ status: 409, code: 'WRONG_STATE' });
    expect(refusal(await transition(app, 'county-viewer', id, 'submit'))).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    expect(refusal(await transition(app, 'county-gov-admin', id, 'submit'))).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    const bad = await app.http().post(`/console-api/responsibility-lists/${id}/transition`).set('Authorization', await app.bearer(county.editor)).send({ action: 'skip' });
    expect(refusal(bad)).toEqual({ status: 400, code: 'INVALID_ACTION' });
    expect(refusal(await transition(app, 'county2-dept-editor', id, 'submit'))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect((await listRow(app, id)).state).toBe('draft');
  });

  test('submit (editor) freezes the content: snapshot and item count', async () => {
    expect(await step(app, county.editor, id, 'submit')).toBe('submitted');
    const row = await listRow(app, id);
    // The frozen items live beside the version, not in its row (issue 17): later steps rewrite a small row.
    expect(row.snapshot).toBeUndefined();
    const items = (await loadSnapshot(app.strapi, id))?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(row.itemCount).toBe(items.length);
    expect(items.map((i) => i.code)).toContain('SC-XK-001');
    // Organisation units only, never people (Art. 21).
    expect(JSON.stringify(items)).not.toMatch(/certificateNumber|idNumber|officer/);
  });

  test('forward is the head’s: the editor is refused (403 ROLE_FORBIDDEN, 第十三条)', async () => {
    const res = await transition(app, county.editor, id, 'forward');
    expect(refusal(res)).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    expect((res.body as ConsoleErrorBody).message).toContain(ARTICLE.ROLE_FORBIDDEN);
    expect(await step(app, county.head, id, 'forward')).toBe('legal-review');
  });

  test('review is the same government’s justice department: the league’s is refused (403 WRONG_ORGANISATION)', async () => {
    const res = await transition(app, 'league-justice-reviewer', id, 'approve');
    expect(refusal(res)).toEqual({ status: 403, code: 'WRONG_ORGANISATION' });
    expect((res.body as ConsoleErrorBody).message).toContain('第五条');
    expect((await listRow(app, id)).state).toBe('legal-review');
  });

  test('the review queue of the county reviewer holds the version; the league reviewer’s does not', async () => {
    const mine = await app.http().get('/console-api/review-queue').set('Authorization', await app.bearer(county.reviewer));
    expect((mine.body as { data: ReviewQueueEntry[] }).data.map((e) => [e.id, e.actions])).toEqual([[id, ['approve', 'return']]]);
    const league = await app.http().get('/console-api/review-queue').set('Authorization', await app.bearer('league-justice-reviewer'));
    expect((league.body as { data: ReviewQueueEntry[] }).data.map((e) => e.id)).not.toContain(id);
  });

  test('a return needs a written opinion (400 OPINION_REQUIRED); with one the version goes back to the department', async () => {
    expect(refusal(await transition(app, county.reviewer, id, 'return'))).toEqual({ status: 400, code: 'OPINION_REQUIRED' });
    expect(await step(app, county.reviewer, id, 'return', '请补充食品经营许可的收费依据。')).toBe('returned');
    expect((await workflowView(county.editor, id)).actions).toEqual(['submit']);
  });

  test('resubmitted, forwarded, approved and published: items public, history complete', async () => {
    await step(app, county.editor, id, 'submit');
    await step(app, county.head, id, 'forward');
    await step(app, county.reviewer, id, 'approve', '同意。');
    expect(refusal(await transition(app, county.editor, id, 'publish'))).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    expect(await step(app, county.head, id, 'publish')).toBe('published');
    const row = await listRow(app, id);
    expect(row.publicationDate).toBeTruthy();
    expect(await publishedItems(id)).toBe(row.itemCount);
    // The second submission replaced what the first froze; the public rows are exactly its items, in order.
    const frozen = (await loadSnapshot(app.strapi, id))?.items ?? [];
    expect(frozen).toHaveLength(Number(row.itemCount));
    const shown = (await app.strapi.db.connection('published_items').where({ list_id: id }).orderBy('position').select('position', 'code', 'name', 'power_id', 'type', 'status', 'detail')) as Row[];
    // The raw connection hands jsonb back as text.
    expect(shown.map((r) => (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail))).toEqual(frozen);
    expect(shown.map((r) => [r.position, r.code, r.name, r.power_id, r.type, r.status])).toEqual(frozen.map((f, i) => [i + 1, f.code, f.name, f.powerId, f.type, f.status]));
    const history = row.history as ListHistoryEntry[];
    expect(history.map((h) => [h.action, h.from, h.to, h.actor])).toEqual([
      ['create', null, 'draft', 'system'],
      ['submit', 'draft', 'submitted', county.editor],
      ['forward', 'submitted', 'legal-review', county.head],
      ['return', 'legal-review', 'returned', county.reviewer],
      ['submit', 'returned', 'submitted', county.editor],
      ['forward', 'submitted', 'legal-review', county.head],
      ['approve', 'legal-review', 'approved', county.reviewer],
      ['publish', 'approved', 'published', county.head],
    ]);
    expect(history[3]).toMatchObject({ opinion: '请补充食品经营许可的收费依据。', role: 'justice-reviewer', organisation: '锡林浩特市司法局' });
  });

  test('LIST_IMMUTABLE: a published version cannot be edited, and its history cannot be forged', async () => {
    const res = await putRecord(app, county.editor, 'responsibility-lists', LIST, id, { title: '改名' });
    expect(res.status).toBe(400);
    expect((res.body as ConsoleErrorBody).code).toBe('LIST_IMMUTABLE');
    const forged = await putRecord(app, county.head, 'responsibility-lists', LIST, id, { history: [] });
    expect(forged.status).toBe(200);
    expect(((await listRow(app, id)).history as unknown[]).length).toBe(8);
  });

  test('a second version: the diff shows the changed field; publishing it supersedes the first', async () => {
    const power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: await department(app.strapi, COUNTY) } });
    const edited = await putRecord(app, county.editor, 'powers', POWER, String(power.documentId), { promisedTimeLimit: '5个工作日' });
    expect(edited.status).toBe(200);
    const created = await app.http().post('/console-api/responsibility-lists').set('Authorization', await app.bearer(county.editor)).send({ versionNumber: 2, title: '第2版' });
    expect(created.status).toBe(201);
    const v2 = String((created.body as { id: string }).id);
    const diff = (await app.http().get(`/console-api/responsibility-lists/${v2}/diff`).set('Authorization', await app.bearer(county.editor))).body as ListDiff;
    expect(diff.against?.id).toBe(id);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([expect.objectContaining({ code: 'SC-XK-001', fields: [{ field: 'promisedTimeLimit', before: expect.anything(), after: '5个工作日' }] })]);
    expect(diff.unchanged).toBe(Number((await listRow(app, id)).itemCount) - 1);
    await step(app, county.editor, v2, 'submit');
    await step(app, county.head, v2, 'forward');
    await step(app, county.reviewer, v2, 'approve');
    await step(app, county.reviewer, v2, 'publish');
    const first = await listRow(app, id);
    expect(first.state).toBe('superseded');
    expect((first.history as ListHistoryEntry[]).at(-1)).toMatchObject({ action: 'supersede', to: 'superseded' });
    const current = (await app.strapi.db.connection('published_items').where({ department_id: await department(app.strapi, COUNTY), current: true }).distinct('list_id')) as { list_id: string }[];
    expect(current).toEqual([{ list_id: v2 }]);
  });

  test('withdrawal needs a reason; the version leaves the public list', async () => {
    const v2 = String((await findOne(app.strapi, LIST, { versionNumber: 2, department: { documentId: await department(app.strapi, COUNTY) } })).documentId);
    expect(refusal(await transition(app, county.reviewer, v2, 'withdraw'))).toEqual({ status: 400, code: 'OPINION_REQUIRED' });
    expect(refusal(await transition(app, county.head, v2, 'withdraw', '错误'))).toEqual({ status: 403, code: 'ROLE_FORBIDDEN' });
    expect(await step(app, county.reviewer, v2, 'withdraw', '所引依据有误，撤回重新审核。')).toBe('withdrawn');
    const row = await listRow(app, v2);
    expect(row.withdrawalReason).toBe('所引依据有误，撤回重新审核。');
    const live = (await app.strapi.db.connection('published_items').where({ list_id: v2, current: true }).count({ n: '*' })) as { n: string }[];
    expect(Number(live[0].n)).toBe(0);
  });
});

describe('第十三条: atomic steps', () => {
  test('two reviewers approving at once: one succeeds, the other gets 409, one approval recorded', async () => {
    const id = await seededList(app, COUNTY2);
    const u = tierUsers('county2');
    await step(app, u.editor, id, 'submit');
    await step(app, u.head, id, 'forward');
    const results = await Promise.all([transition(app, u.reviewer, id, 'approve'), transition(app, u.reviewer, id, 'approve')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = (await listRow(app, id)).history as ListHistoryEntry[];
    expect(history.filter((h) => h.action === 'approve')).toHaveLength(1);
  });

  test('two versions published at once: exactly one published version remains, with only its items public', async () => {
    const u = tierUsers('county2');
    const deptId = await department(app.strapi, COUNTY2);
    const v1 = await seededList(app, COUNTY2);
    const created = await app.http().post('/console-api/responsibility-lists').set('Authorization', await app.bearer(u.editor)).send({ versionNumber: 2, title: '第2版' });
    const v2 = String((created.body as { id: string }).id);
    await step(app, u.editor, v2, 'submit');
    await step(app, u.head, v2, 'forward');
    await step(app, u.reviewer, v2, 'approve');
    const results = await Promise.all([transition(app, u.reviewer, v1, 'publish'), transition(app, u.head, v2, 'publish')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(await count(app.strapi, LIST, { department: { documentId: deptId }, state: 'published' })).toBe(1);
    expect(await count(app.strapi, LIST, { department: { documentId: deptId }, state: 'superseded' })).toBe(1);
    const published = await findOne(app.strapi, LIST, { department: { documentId: deptId }, state: 'published' });
    const live = (await app.strapi.db.connection('published_items').where({ department_id: deptId, current: true }).distinct('list_id')) as { list_id: string }[];
    expect(live).toEqual([{ list_id: published.documentId }]);
  });

  test('a publication that fails half-way leaves nothing published and the previous version in place', async () => {
    const u = tierUsers('league');
    const id = await seededList(app, LEAGUE);
    await step(app, u.editor, id, 'submit');
    await step(app, u.head, id, 'forward');
    await step(app, u.reviewer, id, 'approve');
    const before = await listRow(app, id);
    // The database refuses the second item row: the first batch is already written when it fails.
    await app.strapi.db.connection.raw(`CREATE FUNCTION fail_second_item() RETURNS trigger AS $$ BEGIN IF NEW.position = 2 THEN RAISE EXCEPTION 'disk full (test)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await app.strapi.db.connection.raw('CREATE TRIGGER fail_second_item BEFORE INSERT ON published_items FOR EACH ROW EXECUTE FUNCTION fail_second_item()');
    try {
      const res = await transition(app, u.reviewer, id, 'publish');
      expect(res.status).toBe(500);
    } finally {
      await app.strapi.db.connection.raw('DROP TRIGGER fail_second_item ON published_items');
      await app.strapi.db.connection.raw('DROP FUNCTION fail_second_item()');
    }
    const after = await listRow(app, id);
    expect({ state: after.state, publicationDate: after.publicationDate, history: after.history }).toEqual({ state: 'approved', publicationDate: null, history: before.history });
    expect(await publishedItems(id)).toBe(0);
    // Once the fault is gone the same step succeeds.
    expect(await step(app, u.reviewer, id, 'publish')).toBe('published');
    expect(await publishedItems(id)).toBe(Number((await listRow(app, id)).itemCount));
  });
});

describe('npm start: the demo lists of the public page', () => {
  test('publishDemoLists walks three demo lists through every rule to published, with their items public', async () => {
    // The compiled server's own module, so the publication runs exactly as under npm start.
    const { publishDemoLists, PUBLISHED_DEMO_DEPARTMENTS } = require(BOOT) as typeof import('../../cms/src/server/boot');
    expect(await publishDemoLists(app.strapi)).toEqual(PUBLISHED_DEMO_DEPARTMENTS);
    for (const name of PUBLISHED_DEMO_DEPARTMENTS) {
      const list = await findOne(app.strapi, LIST, { versionNumber: 1, department: { documentId: await department(app.strapi, name) } });
      expect(list.state).toBe('published');
      expect(await publishedItems(String(list.documentId))).toBe(list.itemCount);
      expect(Number(list.itemCount)).toBeGreaterThan(0);
    }
  });
});

describe('issue 17: the items and the submission facts assembled in SQL', () => {
  test('第十三条: for every seeded department they equal those built from the powers as Strapi populates them', async () => {
    // A recorded 柔性执法 case (Art. 17) with its date, so that an item's guidance is compared too.
    const countyId = await department(app.strapi, COUNTY);
    const countyRow = await findOne(app.strapi, DEPARTMENT, { documentId: countyId });
    const power = await findOne(app.strapi, POWER, { department: { documentId: countyId }, status: 'valid' });
    await app.strapi.db.query('api::guidance-measure.guidance-measure').create({
      data: { kind: 'soft-enforcement-case', title: '首次违法免罚案例', content: '责令改正后未予处罚。', caseDate: '2026-03-01', outcome: '当事人已改正', department: countyRow.id, power: power.id },
    });
    const departments = (await app.strapi.db.query(DEPARTMENT).findMany({ select: ['documentId', 'name'] })) as { documentId: string; name: string }[];
    const seen = { items: 0, discretion: 0, riskPoints: 0, decomposition: 0, guidance: 0, bases: 0 };
    for (const d of departments) {
      const items = await buildListItems(app.strapi, d.documentId, d.name);
      expect(items).toEqual(await referenceListItems(app.strapi, d.documentId, d.name));
      expect(await departmentPowerFacts(app.strapi, d.documentId)).toEqual(await loadDepartmentPowers(app.strapi, d.documentId));
      seen.items += items.length;
      for (const item of items) {
        if (item.discretion.length > 0) seen.discretion += 1;
        if (item.riskPoints.length > 0) seen.riskPoints += 1;
        if (item.decomposition.length > 0) seen.decomposition += 1;
        if (item.bases.length > 0) seen.bases += 1;
        if ((item.guidance ?? []).length > 0) seen.guidance += 1;
      }
    }
    // The comparison covered every part of an item.
    for (const [part, n] of Object.entries(seen)) expect([part, n > 0]).toEqual([part, true]);
  });

  test('第十三条: the submission statement freezes the items and reads the facts that their own statements give, for every seeded department', async () => {
    const departments = (await app.strapi.db.query(DEPARTMENT).findMany({ select: ['documentId', 'name'] })) as { documentId: string; name: string }[];
    // Any version serves: its snapshot is replaced inside a transaction that is rolled back.
    const version = await loadListContext(app.strapi, String((await findOne(app.strapi, LIST, {})).documentId));
    if (!version) throw new Error('no list version');
    class Rollback extends Error {
      constructor(readonly seen: { itemCount: number; facts: unknown; items: unknown }) {
        super('rollback');
      }
    }
    let items = 0;
    for (const d of departments) {
      // The facts of the active powers only, in the submission rules' shape (steps and situations counted).
      const facts = (await departmentPowerFacts(app.strapi, d.documentId)).filter((p) => isActivePower(p.status)).map(submissionFactsOf);
      const expected = { items: await buildListItems(app.strapi, d.documentId, d.name), facts };
      const seen = await app.strapi.db.transaction(async () => {
        const { itemCount, facts } = await freezeForSubmission(app.strapi, { ...version, department: { id: d.documentId, name: d.name, isJustice: false } }, d.documentId);
        throw new Rollback({ itemCount, facts, items: (await loadSnapshot(app.strapi, version.documentId))?.items });
      }).catch((error: unknown) => {
        if (error instanceof Rollback) return error.seen;
        throw error;
      });
      expect(seen).toEqual({ itemCount: expected.items.length, facts: expected.facts, items: expected.items });
      items += expected.items.length;
    }
    expect(items).toBeGreaterThan(0);
  });

  test('an older database: the snapshots its version rows kept are moved to the snapshot tables by the migration', async () => {
    const knex = app.strapi.db.connection;
    const list = await findOne(app.strapi, LIST, { state: 'published' });
    const [listId, documentId] = [Number(list.id), String(list.documentId)];
    const snapshot = await loadSnapshot(app.strapi, documentId);
    const frozenRows = async (): Promise<unknown[]> => (await knex(SNAPSHOT_ITEMS_TABLE).where({ list_id: listId }).orderBy('position')) as unknown[];
    const rows = await frozenRows();
    expect(snapshot?.items.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(snapshot?.items.length ?? -1);
    // The version as an older release kept it: the items in a column of its row, nothing in the tables.
    await knex.raw('ALTER TABLE responsibility_lists ADD COLUMN snapshot jsonb');
    try {
      await knex.raw(`UPDATE responsibility_lists SET snapshot = jsonb_build_object('takenAt', ?::text, 'items', ?::jsonb) WHERE id = ?`, [snapshot?.takenAt, JSON.stringify(snapshot?.items), listId]);
      await knex(SNAPSHOT_TABLE).where({ list_id: listId }).delete();
      expect(await loadSnapshot(app.strapi, documentId)).toBeNull();
      expect(await moveColumnSnapshots(knex as unknown as RawRunner)).toBe(1);
      expect(await loadSnapshot(app.strapi, documentId)).toEqual(snapshot);
      expect(await frozenRows()).toEqual(rows);
      // Run again (a second instance, a retried start): nothing is copied twice.
      expect(await moveColumnSnapshots(knex as unknown as RawRunner)).toBe(0);
      expect(await frozenRows()).toEqual(rows);
    } finally {
      await knex.raw('ALTER TABLE responsibility_lists DROP COLUMN IF EXISTS snapshot');
    }
  });
});
