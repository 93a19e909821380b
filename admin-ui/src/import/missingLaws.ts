// Laws a sheet cites that the legal-basis library does not hold yet: one line per LAW, with the rows
// citing it, instead of one REFERENCE_NOT_FOUND per row (a county list cites the same law dozens of times).
import { titleKey } from './cells';

export interface LawCitation {
  sheetRow: number;
  title: string;
}

export interface MissingLaw {
  /** The title as first cited, without 《》. */
  title: string;
  rows: number[];
}

/** Groups citations by normalised title (《》, 中华人民共和国 prefix, width and whitespace ignored). */
export function groupMissingLaws(citations: readonly LawCitation[]): MissingLaw[] {
  const byKey = new Map<string, MissingLaw>();
  for (const { sheetRow, title } of citations) {
    const key = titleKey(title);
    if (key === '') continue;
    const entry = byKey.get(key) ?? { title: title.replace(/[《》]/g, '').trim(), rows: [] };
    if (!entry.rows.includes(sheetRow)) entry.rows.push(sheetRow);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((law) => ({ ...law, rows: [...law.rows].sort((a, b) => a - b) }));
}

/** The missing laws of a preview's problems: the basis cells whose law the library lacks. */
export function missingLawsOf(problems: readonly { sheetRow: number; lawTitle?: string }[]): MissingLaw[] {
  return groupMissingLaws(problems.flatMap((p) => (p.lawTitle ? [{ sheetRow: p.sheetRow, title: p.lawTitle }] : [])));
}
