// GET /console-api/inbox (issue 14, B): each role's 待办 from the server, in its scope: the editor's
// requests to submit and what was returned to it with the reason; the reviewer's requests to decide,
// only those of its own government's departments (Art. 11 with Art. 5).
import type { InboxItem, InboxMore } from '@nmg/config';
import { bootApp, type TestApp } from '../helpers/app';
import { loadConfig } from '../../config/src/index';
import { ADJUSTMENT, DEPARTMENT, GOVERNMENT, LIST, OFFICER } from '../helpers/data';
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

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
interface Board { overdue: { key: string; count: number; resource: string; filter: { id?: unknown } }[]; overdueLists?: InboxItem[] }
const dashboard = async (username: string): Promise<Board> => {
  const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return res.body as Board;
};

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

test('已逾期 for every role: each sees what is past its deadline for it, with the reason, in its own scope only', async () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  const idOf = async (uid: string, name: string) => Number(((await app.strapi.db.query(uid).findOne({ where: { name }, select: ['id'] })) as { id: number }).id);
  const market = await idOf(DEPARTMENT, '锡林浩特市市场监督管理局');
  const county = await idOf(GOVERNMENT, '锡林浩特市');
  // Fixtures written below the rules: the states a deadline leaves behind, not ones a clerk could enter today.
  const put = async (uid: string, documentId: string, data: Record<string, unknown>) => {
    await app.strapi.db.query(uid).create({ data: { documentId, publishedAt: new Date(), ...data } });
    return documentId;
  };
  const filing = await put('api::major-penalty-filing.major-penalty-filing', 'inboxlatefiling1', { caseNumber: '锡市监罚〔2026〕逾期1号', proposedDecision: '拟罚款', decision: '罚款', department: market, decidedAt: day(-40), filingDeadline: day(-25) });
  const officer = await put(OFFICER, 'inboxlapsedofficer1', { name: '证件过期测试员', status: 'valid', certificateNumber: 'NM99000777', certificateIssuedAt: day(-800), certificateExpiresAt: day(-1), department: market });
  await put(OFFICER, 'inboxlapsedofficer2', { name: '证件失效测试员', status: 'expired', certificateNumber: 'NM99000778', certificateIssuedAt: day(-900), certificateExpiresAt: day(-100), department: market });
  const lateCase = await put('api::accountability-case.accountability-case', 'inboxlatecase1', { title: '逾期未整改测试', subjectKind: 'department', department: market, supervisingGovernment: county, finding: '未按规定公示', measure: 'correction-order', deadline: day(-10), state: 'open' });
  const task = await put('api::adjustment-task.adjustment-task', 'inboxlatetask1', { basisTitle: '《逾期调整测试条例》', reason: '法规修改', department: market, dueDate: day(-5), state: 'open', overdue: false });

  const overdue = async (username: string) => (await inbox(username)).filter((i) => i.overdue);
  const editor = await overdue('county-dept-editor');
  // The dashboard counts every lapsed certificate the inbox lists: expired by date though still
  // recorded valid, or flagged expired by the certificate job (Art. 19).
  const board = (await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer('county-dept-editor'))).body as { certificates: { key: string; count: number }[]; certificateWatch: { key: string; count: number }[] };
  const countOf = (figures: { key: string; count: number }[], key: string) => figures.find((f) => f.key === key)?.count ?? -1;
  expect(countOf(board.certificates, 'certificatesExpiredStillValid') + countOf(board.certificateWatch, 'certificatesExpired')).toBe(editor.filter((i) => i.reason === 'certificateLapsed').length);
  expect(editor.filter((i) => i.reason === 'certificateLapsed').length).toBeGreaterThanOrEqual(2);
  expect(mine(editor, filing)).toMatchObject({ kind: 'filing', resource: 'major-penalty-filings', step: 'file', reason: 'filingLate', due: day(-25), organisation: '锡林浩特市市场监督管理局' });
  expect(mine(editor, officer)).toMatchObject({ kind: 'officer', resource: 'officers', step: 'renew', reason: 'certificateLapsed', title: '证件过期测试员' });
  expect(mine(editor, lateCase)).toMatchObject({ kind: 'case', step: 'correct', reason: 'correctionLate', due: day(-10) });
  expect(mine(editor, task)).toMatchObject({ kind: 'task', step: 'adjust', reason: 'taskLate' });
  expect(mine(await overdue('county-dept-head'), lateCase)).toMatchObject({ step: 'correct' });

  const reviewer = await overdue('county-justice-reviewer');
  expect(mine(reviewer, filing)).toMatchObject({ step: 'supervise', reason: 'filingLate' });
  expect(mine(reviewer, task)).toMatchObject({ step: 'supervise', reason: 'taskLate' });
  expect(mine(reviewer, officer)).toBeUndefined();

  const admin = await overdue('county-gov-admin');
  expect(mine(admin, lateCase)).toMatchObject({ step: 'supervise', reason: 'correctionLate' });
  expect(mine(admin, task)).toMatchObject({ step: 'supervise' });
  expect(mine(admin, filing)).toBeUndefined();

  // Another county's clerks and supervisors see none of it (Art. 5); a viewer has nothing to do.
  for (const username of ['county2-dept-editor', 'county2-justice-reviewer', 'county2-gov-admin']) {
    const ids = (await inbox(username)).map((i) => i.id);
    expect(ids).not.toEqual(expect.arrayContaining([filing]));
    expect(ids.filter((id) => [filing, officer, lateCase, task].includes(id))).toEqual([]);
  }
  expect(await inbox('county-viewer')).toEqual([]);
  // More overdue records of a kind than the inbox lists: it lists the longest overdue and says how
  // many there are in all, with the list of all of them (the count the dashboard gives too).
  const lapsed = editor.filter((i) => i.reason === 'certificateLapsed').length;
  process.env.INBOX_OVERDUE_SHOWN = '1';
  try {
    const body = (await app.http().get('/console-api/inbox').set('Authorization', await app.bearer('county-dept-editor'))).body as { data: InboxItem[]; more: InboxMore[] };
    expect(body.data.filter((i) => i.reason === 'certificateLapsed')).toHaveLength(1);
    expect(body.more.find((m) => m.reason === 'certificateLapsed')).toEqual({ kind: 'officer', reason: 'certificateLapsed', total: lapsed, shown: 1, resource: 'officers', filter: { certificateExpiresAt_lt: day(0) } });
    expect(body.more.find((m) => m.reason === 'correctionLate')?.total ?? 1).toBe(editor.filter((i) => i.reason === 'correctionLate').length);
  } finally {
    delete process.env.INBOX_OVERDUE_SHOWN;
  }
  expect(((await app.http().get('/console-api/inbox').set('Authorization', await app.bearer('county-dept-editor'))).body as { more: InboxMore[] }).more).toEqual([]);

  // Filed, renewed, corrected: off the list.
  await app.strapi.db.query('api::major-penalty-filing.major-penalty-filing').update({ where: { documentId: filing }, data: { filedAt: day(0) } });
  expect(mine(await inbox('county-dept-editor'), filing)).toBeUndefined();
});

test('第十三条 及时: a returned list and a list waiting for review are late the day after the office’s limit, not on it; the gov-admin sees both as 待督办', async () => {
  // The office's own days (config/deadlines.json), not a number of the regulation.
  const { returnedListDays, listReviewDays } = loadConfig().deadlines;
  const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86400000).toISOString();
  const market = Number(((await app.strapi.db.query(DEPARTMENT).findOne({ where: { name: '锡林浩特市市场监督管理局' }, select: ['id'] })) as { id: number }).id);
  const step = (action: string, from: string | null, to: string, daysAgo: number, opinion: string | null = null) => ({ action, from, to, at: at(daysAgo), actor: '收件箱测试', role: null, organisation: null, opinion });
  // Forwarded to the legal review `daysAgo` days ago.
  const forwarded = (daysAgo: number) => [step('create', null, 'draft', daysAgo + 20), step('submit', 'draft', 'submitted', daysAgo + 10), step('forward', 'submitted', 'legal-review', daysAgo)];
  let version = 90;
  // Fixtures written below the rules: versions whose state changed days ago, as only time leaves them.
  const list = async (documentId: string, state: string, history: Record<string, unknown>[]) => {
    await app.strapi.db.query(LIST).create({ data: { documentId, title: `逾期测试清单${version}`, versionNumber: version++, state, department: market, history } });
    return documentId;
  };
  const opinion = '第3项缺少追责情形（逾期测试）';
  const returnedLate = await list('inboxreturnedlate1', 'returned', [...forwarded(returnedListDays + 5), step('return', 'legal-review', 'returned', returnedListDays + 1, opinion)]);
  const returnedInTime = await list('inboxreturnedintime1', 'returned', [...forwarded(returnedListDays + 5), step('return', 'legal-review', 'returned', returnedListDays, opinion)]);
  const reviewLate = await list('inboxreviewlate1', 'legal-review', forwarded(listReviewDays + 1));
  const reviewInTime = await list('inboxreviewintime1', 'legal-review', forwarded(listReviewDays));

  const editor = await inbox('county-dept-editor');
  expect(mine(editor, returnedLate)).toMatchObject({ kind: 'list', resource: 'responsibility-lists', step: 'revise', overdue: true, reason: 'returnedListLate', due: day(-1), opinion });
  // On the last day of the limit it is still in time: listed as returned, with its deadline.
  expect(mine(editor, returnedInTime)).toMatchObject({ step: 'returned', overdue: false, reason: null, due: day(0), opinion });
  expect(mine(editor, reviewLate)).toBeUndefined();
  expect(mine(await inbox('county-dept-head'), returnedLate)).toMatchObject({ step: 'revise', reason: 'returnedListLate' });

  const reviewer = await inbox('county-justice-reviewer');
  expect(mine(reviewer, reviewLate)).toMatchObject({ step: 'approve', overdue: true, reason: 'listReviewLate', due: day(-1) });
  expect(mine(reviewer, reviewInTime)).toMatchObject({ step: 'approve', overdue: false, reason: null, due: day(0) });
  expect(mine(reviewer, returnedLate)).toBeUndefined();

  const admin = await inbox('county-gov-admin');
  expect(mine(admin, returnedLate)).toMatchObject({ kind: 'list', step: 'supervise', overdue: true, reason: 'returnedListLate', organisation: '锡林浩特市市场监督管理局' });
  expect(mine(admin, reviewLate)).toMatchObject({ step: 'supervise', overdue: true, reason: 'listReviewLate' });
  expect(mine(admin, returnedInTime)).toBeUndefined();
  expect(mine(admin, reviewInTime)).toBeUndefined();

  // Another county sees none of it (Art. 5); a viewer has nothing to do.
  for (const username of ['county2-dept-editor', 'county2-justice-reviewer', 'county2-gov-admin']) {
    expect((await inbox(username)).map((i) => i.id).filter((id) => [returnedLate, reviewLate].includes(id))).toEqual([]);
  }
  expect(await inbox('county-viewer')).toEqual([]);

  // The dashboard's 逾期事项 counts the same versions as 已逾期 (one server decision), for every role,
  // and names each one; not on the last day of the limit, yes the day after.
  for (const [username, late] of [['county-dept-editor', [returnedLate]], ['county-dept-head', [returnedLate]], ['county-justice-reviewer', [reviewLate]], ['county-gov-admin', [returnedLate, reviewLate]]] as const) {
    const board = await dashboard(username);
    const figure = board.overdue.find((f) => f.key === 'listsOverdue');
    const mineLate = (ids: readonly string[]) => ids.filter((id) => [returnedLate, returnedInTime, reviewLate, reviewInTime].includes(id)).sort();
    expect({ username, ids: mineLate(idsOf(figure?.filter.id)), named: mineLate((board.overdueLists ?? []).map((i) => i.id)) }).toEqual({ username, ids: [...late].sort(), named: [...late].sort() });
    expect({ username, count: figure?.resource === 'responsibility-lists' ? figure.count : null }).toEqual({ username, count: (await inbox(username)).filter((i) => i.kind === 'list' && i.overdue).length });
  }
  expect(((await dashboard('county2-gov-admin')).overdueLists ?? []).map((i) => i.id).filter((id) => [returnedLate, reviewLate].includes(id))).toEqual([]);

  // No cap on the gov-admin's read: with a page of one version the read goes on to the last page.
  process.env.LATE_LISTS_PAGE = '1';
  try {
    expect(mine(await inbox('county-gov-admin'), reviewLate)).toMatchObject({ step: 'supervise' });
    expect(mine(await inbox('county-gov-admin'), returnedLate)).toMatchObject({ step: 'supervise' });
  } finally {
    delete process.env.LATE_LISTS_PAGE;
  }

  // Sent back today: the clock starts again at the new state, so nobody is late with it any more.
  const row = (await app.strapi.db.query(LIST).findOne({ where: { documentId: returnedLate }, select: ['history'] })) as { history: Record<string, unknown>[] };
  await app.strapi.db.query(LIST).update({ where: { documentId: returnedLate }, data: { state: 'submitted', history: [...row.history, step('submit', 'returned', 'submitted', 0)] } });
  expect(mine(await inbox('county-gov-admin'), returnedLate)).toBeUndefined();
  expect(mine(await inbox('county-dept-editor'), returnedLate)).toBeUndefined();
  expect(mine(await inbox('county-dept-head'), returnedLate)).toMatchObject({ step: 'forward', overdue: false, due: day(listReviewDays) });
});
