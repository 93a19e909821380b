// What GET /console-api/dashboard returns (cms/src/console/dashboard.ts), with a guard: the body is
// read as `unknown` and only trusted once checked, so a malformed figure is dropped, not rendered.
import { parseAdjustmentTasks, type AdjustmentTaskSummary } from './adjustmentTasks';
import { parseIntegrityFigures, type IntegrityFigures } from './integrityFigures';
import { parseJobStatuses, type JobStatus } from './jobStatuses';
import { parseInboxItems, type InboxItem } from './inbox';
import type { DashboardContext, DashboardScope, FilterValue, Figure } from '../../../config/src/dashboard';

export type { FilterValue, Figure, DashboardContext } from '../../../config/src/dashboard';

export const FIGURE_GROUPS = ['totals', 'powersByType', 'powersByStatus', 'listsByState', 'completeness', 'pendingReviews', 'certificates', 'overdue'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export type DashboardFigures = {
  today: string;
  context: DashboardContext;
  /** 动态调整任务 (Art. 10, 13); absent from servers that predate them. */
  adjustmentTasks?: AdjustmentTaskSummary[];
  /** Art. 19 figures of cms/src/console/dashboard-certificates.ts, shown with the certificates group. */
  certificateWatch?: Figure[];
  /** 责任追究 (Art. 27, 29); absent from servers that predate it. */
  accountability?: Figure[];
  /** Region tier: the scheduled jobs' last runs and failed records (issue 13). */
  jobs?: JobStatus[];
  /** Region tier: 数据完整性, the last integrity check's orphans per kind (issue 13); null elsewhere. */
  integrity?: IntegrityFigures | null;
  /** League and region: the governments directly below, side by side (issue 14, point 6). */
  subordinates?: SubordinateGovernment[];
  /** The first late list versions the overdue figure listsOverdue counts, as the inbox's 已逾期 names them. */
  overdueLists?: InboxItem[];
} & Record<FigureGroup, Figure[]>;

export interface SubordinateGovernment {
  id: string;
  name: string;
  tier: string;
  figures: Figure[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const SCOPES: readonly DashboardScope[] = ['department', 'subtree', 'none'];
const scopeOf = (value: unknown): DashboardScope => SCOPES.find((s) => s === value) ?? 'none';

const isFilterValue = (value: unknown): value is FilterValue =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

export function parseFigure(value: unknown): Figure | null {
  if (!isObject(value) || !isObject(value.filter)) return null;
  const key = str(value.key);
  const resource = str(value.resource);
  if (!key || !resource || typeof value.count !== 'number') return null;
  const filter: Record<string, FilterValue> = {};
  for (const [name, v] of Object.entries(value.filter)) if (isFilterValue(v)) filter[name] = v;
  const figure: Figure = { key, count: value.count, resource, filter };
  if (isObject(value.params)) {
    const params = Object.entries(value.params).filter((e): e is [string, number] => typeof e[1] === 'number');
    figure.params = Object.fromEntries(params);
  }
  if (value.truncated === true) figure.truncated = true;
  return figure;
}

function parseSubordinates(value: unknown): SubordinateGovernment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((s) => {
    const id = str(s.id);
    const name = str(s.name);
    if (!id || !name || !Array.isArray(s.figures)) return [];
    return [{ id, name, tier: str(s.tier) ?? '', figures: s.figures.map(parseFigure).filter((f): f is Figure => f !== null) }];
  });
}

export function parseDashboard(value: unknown): DashboardFigures | null {
  if (!isObject(value) || !isObject(value.context)) return null;
  const { context } = value;
  const group = (name: FigureGroup): Figure[] => {
    const list = value[name];
    return Array.isArray(list) ? list.map(parseFigure).filter((f): f is Figure => f !== null) : [];
  };
  return {
    today: str(value.today) ?? '',
    context: { tier: str(context.tier), governmentName: str(context.governmentName), organisation: str(context.organisation) ?? '', scope: scopeOf(context.scope) },
    totals: group('totals'),
    powersByType: group('powersByType'),
    powersByStatus: group('powersByStatus'),
    listsByState: group('listsByState'),
    completeness: group('completeness'),
    pendingReviews: group('pendingReviews'),
    certificates: group('certificates'),
    overdue: group('overdue'),
    adjustmentTasks: parseAdjustmentTasks(value.adjustmentTasks),
    certificateWatch: Array.isArray(value.certificateWatch) ? value.certificateWatch.map(parseFigure).filter((f): f is Figure => f !== null) : [],
    accountability: Array.isArray(value.accountability) ? value.accountability.map(parseFigure).filter((f): f is Figure => f !== null) : [],
    jobs: parseJobStatuses(value.jobs),
    integrity: parseIntegrityFigures(value.integrity),
    subordinates: parseSubordinates(value.subordinates),
    overdueLists: parseInboxItems(value.overdueLists),
  };
}
