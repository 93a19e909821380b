// GET /api/public/assessments?year=&tier= and …/assessments/export?year=&tier=&format=csv|xlsx:
// published assessment results ranked within a tier (Art. 22), and the same table as a file for
// the rule-of-law assessment (Art. 26). Answers depend on the URL alone and are cached like the
// other public answers (a publication or a new rating bumps the generation).
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { publishedResults } from './assessment-results';
import { resultsCsv, resultsXlsx } from './assessment-export';
import { contentDisposition } from './export-rows';
import { PublicError } from './errors';
import { exportFormat, type Query } from './params';
import type { PublicHandler } from './respond';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

export function resultParams(query: Query): { year: number; tier: string | null } {
  const rawYear = query.year;
  const year = rawYear === undefined || rawYear === '' ? new Date().getFullYear() : typeof rawYear === 'string' && /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
  if (!Number.isInteger(year) || year < 2021 || year > 2100) throw new PublicError(400, 'INVALID_QUERY', '年度 year 须为 2021 至 2100 的四位年份。', 'year');
  const tiers = regulationConfig().tiers.map((t) => t.key as string);
  const rawTier = query.tier;
  if (rawTier !== undefined && rawTier !== '' && (typeof rawTier !== 'string' || !tiers.includes(rawTier))) {
    throw new PublicError(400, 'INVALID_QUERY', `层级 tier 须为以下之一：${tiers.join('、')}。`, 'tier');
  }
  return { year, tier: typeof rawTier === 'string' && rawTier !== '' ? rawTier : null };
}

export function assessmentResultHandlers(strapi: Core.Strapi): Record<'results' | 'exportResults', PublicHandler> {
  return {
    async results({ query }) {
      const { year, tier } = resultParams(query);
      return { json: { data: await publishedResults(strapi, year, tier), meta: { year, tier } } };
    },
    async exportResults({ query }) {
      const { year, tier } = resultParams(query);
      const format = exportFormat(query);
      const rows = await publishedResults(strapi, year, tier);
      const tierName = tier ? (regulationConfig().tiers.find((t) => t.key === tier)?.name ?? tier) : '各级';
      const title = `${year}年度${tierName}行政执法评议考核结果`;
      const disposition = contentDisposition(`${title}.${format}`, `assessment-results-${year}${tier ? `-${tier}` : ''}.${format}`);
      if (format === 'xlsx') return { file: await resultsXlsx(rows, title, new Date(Date.UTC(year, 11, 31))), type: XLSX_TYPE, disposition };
      return { file: resultsCsv(rows), type: CSV_TYPE, disposition };
    },
  };
}
