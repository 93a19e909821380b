// Art. 20: officers attend enforcement training; hours are summed per officer and calendar year
// from their training records, read in the user's scope (strapi.documents()).
import type { Core } from '@strapi/strapi';
import { asRow, isoDate, numOf, rowsOf, strOf, type Row } from '../util/row';

const TRAINING = 'api::training-record.training-record';
const PAGE = 1000;

export interface TrainingRow {
  officerId: string;
  officer: { id: string; name: string; department: string | null };
  year: number;
  hours: number;
}

export async function trainingHours(strapi: Core.Strapi, filters: Row): Promise<TrainingRow[]> {
  const out: TrainingRow[] = [];
  for (let start = 0; ; start += PAGE) {
    const rows = rowsOf(await strapi.documents(TRAINING).findMany({
      filters, fields: ['date', 'hours'], sort: [{ id: 'asc' }], start, limit: PAGE,
      populate: { officer: { fields: ['name'], populate: { department: { fields: ['name'] } } } },
    }));
    for (const row of rows) {
      const officer = asRow(row.officer);
      const id = strOf(officer, 'documentId');
      const date = isoDate(row.date);
      if (!id || !date) continue;
      out.push({ officerId: id, officer: { id, name: strOf(officer, 'name') ?? '', department: strOf(asRow(officer?.department), 'name') }, year: Number(date.slice(0, 4)), hours: numOf(row, 'hours') ?? 0 });
    }
    if (rows.length < PAGE) break;
  }
  return out;
}

/** Hours per officer and year, most recent year first; decimals kept to one place. */
export function hoursByYear(rows: TrainingRow[]): Map<string, { year: number; hours: number }[]> {
  const sums = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const years = sums.get(r.officerId) ?? new Map<number, number>();
    years.set(r.year, (years.get(r.year) ?? 0) + r.hours);
    sums.set(r.officerId, years);
  }
  return new Map([...sums].map(([id, years]) => [id, [...years].map(([year, hours]) => ({ year, hours: Math.round(hours * 10) / 10 })).sort((a, b) => b.year - a.year)]));
}
