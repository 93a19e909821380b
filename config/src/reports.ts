// Contracts of the annual reports (Art. 7) and major-penalty filings (Art. 16) between the server
// and the console.

/** A report's figures for one year, computed by the server from its own records. */
export interface ReportFigures {
  year: number;
  /** Name of the reporting government or department. */
  reporter: string;
  /** 'department': that department; 'government': every department in the government's area. */
  scope: 'department' | 'government';
  publishedLists: number;
  powerAdjustments: number;
  activePowers: number;
  decomposedPowers: number;
  /** Per cent of active powers decomposed to an agency and a post (Art. 11), one decimal. */
  decompositionShare: number;
  assessments: number;
  /** Average total of the completed assessments, one decimal; null without any. */
  assessmentAverage: number | null;
  accountabilityCases: number;
  accountabilityCorrected: number;
  trainingSessions: number;
  trainingHours: number;
  certifiedOfficers: number;
  majorPenalties: number;
  majorPenaltiesFiledLate: number;
  majorPenaltiesUnfiledOverdue: number;
  /** Art. 18: 普法责任清单 published in the year (0 in reports computed before they were counted). */
  legalEducationLists: number;
  /** Art. 18: 以案释法 cases published in the year. */
  caseInterpretations: number;
  computedAt: string;
}

/** The figure keys that add up across reporters (shares and averages are recomputed). */
export const SUMMABLE_FIGURES = [
  'publishedLists', 'powerAdjustments', 'activePowers', 'decomposedPowers', 'assessments', 'accountabilityCases',
  'accountabilityCorrected', 'trainingSessions', 'trainingHours', 'certifiedOfficers', 'majorPenalties',
  'majorPenaltiesFiledLate', 'majorPenaltiesUnfiledOverdue', 'legalEducationLists', 'caseInterpretations',
] as const;
export type SummableFigure = (typeof SUMMABLE_FIGURES)[number];

export type ReportAction = 'submit' | 'accept' | 'return';

export interface ReportRollupEntry {
  kind: 'government' | 'department';
  id: string;
  name: string;
  /** null when the subordinate has no report for the year yet. */
  report: { id: string; state: string; submittedAt: string | null; submittedLate: boolean; overdue: boolean } | null;
}

/** What the console shows of a report beyond its record: routing, steps, flags and the roll-up. */
export interface ReportView {
  id: string;
  year: number;
  state: string;
  reporter: { kind: 'government' | 'department'; id: string; name: string };
  /** The bodies it goes to (Art. 7): the receiving government, and a department's upper department. */
  receivers: { kind: 'government' | 'department'; id: string; name: string; accepts: boolean }[];
  dueAt: string | null;
  submittedAt: string | null;
  submittedLate: boolean;
  /** Not submitted and past its due date. */
  overdue: boolean;
  actions: ReportAction[];
  /** The reporter may (re)compute the figures and edit the text. */
  editable: boolean;
  history: { at: string; by: string; from: string | null; to: string; opinion: string | null }[];
  figures: ReportFigures | null;
  /** For a government: its departments and next lower governments, their reports, and their figures summed. */
  rollup: { entries: ReportRollupEntry[]; totals: Record<SummableFigure, number>; decompositionShare: number; reported: number } | null;
}

export type FilingStatus = 'undecided' | 'due' | 'overdue' | 'filed' | 'filed-late';

/** Where a major-penalty filing stands on `today` (Art. 16): derived, never typed in; the server and the console both show it. */
export function filingStatus(deadline: string | null, filedAt: string | null, today: string): FilingStatus {
  if (!deadline) return 'undecided';
  if (filedAt) return filedAt > deadline ? 'filed-late' : 'filed';
  return today > deadline ? 'overdue' : 'due';
}
