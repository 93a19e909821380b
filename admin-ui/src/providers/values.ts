// Readers of values in response bodies parsed as `unknown`: a value of the wrong type reads as null.
export const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const numOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A record id: documentIds are strings, but a number is accepted and kept as text. */
export const idOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);
