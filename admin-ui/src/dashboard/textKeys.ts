// The app.dashboard.* keys the dashboard asks for by name. Their texts live only in the catalogues
// (src/i18n/zh/appDashboard.ts, en/appDashboard.ts); src/i18n/messages.test.ts checks that both
// carry every key listed here, so a key a screen uses cannot go missing from either language.
export const DASHBOARD_TEXTS = [
  'title',
  'groups.totals',
  'groups.completeness',
  'groups.certificates',
  'pending_reviews',
  'overdue',
  'by_type',
  'by_status',
  'lists_by_state',
  'link',
  'link_label',
  'truncated',
  'chart_table',
  'column_name',
  'column_count',
  'loading',
  'error',
  'retry',
  'nothing_to_do',
  'overdue_lists',
  'overdue_lists_all',
] as const;

export type DashboardText = (typeof DASHBOARD_TEXTS)[number];

/** Keys of the charted values: the figure's key is the enumeration value for these groups. */
export const VALUE_KEYS = {
  powersByType: 'enums.powers.type',
  powersByStatus: 'enums.powers.status',
  listsByState: 'enums.responsibility-lists.state',
} as const;

export type ValueGroup = keyof typeof VALUE_KEYS;
