// The published assessment results as a table (CSV with BOM, XLSX) for the rule-of-law assessment
// (Art. 26), with the columns the annual 依法治区 assessment asks of each unit.
import ExcelJS from 'exceljs';
import { regulationConfig } from '@nmg/config';
import type { PublicAssessmentResult } from './assessment-results';
import { stampZipDates } from './zip-dates';

const num = (n: number | null): string => (n === null ? '' : String(n));
const tierName = (key: string): string => regulationConfig().tiers.find((t) => t.key === key)?.name ?? key;

const COLUMNS: { header: string; width: number; value: (r: PublicAssessmentResult) => string }[] = [
  { header: '年度', width: 8, value: (r) => String(r.year) },
  { header: '层级', width: 10, value: (r) => tierName(r.tier) },
  { header: '名次', width: 6, value: (r) => String(r.rank) },
  { header: '被考核单位', width: 30, value: (r) => r.target.name },
  { header: '所属政府', width: 20, value: (r) => r.target.governmentName ?? '' },
  { header: '考核方案', width: 30, value: (r) => r.plan?.title ?? '' },
  { header: '自查得分', width: 10, value: (r) => num(r.parts.self) },
  { header: '互评得分', width: 10, value: (r) => num(r.parts.mutual) },
  { header: '内部评议得分', width: 12, value: (r) => num(r.parts.internal) },
  { header: '外部评议得分', width: 12, value: (r) => num(r.parts.external) },
  { header: '公众评议人次', width: 12, value: (r) => String(r.ratingCount) },
  { header: '综合得分', width: 10, value: (r) => String(r.score) },
  { header: '等次', width: 8, value: (r) => r.grade },
  { header: '公开日期', width: 12, value: (r) => (r.publicationDate ?? '').slice(0, 10) },
];

const table = (rows: readonly PublicAssessmentResult[]): string[][] => [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))];

function cell(value: string): string {
  const safe = /^[=+@\t\r-]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function resultsCsv(rows: readonly PublicAssessmentResult[]): Buffer {
  return Buffer.from('\uFEFF' + table(rows).map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

export async function resultsXlsx(rows: readonly PublicAssessmentResult[], title: string, dated: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '内蒙古自治区行政执法责任制管理系统';
  workbook.title = title;
  workbook.created = dated;
  workbook.modified = dated;
  const sheet = workbook.addWorksheet('评议考核结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const [header, ...body] = table(rows);
  sheet.addRow(header).font = { bold: true };
  for (const values of body) sheet.addRow(values);
  const data = await workbook.xlsx.writeBuffer();
  return stampZipDates(Buffer.from(data as ArrayBuffer), dated);
}
