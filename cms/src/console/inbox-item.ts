// One entry of GET /console-api/inbox (issue 14, B): what the user must do, on which record, by when.
export interface InboxItem {
  /** Which screen the item opens: list | adjustment | task | report | filing | officer | case. */
  kind: 'list' | 'adjustment' | 'task' | 'report' | 'filing' | 'officer' | 'case';
  resource: string;
  id: string;
  title: string;
  organisation: string | null;
  /** The step expected of the user (a list action, 'decide', 'submit', 'adjust', 'file', 'renew',
   * 'correct', 'supervise') or 'returned'. */
  step: string;
  due: string | null;
  overdue: boolean;
  /** Why an overdue item is overdue, as a key the console words with its article (e.g. 'filingLate'). */
  reason: string | null;
  opinion: string | null;
}
