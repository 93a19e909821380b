// Art. 31: a clarification links the case it answers. Staff pick that case by who it concerns and
// when it was opened, never by a record number: the case's name is "subject · measure · date",
// written by the server from the case itself.
export interface CaseTitleFacts {
  /** The officer's or department's name (the case's subject, Art. 27, 28). */
  subjectName: string | null;
  /** The measure's name from config/accountability.json, e.g. 责令改正. */
  measureName: string | null;
  /** The opening date, YYYY-MM-DD. */
  openedOn: string | null;
}

export const CASE_TITLE_MAX = 200;

export function caseTitle(f: CaseTitleFacts): string {
  const parts = [f.subjectName?.trim() || '（未指明对象）', f.measureName?.trim() || null, f.openedOn].filter((p): p is string => p !== null && p !== '');
  const title = parts.join(' · ');
  return title.length > CASE_TITLE_MAX ? title.slice(0, CASE_TITLE_MAX) : title;
}
