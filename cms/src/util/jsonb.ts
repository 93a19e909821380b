// A jsonb array column as read through Strapi's PostgreSQL client, which hands jsonb back as text
// in some set-ups and parsed in others: either form gives the array, anything else an empty one.
export function jsonbArray(value: unknown): unknown[] {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(parsed) ? parsed : [];
}
