// A league or the region compares the governments directly below it side by side (issue 14,
// point 6): per subordinate government the figures that call for supervision (Art. 5: the
// justice department supervises its government's subtree; Art. 23: a government assesses the next
// lower governments). Every count is read through strapi.documents() in the user's request, so the
// user's own scope applies on top of the subtree filter, and every figure carries the console list
// filter (`subtree`: the government's code prefix) that reproduces it.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../domain';
import { subtreeFilter } from '../scope/filters';
import { isRow, strOf, type Row } from '../util/row';
import type { ConsoleUser } from './auth';
import type { ConsoleFilter, Figure } from '@nmg/config';
import { consoleResources } from './resources';

export interface SubordinateGovernment {
  id: string;
  name: string;
  tier: string;
  /** The subtree's code prefix: the value of the console's `subtree` list filter. */
  codePrefix: string;
  figures: Figure[];
}

interface Measure {
  key: string;
  uid: string;
  filters: (today: string) => Row;
  filter: (today: string) => ConsoleFilter;
}

const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

const ACTIVE = [...ACTIVE_POWER_STATUSES];
const IN_REVIEW = ['submitted', 'legal-review'];
const warningDays = (): number => Math.max(...regulationConfig().deadlines.certificateWarningDays);

/** The columns of the comparison, each the same figure for every subordinate government. */
const MEASURES: Measure[] = [
  { key: 'activePowers', uid: 'api::power.power', filters: () => ({ status: { $in: ACTIVE } }), filter: () => ({ status: ACTIVE }) },
  { key: 'powersPendingAdjustment', uid: 'api::power.power', filters: () => ({ pendingAdjustment: true }), filter: () => ({ pendingAdjustment: true }) },
  { key: 'listsInReview', uid: 'api::responsibility-list.responsibility-list', filters: () => ({ state: { $in: IN_REVIEW } }), filter: () => ({ state: IN_REVIEW }) },
  { key: 'listsPublished', uid: 'api::responsibility-list.responsibility-list', filters: () => ({ state: 'published' }), filter: () => ({ state: 'published' }) },
  { key: 'tasksOverdue', uid: 'api::adjustment-task.adjustment-task', filters: (t) => ({ state: 'open', dueDate: { $lt: t } }), filter: (t) => ({ state: 'open', dueDate_lt: t }) },
  {
    key: 'certificateWarnings',
    uid: 'api::officer.officer',
    filters: (t) => ({ status: 'valid', certificateExpiresAt: { $lte: addDays(t, warningDays()) } }),
    filter: (t) => ({ status: 'valid', certificateExpiresAt_lte: addDays(t, warningDays()) }),
  },
  { key: 'casesOpen', uid: 'api::accountability-case.accountability-case', filters: () => ({ state: 'open' }), filter: () => ({ state: 'open' }) },
];

/** Tiers that have subordinate governments to compare: those above the county (the league, the region). */
function comparesSubordinates(user: ConsoleUser): boolean {
  const { tiers } = regulationConfig();
  const rank = tiers.find((t) => t.key === user.actor.tier)?.rank;
  const county = tiers.find((t) => t.key === 'county')?.rank;
  return user.actor.scope.kind === 'subtree' && rank !== undefined && county !== undefined && rank < county;
}

async function childGovernments(strapi: Core.Strapi, parentId: string): Promise<Row[]> {
  // Governments are reference data every signed-in user reads; the children of the user's own
  // government are inside its subtree by construction.
  const rows: unknown = await strapi.db.query('api::government.government').findMany({
    where: { parent: { documentId: parentId } },
    select: ['documentId', 'name', 'code', 'tier'],
    orderBy: [{ code: 'asc' }],
  });
  return Array.isArray(rows) ? rows.filter(isRow) : [];
}

export async function subordinateFigures(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<SubordinateGovernment[]> {
  if (!comparesSubordinates(user) || !user.actor.governmentId) return [];
  const resources = consoleResources(strapi);
  const readable = MEASURES.flatMap((m) => {
    const resource = user.actions.has(`${m.uid}.find`) ? resources.find((r) => r.uid === m.uid) : undefined;
    return resource ? [{ ...m, resource: resource.name }] : [];
  });
  if (readable.length === 0) return [];
  const { tiers } = regulationConfig();
  const out: SubordinateGovernment[] = [];
  for (const gov of await childGovernments(strapi, user.actor.governmentId)) {
    const code = strOf(gov, 'code') ?? '';
    const tier = strOf(gov, 'tier') ?? '';
    const length = tiers.find((t) => t.key === tier)?.codePrefixLength;
    if (!code || !length) continue;
    const codePrefix = code.slice(0, length);
    const figures: Figure[] = [];
    for (const m of readable) {
      const tree = subtreeFilter(m.uid, codePrefix);
      if (!tree) continue;
      const count = Number(await strapi.documents(m.uid as UID.ContentType).count({ filters: { $and: [tree, m.filters(today)] } }));
      figures.push({ key: m.key, count, resource: m.resource, filter: { subtree: codePrefix, ...m.filter(today) } });
    }
    out.push({ id: String(gov.documentId), name: strOf(gov, 'name') ?? '', tier, codePrefix, figures });
  }
  return out;
}
