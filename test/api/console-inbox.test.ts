// GET /console-api/inbox (issue 14, B): each role's 待办 from the server, in its scope: the editor's
// requests to submit and what was returned to it with the reason; the reviewer's requests to decide,
// only those of its own government's departments (Art. 11 with Art. 5).
import type { InboxItem } from '@nmg/config';
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT } from '../helpers/data';
import { putRecord } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const inbox = async (username: string): Promise<InboxItem[]> => {
  const res = await app.http().get('/console-api/inbox').set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return (res.body as { data: InboxItem[] }).data;
};

const mine = (items: InboxItem[], id: string) => items.find((i) => i.id === id);

test('a request goes from the editor’s inbox to its own reviewer’s, and comes back returned with the reason', async () => {
  const created = await app.http().post('/console-api/power-adjustments').set('Authorization', await app.bearer('county-dept-editor'))
    .send({ state: 'draft', kind: 'add', reason: '新设行政检查事项（收件箱测试）', proposedName: '收件箱测试事项' });
  expect(created.status).toBe(201);
  const id = String((created.body as { id: string }).id);
  expect(mine(await inbox('county-dept-editor'), id)).toMatchObject({ kind: 'adjustment', resource: 'power-adjustments', step: 'submit' });
  expect(mine(await inbox('county-justice-reviewer'), id)).toBeUndefined();

  expect((await putRecord(app, 'county-dept-editor', 'power-adjustments', ADJUSTMENT, id, { state: 'submitted' })).status).toBe(200);
  expect(mine(await inbox('county-dept-editor'), id)).toBeUndefined();
  expect(mine(await inbox('county-justice-reviewer'), id)).toMatchObject({ step: 'decide' });
  // The league's reviewer does not decide a county department's request.
  expect(mine(await inbox('league-justice-reviewer'), id)).toBeUndefined();

  expect((await putRecord(app, 'county-justice-reviewer', 'power-adjustments', ADJUSTMENT, id, { state: 'rejected', opinion: '缺少设定依据，请补充。' })).status).toBe(200);
  const returned = mine(await inbox('county-dept-editor'), id);
  expect(returned).toMatchObject({ step: 'returned', opinion: '缺少设定依据，请补充。' });
  expect(mine(await inbox('county-justice-reviewer'), id)).toBeUndefined();
});

test('a viewer has nothing to do; returned and overdue items come before the rest', async () => {
  expect(await inbox('county-viewer')).toEqual([]);
  const items = await inbox('county-dept-editor');
  const ranks = items.map((i) => (i.overdue ? 0 : i.step === 'returned' ? 1 : 2));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('the inbox needs a signed-in user', async () => {
  expect((await app.http().get('/console-api/inbox')).status).toBe(401);
});

test('第七条: a government’s annual report is the gov-admin’s to submit, then the league’s to accept, and returned with the opinion (issue 14, point 5)', async () => {
  const year = new Date().getUTCFullYear() - 1;
  const created = await app.http().post('/console-api/annual-reports').set('Authorization', await app.bearer('county-gov-admin')).send({ year });
  expect(created.status).toBe(201);
  const id = String((created.body as { id: string }).id);
  expect(mine(await inbox('county-gov-admin'), id)).toMatchObject({ kind: 'report', resource: 'annual-reports', step: 'submit' });
  expect(mine(await inbox('league-gov-admin'), id)).toBeUndefined();
  // A department clerk neither reports for its government nor receives it.
  expect(mine(await inbox('county-dept-editor'), id)).toBeUndefined();

  const step = async (username: string, body: Record<string, string>) => app.http().post(`/console-api/annual-reports/${id}/transition`).set('Authorization', await app.bearer(username)).send(body);
  expect((await step('county-gov-admin', { action: 'submit' })).status).toBe(200);
  expect(mine(await inbox('county-gov-admin'), id)).toBeUndefined();
  expect(mine(await inbox('league-gov-admin'), id)).toMatchObject({ step: 'accept' });

  expect((await step('league-gov-admin', { action: 'return', opinion: '请补充培训情况。' })).status).toBe(200);
  expect(mine(await inbox('county-gov-admin'), id)).toMatchObject({ step: 'returned', opinion: '请补充培训情况。' });
  expect(mine(await inbox('league-gov-admin'), id)).toBeUndefined();
});
