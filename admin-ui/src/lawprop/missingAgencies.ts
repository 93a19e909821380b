// Agencies (执法机构) a power sheet names that the department does not have yet (issue 15): once
// each, with the rows naming them. The clerk accepts them in the preview; the server creates an
// accepted one with the batch, at its approval (cms/src/console/batch/batch-agencies.ts).

export interface MissingAgency {
  name: string;
  rows: number[];
  /** Accepted for creation with the batch. */
  accepted?: boolean;
}

/** The server's comparison key of an agency's name: width folded (（）→()), no spaces. */
export const agencyKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

/** The agencies of a preview's problems, once per name, with the rows naming each. */
export function missingAgenciesOf(problems: readonly { sheetRow: number; agencyName?: string }[]): MissingAgency[] {
  const byKey = new Map<string, MissingAgency>();
  for (const p of problems) {
    const name = p.agencyName?.trim();
    if (!name) continue;
    const key = agencyKey(name);
    const entry = byKey.get(key) ?? { name, rows: [] };
    if (!entry.rows.includes(p.sheetRow)) entry.rows.push(p.sheetRow);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((a) => ({ ...a, rows: [...a.rows].sort((x, y) => x - y) }));
}
