// GET /console-api/assessments/export?year=&format=xlsx|csv (Art. 26): the year's assessment results
// in the user's scope, one row per assessed government or department with the nine items, total and
// grade, for the 全面依法治区 assessment. The document service applies the user's scope as on every
// read; only scored assessments (config/assessment.json completeStates) are exported.
import type { Core, Modules } from '@strapi/strapi';
import { assessmentConfig } from '../assessment/config';
import { resultRowOf, resultsCsv, resultsXlsx, type ResultRow } from '../assessment/results-table';
import { isRow } from '../util/row';
import { authenticate, requirePermission } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';
import { enumerationValues } from '../store/document-input';

const UID = 'api::assessment.assessment';
const PAGE = 1000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const POPULATE: Modules.Documents.Params.Populate.Any<typeof UID> = {
  targetGovernment: { fields: ['name'] },
  targetDepartment: { fields: ['name'], populate: { government: { fields: ['name'] } } },
  assessorGovernment: { fields: ['name'] },
  assessorDepartment: { fields: ['name'] },
  scores: true,
};

function parseParams(query: Record<string, unknown>): { year: number; format: 'xlsx' | 'csv' } {
  const year = typeof query.year === 'string' && /^\d{4}$/.test(query.year) ? Number(query.year) : NaN;
  if (!(year >= 2021 && year <= 2100)) throw new ConsoleError(400, 'INVALID_QUERY', '年度须为2021至2100之间的四位数字（第二十六条考核结果按年度导出）。', { year: ['须为四位年份'] });
  const format = query.format === undefined ? 'xlsx' : query.format;
  if (format !== 'xlsx' && format !== 'csv') throw new ConsoleError(400, 'INVALID_QUERY', '导出格式须为 xlsx 或 csv。', { format: ['须为 xlsx 或 csv'] });
  return { year, format };
}

export function assessmentExportHandler(strapi: Core.Strapi) {
  return async (ctx: ConsoleContext): Promise<void> => {
    const user = await authenticate(strapi, ctx);
    requirePermission(user, UID, 'find');
    const { year, format } = parseParams(isRow(ctx.query) ? ctx.query : {});
    const filters = { year, state: { $in: enumerationValues(strapi, UID, 'state', assessmentConfig().completeStates) } };
    const rows: ResultRow[] = [];
    for (let start = 0; ; start += PAGE) {
      const found: unknown = await strapi.documents(UID).findMany({ filters, populate: POPULATE, sort: [{ id: 'asc' }], start, limit: PAGE, fields: ['year', 'method', 'state', 'total', 'grade'] });
      const page = Array.isArray(found) ? found.filter(isRow) : [];
      for (const row of page) {
        const result = resultRowOf(row);
        if (result) rows.push(result);
      }
      if (page.length < PAGE) break;
    }
    rows.sort((a, b) => a.governmentName.localeCompare(b.governmentName, 'zh') || Number(a.targetKind === 'department') - Number(b.targetKind === 'department') || a.targetName.localeCompare(b.targetName, 'zh'));
    const title = `${year}年度行政执法评议考核结果`;
    const name = encodeURIComponent(`${title}.${format}`);
    ctx.set('Content-Type', format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="assessment-results-${year}.${format}"; filename*=UTF-8''${name}`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = format === 'xlsx' ? await resultsXlsx(rows, title) : resultsCsv(rows);
  };
}
