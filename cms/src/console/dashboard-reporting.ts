// Dashboard figures of Art. 16 and Art. 7 beyond those of dashboard.ts: major penalties filed after
// their deadline, filings the justice department has not yet recorded as received, and annual
// reports submitted late or returned and now past their due date. Each links to its filtered list.
import type { Figure } from '@nmg/config';

interface ReaderLike {
  figure(key: string, filters: Record<string, unknown>, filter: Figure['filter']): Promise<Figure>;
}

export async function reportingOverdue(read: (uid: string) => ReaderLike | null, today: string): Promise<Figure[]> {
  const filings = read('api::major-penalty-filing.major-penalty-filing');
  const reports = read('api::annual-report.annual-report');
  const out: Figure[] = [];
  if (filings) {
    out.push(await filings.figure('filingsFiledLate', { filedLate: true }, { filedLate: true }));
    // "Filed" as a bound the list filter dialect can express (it has no not-null).
    out.push(await filings.figure('filingsNotReceived', { filedAt: { $gte: '2000-01-01' }, receivedAt: { $null: true } }, { filedAt_gte: '2000-01-01', receivedAt: null }));
  }
  if (reports) {
    out.push(await reports.figure('annualReportsSubmittedLate', { submittedLate: true }, { submittedLate: true }));
    out.push(await reports.figure('annualReportsReturnedOverdue', { state: 'returned', dueAt: { $lt: today } }, { state: 'returned', dueAt_lt: today }));
  }
  return out;
}
