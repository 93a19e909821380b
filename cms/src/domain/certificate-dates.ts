// Art. 19 certificates: the dates a lifecycle decision reads. ISO dates (YYYY-MM-DD) compare lexically.

/** `isoDate` plus `years` calendar years (29 February falls back to 28 February). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The date the next review (年审) is due: `reviewIntervalYears` after the last review, or after issue. */
export function reviewDueDate(issuedAt: string | null, reviewedAt: string | null, reviewIntervalYears: number): string | null {
  const from = reviewedAt ?? issuedAt;
  return from ? addYears(from, reviewIntervalYears) : null;
}

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
