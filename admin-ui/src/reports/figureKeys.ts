// The figures of an annual report in the order offices list them (as in the .docx's table).
export const FIGURE_KEYS = [
  'publishedLists', 'powerAdjustments', 'activePowers', 'decomposedPowers', 'decompositionShare', 'assessments',
  'assessmentAverage', 'accountabilityCases', 'accountabilityCorrected', 'trainingSessions', 'trainingHours',
  'certifiedOfficers', 'majorPenalties', 'majorPenaltiesFiledLate', 'majorPenaltiesUnfiledOverdue', 'legalEducationLists', 'caseInterpretations',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** A figure as shown: '—' when there is none (an average without any assessment). */
export const figureText = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '—');
