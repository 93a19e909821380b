// Art. 26: the year's assessment results as the 全面依法治区 assessment takes them — one row per
// assessed government or department: who assessed, the method, the nine items' scores (Art. 24),
// total and grade — as CSV (UTF-8 with BOM, for Excel) or XLSX. Agencies and officers are not
// assessed in that form and stay out; no personal information appears.
import ExcelJS from 'exceljs';
import { assessmentConfig, assessmentStateName } from './config';
import { asRow, numOf, rowsOf, strOf, type Row } from '../util/row';

export interface ResultRow {
  year: number;
  targetKind: 'government' | 'department';
  targetName: string;
  governmentName: string;
  assessorName: string;
  method: string;
  state: string;
  scores: Map<number, number | null>;
  total: number | null;
  grade: string;
}

const METHOD_NAMES: Record<string, string> = { self: '自查', mutual: '互评', internal: '内部评议', external: '外部评议' };

/** A stored assessment (targets and assessor populated with names) as a row; agencies and officers give null. */
export function resultRowOf(row: Row): ResultRow | null {
  const government = asRow(row.targetGovernment);
  const department = asRow(row.targetDepartment);
  if (!government && !department) return null;
  const assessor = asRow(row.assessorGovernment) ?? asRow(row.assessorDepartment);
  const scores = new Map<number, number | null>();
  for (const s of rowsOf(row.scores)) {
    const item = numOf(s, 'item');
    if (item !== null) scores.set(item, numOf(s, 'score'));
  }
  return {
    year: numOf(row, 'year') ?? 0,
    targetKind: department ? 'department' : 'government',
    targetName: strOf(department ?? government, 'name') ?? '',
    governmentName: department ? (strOf(asRow(department.government), 'name') ?? '') : (strOf(government, 'name') ?? ''),
    assessorName: strOf(assessor, 'name') ?? '',
    method: strOf(row, 'method') ?? '',
    state: strOf(row, 'state') ?? '',
    scores,
    total: numOf(row, 'total'),
    grade: strOf(row, 'grade') ?? '',
  };
}

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function columns(): { header: string; width: number; value: (r: ResultRow) => string }[] {
  const items = assessmentConfig().items.map((i) => ({ header: `${i.item}. ${i.name}（${i.weight}分）`, width: 14, value: (r: ResultRow) => num(r.scores.get(i.item)) }));
  return [
    { header: '年度', width: 8, value: (r) => String(r.year) },
    { header: '被考核单位', width: 30, value: (r) => r.targetName },
    { header: '单位类别', width: 10, value: (r) => (r.targetKind === 'government' ? '人民政府' : '行政执法部门') },
    { header: '所属政府', width: 20, value: (r) => r.governmentName },
    { header: '考核机关', width: 24, value: (r) => r.assessorName },
    { header: '考核方式', width: 10, value: (r) => METHOD_NAMES[r.method] ?? r.method },
    ...items,
    { header: '总分', width: 8, value: (r) => num(r.total) },
    { header: '等次', width: 8, value: (r) => r.grade },
    { header: '状态', width: 8, value: (r) => assessmentStateName(r.state) },
  ];
}

export function resultsTable(rows: readonly ResultRow[]): string[][] {
  const cols = columns();
  return [cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => c.value(r)))];
}

/** A cell Excel will not run as a formula, quoted where CSV needs it. */
function cell(value: string): string {
  const safe = /^[=+@\t\r-]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function resultsCsv(rows: readonly ResultRow[]): Buffer {
  return Buffer.from('\uFEFF' + resultsTable(rows).map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

export async function resultsXlsx(rows: readonly ResultRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '内蒙古自治区行政执法责任制管理系统';
  workbook.title = title;
  const sheet = workbook.addWorksheet('评议考核结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns().map((c) => ({ width: c.width }));
  const [header, ...body] = resultsTable(rows);
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  // Scores as numbers, so the assessment office can sum and sort them in Excel.
  for (const values of body) sheet.addRow(values.map((v) => (/^-?\d+(\.\d+)?$/.test(v) && v.length < 15 ? Number(v) : v)));
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
