// The data of a new power made by an approved adjustment: from the request's proposal, from the
// region catalogue item it names, or (承接) from the delegated power it accepts.
import type { Row } from '../util/row';
import { asRow, rowsOf, strOf } from '../util/row';

const withoutIds = (rows: Row[]): Row[] => rows.map(({ id: _id, __component: _c, ...rest }) => rest);

export function basesData(value: unknown): Row[] {
  return rowsOf(value).map((b) => ({ kind: strOf(b, 'kind') ?? 'setting', legalBasis: strOf(asRow(b.legalBasis), 'documentId'), articles: strOf(b, 'articles'), excerpt: strOf(b, 'excerpt') }));
}

/** A power's content (not its department, agencies or posts, which belong to the accepting side). */
export function copiedPowerData(source: Row): Row {
  const scalar = ['code', 'name', 'subItem', 'type', 'legalTimeLimit', 'promisedTimeLimit', 'feeBasis', 'consultationPhone', 'supervisionPhone', 'serviceGuide', 'flowchart', 'statutoryMin', 'statutoryMax', 'remarks'];
  const data: Row = Object.fromEntries(scalar.map((k) => [k, source[k] ?? null]));
  data.bases = basesData(source.bases);
  for (const k of ['steps', 'accountabilities', 'discretion', 'riskPoints']) data[k] = withoutIds(rowsOf(source[k]));
  return data;
}

export const COPY_POPULATE = {
  bases: { populate: { legalBasis: { select: ['documentId'] } } },
  steps: true,
  accountabilities: true,
  discretion: true,
  riskPoints: true,
} as const;
