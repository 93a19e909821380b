// Narrowing helpers for rows that come back from Strapi's query engine as untyped objects.
export type Row = Record<string, unknown>;

export const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRow = (value: unknown): Row | null => (isRow(value) ? value : null);

export const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : []);

export const strOf = (row: Row | null | undefined, key: string): string | null => {
  const value = row?.[key];
  return typeof value === 'string' ? value : null;
};

export const numOf = (row: Row | null | undefined, key: string): number | null => {
  const value = row?.[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
};

/** documentId of a populated to-one relation. */
export const relId = (row: Row | null | undefined, key: string): string | null => strOf(asRow(row?.[key]), 'documentId');

/** Dates come back as Date or string depending on the column type; rules compare ISO dates. */
export const isoDate = (value: unknown): string | null => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value !== '') return value.slice(0, 10);
  return null;
};
