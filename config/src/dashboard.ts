// The dashboard's figures as GET /console-api/dashboard sends them (cms/src/console/dashboard.ts)
// and the console reads them (admin-ui/src/dashboard/types.ts, which checks them first): one
// contract for both. Types only (and the inbox kinds the parser accepts).

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

/** Which screen an inbox item opens. */
export const INBOX_KINDS = ['list', 'adjustment', 'task', 'report', 'filing', 'officer', 'case'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/**
 * One item of GET /console-api/inbox (cms/src/console/inbox.ts writes it, admin-ui/src/dashboard/inbox.ts
 * parses into it): what the signed-in user must do now (issue 14, B).
 */
export interface InboxItem {
  kind: InboxKind;
  resource: string;
  id: string;
  title: string;
  organisation: string | null;
  /** The step expected of the user (a list action, 'decide', 'submit', 'adjust', 'file', 'renew',
   * 'correct', 'supervise') or 'returned'. */
  step: string;
  due: string | null;
  overdue: boolean;
  /** Why an overdue item is overdue, as a key the console words with its article (e.g. 'filingLate';
   * cms/src/console/inbox-overdue.ts). */
  reason: string | null;
  opinion: string | null;
}

/**
 * Overdue items of one kind beyond the INBOX_OVERDUE_SHOWN the inbox lists (the most overdue first,
 * cms/src/console/inbox-overdue.ts): how many there are in all, and the console list that shows them.
 */
export interface InboxMore {
  kind: InboxKind;
  /** The reason key of the items (as InboxItem.reason). */
  reason: string;
  total: number;
  shown: number;
  resource: string;
  filter: ConsoleFilter;
}

/** How many overdue items of one kind the inbox lists before it says how many more there are. */
export const INBOX_OVERDUE_SHOWN = 100;

/** One kind of finding of the last integrity check (jobs/integrity-check.ts), region dashboard only. */
export interface IntegrityFinding {
  kind: string;
  /** The server's Chinese label, stored with the finding; the console prefers its catalogue's text. */
  label: string;
  /** The console resource of the records found. */
  resource: string;
  count: number;
  /** A sample of the records' ids. */
  recordIds: string[];
}

/**
 * 数据完整性 of GET /console-api/dashboard (cms/src/console/dashboard-integrity.ts writes it,
 * admin-ui/src/dashboard/integrityFigures.ts parses into it).
 */
export interface IntegrityFigures {
  lastRunAt: string | null;
  /** Checks that could not run in the last run (their errors are in the jobs card). */
  failedChecks: number;
  total: number;
  findings: IntegrityFinding[];
}
