// JSON with sorted keys, so that storage order (jsonb reorders keys) never counts as a change.
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object' && value !== null) {
    const row = value as Record<string, unknown>;
    return `{${Object.keys(row).sort().map((k) => `${JSON.stringify(k)}:${canonical(row[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
