// The dashboard of a signed-in user's tier: counts by type and status, completeness of decomposition
// (Art. 11) and responsibilities (Art. 12, 13), pending reviews, expiring certificates (Art. 19) and
// overdue deadlines. Every figure is read through strapi.documents(), so the document-service
// middleware confines it to the user's scope exactly as the console lists are, and every figure
// carries the console list filter that reproduces it, so the console links each figure to its list.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig, type ConsoleFilter, type DashboardContext, type Figure, type InboxItem } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../domain';
import { postsHoldingPowers, today as serverToday } from '../store/facts';
import { asRow, isRow, rowsOf, strOf, type Row } from '../util/row';
import { runWithRequestState } from '../util/request-state';
import type { ConsoleUser } from './auth';
import { consoleResources } from './resources';
import { reportingOverdue } from './dashboard-reporting';
import { lateLists } from './inbox-lists-late';

// The wire shape of a figure is the contract in config/src/dashboard.ts, shared with the console.
export type { ConsoleFilter, FilterValue as ConsoleFilterValue, Figure, DashboardContext } from '@nmg/config';

/** Every group is empty when the user's role may not read the resource behind it. */
export interface DashboardFigures {
  today: string;
  context: DashboardContext;
  totals: Figure[];
  powersByType: Figure[];
  powersByStatus: Figure[];
  listsByState: Figure[];
  completeness: Figure[];
  pendingReviews: Figure[];
  certificates: Figure[];
  overdue: Figure[];
  /** The late list versions the 逾期事项 figure listsOverdue counts (the inbox's, inbox-lists-late.ts), the first OVERDUE_LIST_LINKS. */
  overdueLists: InboxItem[];
  /** Region tier only: each scheduled job's last run and its failed records (issue 13). */
}

/** Gaps that the list filter dialect cannot express link by id; a URL must stay well below 16 KB. */
export const ID_LINK_LIMIT = 200;
const PAGE = 500;
/** Late lists named one by one in the 逾期事项 card; the figure counts them all and links to the rest. */
export const OVERDUE_LIST_LINKS = 10;

const UIDS = {
  power: 'api::power.power',
  post: 'api::post.post',
  officer: 'api::officer.officer',
  list: 'api::responsibility-list.responsibility-list',
  adjustment: 'api::power-adjustment.power-adjustment',
  filing: 'api::major-penalty-filing.major-penalty-filing',
  accountabilityCase: 'api::accountability-case.accountability-case',
  annualReport: 'api::annual-report.annual-report',
  government: 'api::government.government',
} as const;

const ACTIVE = [...ACTIVE_POWER_STATUSES];
const enumOf = (strapi: Core.Strapi, uid: string, field: string): string[] => {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes?: Record<string, { enum?: string[] }> } | undefined;
  return model?.attributes?.[field]?.enum ?? [];
};

export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** Reads of one resource on behalf of the user; null when the role may not list it. */
function reader(strapi: Core.Strapi, user: ConsoleUser, uid: string) {
  const resource = consoleResources(strapi).find((r) => r.uid === uid);
  if (!resource || !user.actions.has(`${uid}.find`)) return null;
  const docs = strapi.documents(uid as UID.ContentType);
  const count = async (filters: Row): Promise<number> => Number(await docs.count({ filters }));
  const page = async (filters: Row, start: number, limit: number, populate?: Row): Promise<Row[]> =>
    rowsOf(await docs.findMany({ filters, fields: ['documentId'], sort: [{ id: 'asc' }], start, limit, ...(populate ? { populate } : {}) }));
  const figure = async (key: string, filters: Row, filter: ConsoleFilter, params?: Figure['params']): Promise<Figure> =>
    ({ key, count: await count(filters), resource: resource.name, filter, ...(params ? { params } : {}) });
  /** A figure whose records the list dialect cannot select by condition: linked by their ids. */
  const idFigure = (key: string, count: number, ids: string[]): Figure =>
    ({ key, count, resource: resource.name, filter: { id: ids.slice(0, ID_LINK_LIMIT) }, ...(count > ID_LINK_LIMIT ? { truncated: true } : {}) });
  return { name: resource.name, count, page, figure, idFigure };
}

type Reader = NonNullable<ReturnType<typeof reader>>;
const idsOf = (rows: Row[]): string[] => rows.map((r) => strOf(r, 'documentId')).filter((id): id is string => id !== null);

/** Active powers whose every decomposition entry lacks an agency or a post (Art. 11). */
async function undecomposedPowers(powers: Reader): Promise<Figure> {
  const active = { status: { $in: ACTIVE } };
  // The join lists one row per entry, so "some entry is complete" is exact while "no entry is
  // complete" is not expressible as a filter: count by difference, then find the ids among the
  // candidates (no entry, or an incomplete one) by reading their entries.
  const decomposed = await powers.count({ $and: [active, { decomposition: { agency: { id: { $notNull: true } }, post: { id: { $notNull: true } } } }] });
  const total = await powers.count(active);
  const candidates = { $and: [active, { decomposition: { $or: [{ agency: { id: { $null: true } } }, { post: { id: { $null: true } } }] } }] };
  const populate = { decomposition: { populate: { agency: { fields: ['documentId'] }, post: { fields: ['documentId'] } } } };
  const ids: string[] = [];
  for (let start = 0; ids.length < Math.min(total - decomposed, ID_LINK_LIMIT); start += PAGE) {
    const rows = await powers.page(candidates, start, PAGE, populate);
    for (const row of rows) {
      const complete = rowsOf(row.decomposition).some((d) => isRow(d.agency) && isRow(d.post));
      if (!complete) ids.push(String(row.documentId));
    }
    if (rows.length < PAGE) break;
  }
  return powers.idFigure('powersWithoutDecomposition', total - decomposed, ids);
}

/** A figure for records matching `filters` that the list dialect cannot express: count, then ids. */
async function gapFigure(r: Reader, key: string, filters: Row): Promise<Figure> {
  const count = await r.count(filters);
  const ids = count === 0 ? [] : idsOf(await r.page(filters, 0, ID_LINK_LIMIT));
  return r.idFigure(key, count, ids);
}

async function powerFigures(strapi: Core.Strapi, powers: Reader): Promise<Pick<DashboardFigures, 'totals' | 'powersByType' | 'powersByStatus' | 'completeness'>> {
  const { powerTypes } = regulationConfig();
  const active = { status: { $in: ACTIVE } };
  const statuses = enumOf(strapi, UIDS.power, 'status');
  const applicationBased = powerTypes.types.filter((t) => t.applicationBased).map((t) => t.key);
  const blank = (field: string) => ({ $or: [{ [field]: { $null: true } }, { [field]: { $eq: '' } }] });
  return {
    totals: [await powers.figure('activePowers', active, { status: ACTIVE })],
    powersByType: await Promise.all(powerTypes.types.map((t) => powers.figure(t.key, { $and: [active, { type: t.key }] }, { status: ACTIVE, type: t.key }))),
    powersByStatus: await Promise.all(statuses.map((s) => powers.figure(s, { status: s }, { status: s }))),
    completeness: [
      await undecomposedPowers(powers),
      // A left join on the component finds no row only when the power has no entry at all.
      await gapFigure(powers, 'powersWithoutAccountabilities', { $and: [active, { accountabilities: { id: { $null: true } } }] }),
      await gapFigure(powers, 'powersWithoutSteps', { $and: [active, { steps: { id: { $null: true } } }] }),
      await gapFigure(powers, 'powersWithoutServiceGuide', { $and: [active, { type: { $in: applicationBased } }, blank('serviceGuide')] }),
    ],
  };
}

/** Posts that hold active powers but have no officers, or no defined responsibility (Art. 12). */
async function postFigures(strapi: Core.Strapi, posts: Reader): Promise<Figure[]> {
  const held = async (filters: Row): Promise<{ count: number; ids: string[] }> => {
    // Posts carry no relation back to the powers decomposed to them; the candidates (the posts
    // with the gap) are few, so check which of them some active power names, a page at a time.
    const ids: string[] = [];
    for (let start = 0; ; start += PAGE) {
      const page = idsOf(await posts.page(filters, start, PAGE));
      const holding = await postsHoldingPowers(strapi, page);
      ids.push(...page.filter((id) => holding.has(id)));
      if (page.length < PAGE) break;
    }
    return { count: ids.length, ids };
  };
  const withoutOfficers = await held({ officers: { id: { $null: true } } });
  const withoutResponsibilities = await held({ $or: [{ responsibilities: { $null: true } }, { responsibilities: { $eq: '' } }] });
  return [
    posts.idFigure('postsWithoutOfficers', withoutOfficers.count, withoutOfficers.ids),
    posts.idFigure('postsWithoutResponsibilities', withoutResponsibilities.count, withoutResponsibilities.ids),
  ];
}

async function certificateFigures(officers: Reader, today: string): Promise<Figure[]> {
  // Art. 19: warnings at the days of config/deadlines.json, and certificates already past expiry
  // whose holder is still recorded as valid (the status was never updated).
  const days = [...regulationConfig().deadlines.certificateWarningDays].sort((a, b) => b - a);
  const expiring = days.map((d) => {
    const until = addDays(today, d);
    return officers.figure('certificatesExpiring', { status: 'valid', certificateExpiresAt: { $gte: today, $lte: until } }, { status: 'valid', certificateExpiresAt_gte: today, certificateExpiresAt_lte: until }, { days: d });
  });
  const expired = officers.figure('certificatesExpiredStillValid', { status: 'valid', certificateExpiresAt: { $lt: today } }, { status: 'valid', certificateExpiresAt_lt: today });
  return Promise.all([...expiring, expired]);
}

async function governmentName(strapi: Core.Strapi, user: ConsoleUser): Promise<string | null> {
  if (!user.actor.governmentId) return null;
  // The user's own government names the dashboard; it is no disclosure, so no read permission is asked.
  const row: unknown = await strapi.db.query(UIDS.government).findOne({ where: { documentId: user.actor.governmentId }, select: ['name'] });
  return strOf(asRow(row), 'name');
}

/** Art. 11 with Art. 5: the justice department's reviewer decides power adjustments. */
const ADJUSTMENT_DECIDER = 'justice-reviewer';
const supervises = (user: ConsoleUser): boolean => user.actor.scope.kind === 'subtree';
/** Whether the user takes a list workflow step from one of `states`, or supervises those who do. */
const reviews = (user: ConsoleUser, states: string[]): boolean =>
  supervises(user) || regulationConfig().workflow.listTransitions.some((t) => states.includes(t.from) && t.roles.includes(user.actor.role));

async function compute(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<DashboardFigures> {
  const read = (uid: string) => reader(strapi, user, uid);
  const powers = read(UIDS.power);
  const posts = read(UIDS.post);
  const officers = read(UIDS.officer);
  const lists = read(UIDS.list);
  const adjustments = read(UIDS.adjustment);
  const filings = read(UIDS.filing);
  const cases = read(UIDS.accountabilityCase);
  const reports = read(UIDS.annualReport);
  const powerPart = powers ? await powerFigures(strapi, powers) : { totals: [], powersByType: [], powersByStatus: [], completeness: [] };
  const inReview = ['submitted', 'legal-review'];
  const present = (figures: (Figure | null)[]): Figure[] => figures.filter((f): f is Figure => f !== null);
  // The inbox's own decision (issue 14): the card and 已逾期 name the same versions. Date-bound, so
  // a version turning late overnight shows under the next day's cache key (dashboard-cache.ts).
  const late = lists ? await lateLists(strapi, user, today) : [];
  return {
    today,
    context: { tier: user.actor.tier, governmentName: await governmentName(strapi, user), organisation: user.actor.organisationName, scope: user.actor.scope.kind },
    ...powerPart,
    completeness: [...powerPart.completeness, ...(posts ? await postFigures(strapi, posts) : [])],
    listsByState: lists ? await Promise.all(enumOf(strapi, UIDS.list, 'state').map((s) => lists.figure(s, { state: s }, { state: s }))) : [],
    // Review cards for those who take the review step or supervise it; a department clerk who
    // cannot act on them does not see them (issue 14, point 6).
    pendingReviews: present([
      lists && reviews(user, inReview) ? await lists.figure('listsInReview', { state: { $in: inReview } }, { state: inReview }) : null,
      adjustments && (supervises(user) || user.actor.role === ADJUSTMENT_DECIDER) ? await adjustments.figure('adjustmentsSubmitted', { state: 'submitted' }, { state: 'submitted' }) : null,
    ]),
    certificates: officers ? await certificateFigures(officers, today) : [],
    overdue: present([
      filings ? await filings.figure('filingsOverdue', { filingDeadline: { $lt: today }, filedAt: { $null: true } }, { filingDeadline_lt: today, filedAt: null }) : null,
      cases ? await cases.figure('accountabilityCasesOverdue', { state: 'open', deadline: { $lt: today } }, { state: 'open', deadline_lt: today }) : null,
      reports ? await reports.figure('annualReportsOverdue', { state: 'draft', dueAt: { $lt: today } }, { state: 'draft', dueAt_lt: today }) : null,
      ...(await reportingOverdue(read, today)),
      lists ? lists.idFigure('listsOverdue', late.length, late.map((i) => i.id)) : null,
    ]),
    overdueLists: late.slice(0, OVERDUE_LIST_LINKS),
  };
}

/**
 * The figures for `user`. Outside a request of that user (a script, a job) the reads run in a
 * request context of their own carrying the user, so that the scope still applies: without one the
 * document service would read as the server itself, unrestricted.
 */
export async function dashboardFigures(strapi: Core.Strapi, user: ConsoleUser, options: { today?: string } = {}): Promise<DashboardFigures> {
  // The same "today" as the rules (guards/facts.ts), so a certificate the Art. 19 check still
  // accepts is never shown as expired here.
  const today = options.today ?? serverToday();
  const state = asRow(asRow(strapi.requestContext.get())?.state);
  const current = asRow(state?.nmgActor);
  if (current?.kind === 'user' && current.id === user.actor.id) return compute(strapi, user, today);
  const context = { state: { nmgActor: user.actor, user: { id: user.actor.id } } };
  let figures: DashboardFigures | undefined;
  await runWithRequestState(strapi, context, async () => {
    figures = await compute(strapi, user, today);
  });
  if (!figures) throw new Error('dashboard: no figures computed');
  return figures;
}
