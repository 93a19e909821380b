// 已逾期 in the browser (issue 14): a list returned to the clerk and not sent back, and a list waiting
// at the legal review, past the office's own days (config/deadlines.json, Art. 13 及时). The test
// makes its own two versions in the second county's department and dates their last state change in
// the database (only time leaves them so); they are deleted afterwards, so later files (publish.e2e.ts
// takes a department's returned version as its draft) never see them.
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { loadConfig } from '../../config/src/index';
import { apiToken, baseUrl, launch, screenshot, signedIn } from './browser';

let browser: Browser;
let db: Client;
const { returnedListDays, listReviewDays } = loadConfig().deadlines;
const stamp = Date.now().toString(36);
const OPINION = '第2项缺少追责依据，请补充后重新提交。';
const returned = { id: '', title: `逾期未修改的清单（浏览器测试${stamp}）` };
const reviewing = { id: '', title: `逾期未审核的清单（浏览器测试${stamp}）` };

const daysAgo = (days: number): string => new Date(Date.now() - days * 86400000).toISOString();
const entry = (action: string, from: string | null, to: string, days: number, opinion: string | null = null) => ({ action, from, to, at: daysAgo(days), actor: '浏览器测试', role: null, organisation: null, opinion });

/** A new draft version of the clerk's department, through the console API as the clerk. */
async function draft(token: string, title: string, versionNumber: number): Promise<string> {
  const response = await fetch(`${baseUrl()}/console-api/responsibility-lists`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, versionNumber }),
  });
  const body = (await response.json()) as { id?: unknown };
  if (response.status !== 201 || typeof body.id !== 'string') throw new Error(`new version: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
}

/** Puts a version in a state it entered `days` ago, with the history the workflow would have written. */
async function dated(id: string, state: string, history: ReturnType<typeof entry>[]): Promise<void> {
  const result = await db.query('UPDATE responsibility_lists SET state = $1, history = $2::jsonb WHERE document_id = $3', [state, JSON.stringify(history), id]);
  if (result.rowCount === 0) throw new Error(`version ${id} not found`);
}

beforeAll(async () => {
  // global-setup.ts started the system and left its database URL in the environment.
  if (!process.env.DATABASE_URL) throw new Error('desk-overdue.e2e.ts dates its records in the database: set DATABASE_URL with NMG_E2E_BASE_URL');
  db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  browser = await launch();
  const token = await apiToken('county2-dept-editor');
  const base = 900 + (Date.now() % 1000);
  returned.id = await draft(token, returned.title, base);
  reviewing.id = await draft(token, reviewing.title, base + 1);
  const forwarded = (days: number) => [entry('create', null, 'draft', days + 20), entry('submit', 'draft', 'submitted', days + 10), entry('forward', 'submitted', 'legal-review', days)];
  await dated(returned.id, 'returned', [...forwarded(returnedListDays + 10), entry('return', 'legal-review', 'returned', returnedListDays + 3, OPINION)]);
  await dated(reviewing.id, 'legal-review', forwarded(listReviewDays + 2));
  // Dating rows in SQL is no console write, so a dashboard an earlier file loaded (desk-dashboards)
  // could still be served from the cache, or stale while it recomputes. Mark a write for every
  // account, as a console write marks its author's (store/dashboard-writes.ts): each next dashboard
  // is computed afresh and shows the late lists.
  await db.query(`INSERT INTO nmg_dashboard_writes (user_id, seq) SELECT id, nextval('nmg_dashboard_write_seq') FROM up_users
                  ON CONFLICT (user_id) DO UPDATE SET seq = EXCLUDED.seq`);
});

afterAll(async () => {
  await browser?.close();
  if (db) {
    await db.query('DELETE FROM responsibility_lists WHERE document_id = ANY($1::text[])', [[returned.id, reviewing.id].filter(Boolean)]);
    await db.end();
  }
});

/** The inbox item of a title under 已逾期: its link, with the step and the reason in words. */
async function overdueItem(page: Page, title: string) {
  const group = page.locator('section', { has: page.getByRole('heading', { name: /^已逾期（\d+）$/ }) });
  const link = group.getByRole('link', { name: title });
  await link.waitFor();
  return link;
}

/** The dashboard's 逾期事项 card (below the inbox): the version named in it as a link, and the card. */
async function overdueCard(page: Page, title: string) {
  const card = page.getByRole('region', { name: '逾期事项', exact: true });
  const link = card.getByRole('link', { name: title });
  await link.waitFor();
  return { card, link };
}

/** The card agrees with the inbox: it counts the late lists and never says there is nothing to do. */
async function expectCounted(card: Awaited<ReturnType<typeof overdueCard>>['card'], atLeast: number): Promise<void> {
  expect(await card.getByText('没有需要处理的事项。').count()).toBe(0);
  const figure = card.getByRole('link', { name: /逾期未修改或未审核的权责清单/ });
  expect(Number((await figure.innerText()).trim().split(/\s+/)[0])).toBeGreaterThanOrEqual(atLeast);
}

test('the clerk sees the returned list under 已逾期 as 待修改, with the reason, the article and the opinion, and opens it', async () => {
  const page = await signedIn(browser, 'county2-dept-editor', /工作台/);
  const link = await overdueItem(page, returned.title);
  expect(await link.getByText('待修改', { exact: true }).count()).toBe(1);
  const text = await link.innerText();
  expect(text).toContain('超过本机关规定的修改时限仍未重新提交（第十三条');
  expect(text).toContain(`意见：${OPINION}`);
  // The reviewer's list is not the clerk's to act on.
  expect(await page.getByRole('link', { name: reviewing.title }).count()).toBe(0);
  await link.scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-inbox-overdue-clerk');
  // The dashboard's 逾期事项 below counts it and names it, as 待修改 with the reason (issue 14).
  const card = await overdueCard(page, returned.title);
  await expectCounted(card.card, 1);
  expect(await card.link.getByText('待修改', { exact: true }).count()).toBe(1);
  expect(await card.link.innerText()).toContain('超过本机关规定的修改时限仍未重新提交（第十三条');
  expect(await card.card.getByRole('link', { name: reviewing.title }).count()).toBe(0);
  await card.card.scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-dashboard-overdue-clerk');
  await link.click();
  await page.waitForURL(new RegExp(`/console/responsibility-lists/${returned.id}/show`));
  await page.getByTestId('list-state').filter({ hasText: /^已退回$/ }).waitFor();
  await page.context().close();
});

test('the reviewer sees the list waiting for review under 已逾期 as 待审核, with the reason and the article, and opens it', async () => {
  const page = await signedIn(browser, 'county2-justice-reviewer', /工作台/);
  const link = await overdueItem(page, reviewing.title);
  expect(await link.getByText('待审核', { exact: true }).count()).toBe(1);
  expect(await link.innerText()).toContain('超过本机关规定的审核时限仍未审核（第十条、第十一条、第十三条）');
  await link.scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-inbox-overdue-reviewer');
  const card = await overdueCard(page, reviewing.title);
  await expectCounted(card.card, 1);
  expect(await card.link.getByText('待审核', { exact: true }).count()).toBe(1);
  await link.click();
  await page.waitForURL(new RegExp(`/console/responsibility-lists/${reviewing.id}/show`));
  await page.getByTestId('list-state').filter({ hasText: /^法制审核中$/ }).waitFor();
  await page.context().close();
});

test('the gov-admin finds both under 已逾期 and in the dashboard’s 逾期事项 as 待督办, and opens one from the card', async () => {
  const page = await signedIn(browser, 'county2-gov-admin', /工作台/);
  for (const { title } of [returned, reviewing]) {
    const link = await overdueItem(page, title);
    expect(await link.getByText('待督办', { exact: true }).count()).toBe(1);
  }
  const card = await overdueCard(page, returned.title);
  await expectCounted(card.card, 2);
  expect(await card.link.getByText('待督办', { exact: true }).count()).toBe(1);
  expect(await card.card.getByRole('link', { name: reviewing.title }).getByText('待督办', { exact: true }).count()).toBe(1);
  await card.card.scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-dashboard-overdue-gov-admin');
  await card.link.click();
  await page.waitForURL(new RegExp(`/console/responsibility-lists/${returned.id}/show`));
  await page.context().close();
});
