// Own-property lookups: request input names fields, and names like "constructor" or "__proto__"
// must never resolve to something inherited from Object.prototype.
export const ownValue = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** A map with no prototype, safe to index with any user-supplied key. */
export const safeMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** YYYY-MM-DD that names a real calendar day (Date.parse would roll 2024-02-30 over to March). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
