// Issue 14's cross-cutting check: as each demo role, walk every menu entry — its list, several of its
// records' pages (the first, a middle and the last row of the first page: the first is often the most
// complete one) and its new-record form where the role may create — and fail on what a clerk should
// never see: raw JSON, a bare record id, an English enum value or an untranslated message key, a
// server error (5xx) or any console error.
// Two roles walk at a phone's 390 px and check on every screen, too, that the page does not scroll
// sideways (issue 14 point 10; this was phone.e2e.ts's sweep, folded in so each screen is opened once).
// Speed (CI budget ≤ 90 s): one browser, one context per role, navigation inside the app (no reloads),
// and "settled" means no fetch in flight and no progress indicator, watched in the page, not slept on.
import type { Browser, Page } from 'playwright-core';
import { launch, signIn } from './browser';
import { findLeaks } from './screenText';

interface Walker {
  username: string;
  /** At 390 px, checking overflow too. */
  phone: boolean;
  /** Three records of each list (first, middle, last); otherwise the first only. */
  sample: boolean;
}

// The five roles; the department's clerk and the county's administrator, who between them hold
// every record type, on a phone and with three records a list; the others with the first record
// (their record pages differ from these by the actions offered, not by the fields shown).
const WALKERS: Walker[] = [
  { username: 'county-dept-editor', phone: true, sample: true },
  { username: 'county-gov-admin', phone: true, sample: true },
  { username: 'county-dept-head', phone: false, sample: false },
  { username: 'county-justice-reviewer', phone: false, sample: false },
  { username: 'league-viewer', phone: false, sample: false },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the page's fetches in flight (react-admin reads through fetch), so waiting needs no sleep. */
const COUNT_FETCHES = `(() => {
  const original = window.fetch.bind(window);
  window.__inflight = 0;
  window.fetch = (...args) => {
    window.__inflight += 1;
    return original(...args).finally(() => { window.__inflight -= 1; });
  };
})();`;

/** What the page shows: the title bar and the main area (the menu is checked once per role). */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const title = document.querySelector('#react-admin-title')?.textContent ?? '';
    const main = (document.querySelector('#main-content') as HTMLElement | null)?.innerText ?? document.body.innerText;
    return `${title}\n${main}`;
  });
}

/** Settled: two frames after the route changed, no fetch in flight and no progress indicator. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(
    () => (window as unknown as { __inflight?: number }).__inflight === 0 && !document.querySelector('.MuiLinearProgress-root, .MuiCircularProgress-root, .MuiSkeleton-root'),
    undefined,
    { polling: 'raf', timeout: 15000 },
  );
}

/** Goes to a path of the console inside the app (the router follows popstate), as a link would. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', `/console${to}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settled(page);
}

/** A link's path inside the console: '/console/powers' → '/powers', '/console' → '/'. */
const pathOf = (href: string): string => {
  const path = href.replace(/^https?:\/\/[^/]+/, '').replace(/^#/, '');
  return path.startsWith('/console') ? path.slice('/console'.length) || '/' : path;
};

/** The first, a middle and the last record page linked from the list on screen. */
async function recordPaths(page: Page, list: string, sample: boolean): Promise<string[]> {
  const hrefs = await page.locator('#main-content a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  // One path per record (its /show page where the list links both it and the edit form).
  const byId = new Map<string, string>();
  for (const path of hrefs.map(pathOf).filter((p) => p.startsWith(`${list}/`) && !p.endsWith('/create'))) {
    const id = path.slice(list.length + 1).split('/')[0];
    if (!byId.has(id) || path.endsWith('/show')) byId.set(id, path);
  }
  const records = [...byId.values()];
  if (!sample) return records.slice(0, 1);
  if (records.length <= 3) return records;
  return [records[0], records[Math.floor(records.length / 2)], records[records.length - 1]];
}

/** Walks the role's menu; returns how many screens it read (so a walk that read nothing fails). */
async function walk(page: Page, walker: Walker, problems: string[]): Promise<number> {
  const { username } = walker;
  let screens = 0;
  const where = { current: 'sign-in' };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${username} ${where.current}: console error: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => problems.push(`${username} ${where.current}: page error: ${error.message.slice(0, 200)}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${username} ${where.current}: ${response.status()} from ${new URL(response.url()).pathname}`);
  });
  const read = async (path: string) => {
    where.current = path;
    screens += 1;
    for (const leak of findLeaks(await screenText(page))) problems.push(`${username} ${path}: ${leak}`);
    if (walker.phone) {
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (extra > 0) problems.push(`${username} ${path}: ${extra} px wider than the phone`);
    }
  };

  await signIn(page, username);
  await settled(page);
  const menu = (await page.locator('a[role="menuitem"], .MuiListSubheader-root').allInnerTexts()).join('\n');
  for (const leak of findLeaks(menu)) problems.push(`${username} menu: ${leak}`);
  const links = await page.locator('a[role="menuitem"][href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  // Signing in waits for the side menu, which a phone folds away: sign in wide, then narrow.
  if (walker.phone) await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [...new Set(links.map(pathOf))]) {
    where.current = path;
    await go(page, path);
    await read(path);
    const list = /^\/[a-z-]+$/.test(path) ? path : null;
    if (!list) continue;
    const records = await recordPaths(page, list, walker.sample);
    const creates = (await page.locator(`#main-content a[href$="${list}/create"]`).count()) > 0;
    for (const record of records) {
      await go(page, record);
      await read(record);
    }
    // A list whose rows open on click (no links): its first row, as a user would.
    const row = page.locator('#main-content .RaDataTable-table tbody tr, #main-content .RaDatagrid-table tbody tr').first();
    if (records.length === 0 && (await row.count()) > 0) {
      await row.locator('td').nth(1).click();
      await settled(page);
      await read(pathOf(new URL(page.url()).pathname));
      await go(page, list);
    }
    // Only where the role may create (the list offers 新建).
    if (creates) {
      await go(page, `${list}/create`);
      await read(`${list}/create`);
    }
  }
  return screens;
}

/** One role's walk in a context of its own; the screens it read and the seconds it took. */
async function walkAs(walker: Walker, problems: string[]): Promise<string> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(30000);
  await context.addInitScript(COUNT_FETCHES);
  const page = await context.newPage();
  const started = Date.now();
  try {
    const screens = await walk(page, walker, problems);
    if (screens <= 15) problems.push(`${walker.username}: only ${screens} screens read`);
    return `${walker.username}: ${screens} screens in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    await context.close();
  }
}

// The roles walk side by side, three at a time: much of a screen's time is waiting on the server,
// so the walks overlap rather than add up.
test('as each of the five roles every menu entry, its records and its new-record form read in words, without errors', async () => {
  const problems: string[] = [];
  const started = Date.now();
  const queue = [...WALKERS];
  const timings: string[] = [];
  const worker = async () => {
    for (let walker = queue.shift(); walker; walker = queue.shift()) timings.push(await walkAs(walker, problems));
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(`walk: ${((Date.now() - started) / 1000).toFixed(1)} s in all\n${timings.join('\n')}`);
  expect(timings).toHaveLength(WALKERS.length);
  // The audit trail names the record an event concerns (and its type in words), never its documentId.
  expect(problems).toEqual([]);
}, 300000);
