// GET /console-api/dashboard: the figures of the signed-in user's scope (counts by type and status,
// completeness of decomposition and responsibilities, pending reviews, expiring certificates, overdue
// deadlines), each with the console list filter that reproduces it. Hand counts are the demo seed
// plus the fixtures below, built as the server itself in 锡林浩特市 and in 二连浩特市.
import type { Core, UID } from '@strapi/strapi';
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT, AGENCY, LIST, OFFICER, POST, POWER, department, findOne, legalBasis, type Row } from '../helpers/data';
import { totalOf } from '../helpers/expect';

interface Figure {
  key: string;
  count: number;
  resource: string;
  filter: Record<string, unknown>;
  params?: Record<string, number>;
  truncated?: boolean;
}

interface Figures {
  today: string;
  context: { tier: string | null; governmentName: string | null; organisation: string; scope: string };
  totals: Figure[];
  powersByType: Figure[];
  powersByStatus: Figure[];
  listsByState: Figure[];
  completeness: Figure[];
  pendingReviews: Figure[];
  certificates: Figure[];
  overdue: Figure[];
}

const GROUPS = ['totals', 'powersByType', 'powersByStatus', 'listsByState', 'completeness', 'pendingReviews', 'certificates', 'overdue'] as const;
const COUNTY_DEPT = '锡林浩特市市场监督管理局';
const COUNTY2_DEPT = '二连浩特市市场监督管理局';

let app: TestApp;
const fx: Record<string, string> = {};

const utcToday = (): string => new Date().toISOString().slice(0, 10);
const day = (offset: number): string => new Date(Date.parse(`${utcToday()}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10);

async function create(strapi: Core.Strapi, uid: string, data: Row): Promise<string> {
  const created = (await strapi.documents(uid as UID.ContentType).create({ data })) as Row;
  return String(created.documentId);
}

/** The server's own workflow moves states; fixtures set them directly. */
const setState = (uid: string, documentId: string, state: string) => app.strapi.db.query(uid as UID.Schema).update({ where: { documentId }, data: { state } });

async function figuresOf(username: string): Promise<Figures> {
  const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return res.body as Figures;
}

function figure(figures: Figures, group: (typeof GROUPS)[number], key: string, params?: Record<string, number>): Figure {
  const found = figures[group].find((f) => f.key === key && (!params || JSON.stringify(f.params) === JSON.stringify(params)));
  if (!found) throw new Error(`no figure ${group}.${key} ${JSON.stringify(params ?? {})}`);
  return found;
}

const counts = (figures: Figures, group: (typeof GROUPS)[number]): Record<string, number> =>
  Object.fromEntries(figures[group].map((f) => [f.params?.days ? `${f.key}${f.params.days}` : f.key, f.count]));

const linkedIds = (f: Figure): string[] => (Array.isArray(f.filter.id) ? (f.filter.id as string[]) : []);

/** A decision taken on `decidedAt` after its legal review and collective discussion (Art. 16). */
const decided = (decidedAt: string): Row => ({
  legalReviewer: '法制审核员', legalReviewOpinion: '同意', legalReviewAt: decidedAt,
  discussionAt: decidedAt, discussionParticipants: '局领导班子', discussionDecision: '同意', decision: '罚款五万元', decidedAt,
});

/** Builds the gaps in a department: powers, posts, officers, lists, filings, cases and reports. */
async function countyFixtures(strapi: Core.Strapi): Promise<void> {
  const dept = await department(strapi, COUNTY_DEPT);
  const basis = [{ kind: 'setting', legalBasis: await legalBasis(strapi, '中华人民共和国食品安全法'), articles: '第三十五条' }];
  const agencyOf = async (name: string) => String((await findOne(strapi, AGENCY, { name, department: { documentId: dept } })).documentId);
  const foodAgency = await agencyOf('食品安全监督管理科');
  const caseAgency = await agencyOf('执法稽查大队');
  const steps = [{ step: '受理', content: '依法受理', basis: '' }];
  const accountabilities = [{ situation: '不依法受理的', basis: '' }];
  fx.postNoOfficers = await create(strapi, POST, { name: '仪表盘无人岗', agency: caseAgency, responsibilities: '负责案件办理。' });
  fx.postBlank = await create(strapi, POST, { name: '仪表盘空责岗', agency: foodAgency, responsibilities: '' });
  fx.postIdle = await create(strapi, POST, { name: '仪表盘闲置岗', agency: foodAgency, responsibilities: null });
  const officer = (name: string, status: string, expires: string, posts: string[] = []) =>
    create(strapi, OFFICER, { name, department: dept, status, certificateNumber: `DASH-${name}`, certificateIssuedAt: '2024-01-01', certificateExpiresAt: expires, posts });
  fx.soon = await officer('仪表盘将到期', 'valid', day(10));
  fx.expired = await officer('仪表盘已过期', 'valid', day(-1));
  await officer('仪表盘暂停', 'suspended', day(10));
  await officer('仪表盘空责岗人员', 'valid', '2029-02-28', [fx.postBlank]);
  const power = (code: string, extra: Row) => create(strapi, POWER, { department: dept, code, name: `仪表盘事项${code}`, tier: 'county', status: 'valid', bases: basis, ...extra });
  // Gaps everywhere: no decomposition, no steps, no accountability, an application type without a guide.
  fx.p1 = await power('DASH-1', { type: 'licensing' });
  // One entry without a post is no decomposition (Art. 11).
  fx.p2 = await power('DASH-2', { type: 'penalty', steps, accountabilities, decomposition: [{ agency: caseAgency, role: 'handle' }] });
  // One complete entry next to an incomplete one is decomposed; its post has no officers (Art. 12).
  fx.p3 = await power('DASH-3', { type: 'inspection', steps, accountabilities, decomposition: [{ agency: foodAgency, role: 'review' }, { agency: caseAgency, post: fx.postNoOfficers, role: 'handle' }] });
  // A cancelled power is no longer exercised: none of its gaps count.
  await power('DASH-4', { type: 'inspection', status: 'cancelled' });
  // A blank guide counts as none; its post has officers but no defined responsibility (Art. 12).
  fx.p5 = await power('DASH-5', { type: 'licensing', steps, accountabilities, serviceGuide: '', decomposition: [{ agency: foodAgency, post: fx.postBlank, role: 'handle' }] });
  const submitted = await create(strapi, LIST, { department: dept, title: '仪表盘清单甲', versionNumber: 2, state: 'draft' });
  await setState(LIST, submitted, 'submitted');
  const inReview = await create(strapi, LIST, { department: dept, title: '仪表盘清单乙', versionNumber: 3, state: 'draft' });
  await setState(LIST, inReview, 'legal-review');
  const adjustment = await create(strapi, ADJUSTMENT, { kind: 'change', department: dept, power: fx.p1, reason: '仪表盘测试', state: 'draft' });
  await setState(ADJUSTMENT, adjustment, 'submitted');
  // Art. 16: the server sets the deadline to the decision date plus 15 days (config/deadlines.json).
  const filing = (caseNumber: string, decidedAt: string, filedAt: string | null) =>
    create(strapi, 'api::major-penalty-filing.major-penalty-filing', { department: dept, power: fx.p2, caseNumber, proposedDecision: '罚款五万元', ...decided(decidedAt), filedAt });
  fx.filingOverdue = await filing('DASH-F1', day(-16), null);
  await filing('DASH-F2', day(-16), day(-2));
  await filing('DASH-F3', day(-10), null);
  fx.filingLate = await filing('DASH-F4', day(-30), day(-5));
  const accountabilityCase = (state: string, deadline: string) => create(strapi, 'api::accountability-case.accountability-case', { subjectKind: 'department', department: dept, finding: '仪表盘测试', measure: 'correction-order', deadline, state });
  fx.caseOverdue = await accountabilityCase('open', day(-1));
  await accountabilityCase('closed', day(-1));
  await accountabilityCase('open', day(3));
  // Art. 7: due on 31 March of the next year, so these years' reports are always past due.
  const report = (state: string, year: number) => create(strapi, 'api::annual-report.annual-report', { year, department: dept, state });
  fx.reportOverdue = await report('draft', new Date().getUTCFullYear() - 2);
  await report('submitted', new Date().getUTCFullYear() - 3);
}

/** The other county: gaps that 锡林浩特市's users must never see and the league's must. */
async function secondCountyFixtures(strapi: Core.Strapi): Promise<void> {
  const dept = await department(strapi, COUNTY2_DEPT);
  const basis = [{ kind: 'setting', legalBasis: await legalBasis(strapi, '中华人民共和国食品安全法'), articles: '第三十五条' }];
  fx.p6 = await create(strapi, POWER, { department: dept, code: 'DASH-6', name: '仪表盘二连事项', type: 'licensing', tier: 'county', status: 'valid', bases: basis });
  fx.soon2 = await create(strapi, OFFICER, { name: '二连将到期', department: dept, status: 'valid', certificateNumber: 'DASH-2-1', certificateExpiresAt: day(20) });
  fx.filing2 = await create(strapi, 'api::major-penalty-filing.major-penalty-filing', { department: dept, caseNumber: 'DASH-F6', proposedDecision: '罚款五万元', ...decided(day(-18)), filedAt: null });
}

beforeAll(async () => {
  app = await bootApp();
  await countyFixtures(app.strapi);
  await secondCountyFixtures(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

test('without a token → 401 UNAUTHENTICATED', async () => {
  const res = await app.http().get('/console-api/dashboard');
  expect(res.status).toBe(401);
  expect((res.body as { code: string }).code).toBe('UNAUTHENTICATED');
});

describe('county-dept-editor (锡林浩特市市场监督管理局): its department only', () => {
  let figures: Figures;
  beforeAll(async () => {
    figures = await figuresOf('county-dept-editor');
  });

  test('the dashboard names the government and tier', () => {
    expect(figures.context).toEqual({ tier: 'county', governmentName: '锡林浩特市', organisation: COUNTY_DEPT, scope: 'department' });
    expect(figures.today).toBe(utcToday());
  });

  test('powers by type and status: the 5 seeded items plus DASH-1,2,3,5 active and DASH-4 cancelled', () => {
    expect(counts(figures, 'totals')).toEqual({ activePowers: 9 });
    expect(counts(figures, 'powersByType')).toEqual({ licensing: 3, confirmation: 0, adjudication: 0, payment: 0, reward: 0, filing: 0, inspection: 2, penalty: 3, coercion: 1, levy: 0, other: 0 });
    expect(counts(figures, 'powersByStatus')).toEqual({ valid: 9, cancelled: 1, delegated: 0, undertaken: 0, changed: 0 });
  });

  test('第十一条 decomposition: DASH-1 (no entry) and DASH-2 (entry without post) count, DASH-3 (one complete entry) does not', () => {
    const f = figure(figures, 'completeness', 'powersWithoutDecomposition');
    expect(f.count).toBe(2);
    expect(linkedIds(f).sort()).toEqual([fx.p1, fx.p2].sort());
  });

  test('第十三条 list elements: no accountability, no steps, no service guide (null or blank), active powers only', () => {
    expect(counts(figures, 'completeness')).toMatchObject({ powersWithoutAccountabilities: 1, powersWithoutSteps: 1, powersWithoutServiceGuide: 2 });
    expect(linkedIds(figure(figures, 'completeness', 'powersWithoutAccountabilities'))).toEqual([fx.p1]);
    expect(linkedIds(figure(figures, 'completeness', 'powersWithoutServiceGuide')).sort()).toEqual([fx.p1, fx.p5].sort());
  });

  test('第十二条 posts holding powers without officers or responsibilities; a post without powers does not count', () => {
    expect(linkedIds(figure(figures, 'completeness', 'postsWithoutOfficers'))).toEqual([fx.postNoOfficers]);
    expect(linkedIds(figure(figures, 'completeness', 'postsWithoutResponsibilities'))).toEqual([fx.postBlank]);
  });

  test('lists by state; the editor takes no review step, so it gets no review cards (issue 14, point 6)', () => {
    expect(counts(figures, 'listsByState')).toMatchObject({ draft: 1, submitted: 1, 'legal-review': 1, published: 0 });
    expect(counts(figures, 'pendingReviews')).toEqual({});
  });

  test('the department head forwards lists in review (Art. 13) but does not decide adjustments (Art. 11): one review card', async () => {
    expect(counts(await figuresOf('county-dept-head'), 'pendingReviews')).toEqual({ listsInReview: 2 });
  });

  test('第十九条 certificates: the seeded one 45 days ahead and DASH 10 days ahead within 60, DASH only within 30, one expired still valid', () => {
    expect(counts(figures, 'certificates')).toEqual({ certificatesExpiring60: 2, certificatesExpiring30: 1, certificatesExpiredStillValid: 1 });
    expect(figure(figures, 'certificates', 'certificatesExpiring', { days: 60 }).filter).toEqual({ status: 'valid', certificateExpiresAt_gte: utcToday(), certificateExpiresAt_lte: day(60) });
  });

  test('overdue: a filing past its deadline and not filed, an open case past its deadline, a report not submitted past its due date', () => {
    expect(counts(figures, 'overdue')).toEqual({
      filingsOverdue: 1, accountabilityCasesOverdue: 1, annualReportsOverdue: 1,
      filingsFiledLate: 1, filingsNotReceived: 2, annualReportsSubmittedLate: 0, annualReportsReturnedOverdue: 0, listsOverdue: 0,
    });
    expect(figure(figures, 'overdue', 'filingsFiledLate').filter).toEqual({ filedLate: true });
  });

  test('never another county: 二连浩特市 items are in no figure and no link', () => {
    const linked = GROUPS.flatMap((g) => figures[g].flatMap(linkedIds));
    expect(linked).not.toContain(fx.p6);
    expect(figure(figures, 'completeness', 'powersWithoutDecomposition').count).toBe(2);
  });
});

describe('every figure links to a console list that shows exactly the counted records', () => {
  test.each(['county-dept-editor', 'county2-dept-editor', 'league-viewer', 'region-justice-reviewer'])('%s', async (username) => {
    const figures = await figuresOf(username);
    const auth = await app.bearer(username);
    for (const group of GROUPS) {
      for (const f of figures[group]) {
        const res = await app.http().get(`/console-api/${f.resource}`).query({ filter: JSON.stringify(f.filter), range: '[0,0]' }).set('Authorization', auth);
        expect({ figure: `${group}.${f.key}`, status: res.status, total: res.status === 200 ? totalOf(res.headers['content-range']) : null }).toEqual({ figure: `${group}.${f.key}`, status: 200, total: f.count });
      }
    }
  });
});

describe('league-viewer (锡林郭勒盟): the league and its counties', () => {
  test('the league, 锡林浩特市 and 二连浩特市 together', async () => {
    const figures = await figuresOf('league-viewer');
    expect(figures.context).toMatchObject({ tier: 'league', governmentName: '锡林郭勒盟', scope: 'subtree' });
    // Seed: 21 powers in six departments; fixtures: 4 active in 锡林浩特市, 1 in 二连浩特市.
    expect(counts(figures, 'totals')).toEqual({ activePowers: 26 });
    expect(linkedIds(figure(figures, 'completeness', 'powersWithoutDecomposition')).sort()).toEqual([fx.p1, fx.p2, fx.p6].sort());
    // Seed: every 7th officer (6 in the league's subtree) expires in 45 days; fixtures: 10 and 20 days.
    expect(counts(figures, 'certificates')).toEqual({ certificatesExpiring60: 8, certificatesExpiring30: 2, certificatesExpiredStillValid: 1 });
    expect(counts(figures, 'overdue')).toEqual({
      filingsOverdue: 2, accountabilityCasesOverdue: 1, annualReportsOverdue: 1,
      filingsFiledLate: 1, filingsNotReceived: 2, annualReportsSubmittedLate: 0, annualReportsReturnedOverdue: 0, listsOverdue: 0,
    });
    expect(counts(figures, 'listsByState')).toMatchObject({ draft: 6, submitted: 1, 'legal-review': 1 });
  });

  test('county2-dept-editor sees its own gap only', async () => {
    const figures = await figuresOf('county2-dept-editor');
    expect(linkedIds(figure(figures, 'completeness', 'powersWithoutDecomposition'))).toEqual([fx.p6]);
    expect(counts(figures, 'overdue')).toEqual({
      filingsOverdue: 1, accountabilityCasesOverdue: 0, annualReportsOverdue: 0,
      filingsFiledLate: 0, filingsNotReceived: 0, annualReportsSubmittedLate: 0, annualReportsReturnedOverdue: 0, listsOverdue: 0,
    });
    expect(counts(figures, 'certificates')).toEqual({ certificatesExpiring60: 2, certificatesExpiring30: 1, certificatesExpiredStillValid: 0 });
  });
});

interface Subordinate { id: string; name: string; tier: string; codePrefix: string; figures: Figure[] }

async function subordinatesOf(username: string): Promise<Subordinate[]> {
  const res = await app.http().get('/console-api/dashboard').set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return (res.body as { subordinates: Subordinate[] }).subordinates;
}

const countOf = (s: Subordinate | undefined, key: string): number | undefined => s?.figures.find((f) => f.key === key)?.count;

describe('issue 14, point 6: a league and the region compare their subordinate governments (Art. 5, Art. 23)', () => {
  test.each(['county-gov-admin', 'county-justice-reviewer', 'county-dept-editor', 'league-dept-editor'])('%s compares none: a county has no subordinate government to compare, a department supervises none', async (username) => {
    expect(await subordinatesOf(username)).toEqual([]);
  });

  test('league-viewer: its counties only, each counted as that county itself counts', async () => {
    const subs = await subordinatesOf('league-viewer');
    expect(subs.length).toBeGreaterThan(2);
    expect(subs.every((s) => s.tier === 'county' && s.codePrefix.startsWith('1525'))).toBe(true);
    const names = subs.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['锡林浩特市', '二连浩特市']));
    expect(names).not.toContain('锡林郭勒盟');
    const county = subs.find((s) => s.name === '锡林浩特市');
    const county2 = subs.find((s) => s.name === '二连浩特市');
    const own = counts(await figuresOf('county-gov-admin'), 'totals').activePowers;
    expect(countOf(county, 'activePowers')).toBe(own);
    expect(countOf(county2, 'activePowers')).toBe(counts(await figuresOf('county2-gov-admin'), 'totals').activePowers);
    // Fixtures: lists submitted and in legal review in 锡林浩特市 only.
    expect(countOf(county, 'listsInReview')).toBe(2);
    expect(countOf(county2, 'listsInReview')).toBe(0);
    const c2 = counts(await figuresOf('county2-gov-admin'), 'certificates');
    expect(countOf(county2, 'certificateWarnings')).toBe(c2.certificatesExpiring60 + c2.certificatesExpiredStillValid);
  });

  test('region-justice-reviewer: the twelve leagues; 锡林郭勒盟 counted as the league counts itself', async () => {
    const subs = await subordinatesOf('region-justice-reviewer');
    expect(subs).toHaveLength(12);
    expect(subs.every((s) => s.tier === 'league')).toBe(true);
    const league = subs.find((s) => s.name === '锡林郭勒盟');
    expect(countOf(league, 'activePowers')).toBe(26);
    expect(subs.filter((s) => s.name !== '锡林郭勒盟').every((s) => countOf(s, 'listsInReview') === 0)).toBe(true);
  });

  test.each(['league-viewer', 'region-justice-reviewer'])('%s: each figure of the comparison links to a list of exactly its records', async (username) => {
    const auth = await app.bearer(username);
    const subs = await subordinatesOf(username);
    for (const s of subs.filter((x) => ['锡林浩特市', '二连浩特市', '锡林郭勒盟', '呼和浩特市'].includes(x.name))) {
      for (const f of s.figures) {
        expect(f.filter.subtree).toBe(s.codePrefix);
        const res = await app.http().get(`/console-api/${f.resource}`).query({ filter: JSON.stringify(f.filter), range: '[0,0]' }).set('Authorization', auth);
        expect({ figure: `${s.name}.${f.key}`, status: res.status, total: totalOf(res.headers['content-range']) }).toEqual({ figure: `${s.name}.${f.key}`, status: 200, total: f.count });
      }
    }
  });

  test('the subtree filter narrows, never widens: a county user asking for another county gets nothing of it', async () => {
    const subs = await subordinatesOf('league-viewer');
    const prefix = subs.find((s) => s.name === '二连浩特市')?.codePrefix ?? '';
    const res = await app.http().get('/console-api/powers').query({ filter: JSON.stringify({ subtree: prefix }), range: '[0,0]' }).set('Authorization', await app.bearer('county-gov-admin'));
    expect(res.status).toBe(200);
    expect(totalOf(res.headers['content-range'])).toBe(0);
  });

  test('organisation pickers: the subtree filter on departments and governments with a name search (issue 14, point 7)', async () => {
    const auth = await app.bearer('county-dept-editor');
    const list = async (resource: string, filter: Record<string, unknown>) => {
      const res = await app.http().get(`/console-api/${resource}`).query({ filter: JSON.stringify(filter), range: '[0,99]' }).set('Authorization', auth);
      expect(res.status).toBe(200);
      return (res.body as Row[]).map((r) => String(r.name));
    };
    const departments = await list('departments', { subtree: '152502', q: '市场监督管理局' });
    expect(departments).toEqual(['锡林浩特市市场监督管理局']);
    expect((await list('departments', { q: '市场监督管理局' })).length).toBeGreaterThan(2);
    const governments = await list('governments', { subtree: '152502' });
    expect(governments).toContain('锡林浩特市');
    expect(governments).not.toContain('二连浩特市');
  });

  test('a malformed subtree filter is a 400 INVALID_FILTER on the field', async () => {
    const res = await app.http().get('/console-api/powers').query({ filter: JSON.stringify({ subtree: 'x; drop' }) }).set('Authorization', await app.bearer('league-viewer'));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_FILTER', errors: { subtree: [expect.any(String)] } });
  });
});

test('a resource the role may not list contributes no figures (officers withdrawn from 查看者)', async () => {
  const role = await findOne(app.strapi, 'plugin::users-permissions.role', { type: 'viewer' });
  await app.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: `${OFFICER}.find`, role: { id: role.id } } });
  const figures = await figuresOf('league-viewer');
  expect(figures.certificates).toEqual([]);
  expect(counts(figures, 'totals')).toEqual({ activePowers: 26 });
});
