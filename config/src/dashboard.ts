// The dashboard's figures as GET /console-api/dashboard sends them (cms/src/console/dashboard.ts)
// and the console reads them (admin-ui/src/dashboard/types.ts, which checks them first): one
// contract for both. Types only.

/** A value of the console list filter dialect (cms/src/console/query.ts): plain values and id arrays. */
export type FilterValue = string | number | boolean | null | string[];
export type ConsoleFilter = Record<string, FilterValue>;

export interface Figure {
  /** Stable name of the figure (the console's text key app.dashboard.figures.<key>). */
  key: string;
  count: number;
  /** Console resource whose list, filtered by `filter`, shows the counted records. */
  resource: string;
  filter: ConsoleFilter;
  /** Values for the figure's text, e.g. { days: 60 }. */
  params?: Record<string, number>;
  /** The filter lists records by id and names only the first ID_LINK_LIMIT of them. */
  truncated?: boolean;
}

export type DashboardScope = 'department' | 'subtree' | 'none';

export interface DashboardContext {
  tier: string | null;
  governmentName: string | null;
  organisation: string;
  scope: DashboardScope;
}
