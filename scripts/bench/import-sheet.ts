// Importing a 5,000-row .xlsx (target ≤ 15 s): a roster of certified officers for the bench
// department, written as staff keep it (Chinese headers, the labels of config/labels.json, dates
// as dates), then read back and mapped header → field as the console's importer does, and sent to
// POST /console-api/officers/import twice, as the console does: the preview (every row judged,
// nothing written, the report per row) and, all rows having passed, the commit (every row judged
// again, then written in one transaction). Officers take the set-based path (cms/src/console/bulk).
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../run';
import { postJson } from './http';

export const IMPORT_ROWS = 5000;
export const IMPORT_TARGET_MS = 15000;

export interface ImportResult {
  rows: number;
  sheetBytes: number;
  readMs: number;
  previewMs: number;
  commitMs: number;
  totalMs: number;
  committed: boolean;
}

const FIELDS = ['name', 'certificateNumber', 'certificateIssuedAt', 'certificateExpiresAt', 'idNumber', 'phone'] as const;

function labels(): Record<string, string> {
  const parsed = JSON.parse(readFileSync(join(ROOT, 'config', 'labels.json'), 'utf8')) as { resources: Record<string, { fields: Record<string, string> }> };
  return parsed.resources.officers.fields;
}

async function buildSheet(count: number): Promise<Buffer> {
  const names = labels();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('执法人员');
  sheet.addRow(FIELDS.map((f) => names[f]));
  for (let i = 1; i <= count; i++) {
    sheet.addRow([`导入人员${i}`, `NMIMP${String(i).padStart(6, '0')}`, new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2029, 1, 28)), `150102199001${String(i).padStart(6, '0')}`, `1390479${String(i).padStart(4, '0')}`]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const cellValue = (v: ExcelJS.CellValue): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
};

async function readSheet(buffer: Buffer): Promise<Record<string, string | null>[]> {
  const byLabel = new Map(Object.entries(labels()).map(([field, label]) => [label, field]));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => byLabel.get(String(v ?? '')) ?? null);
  const rows: Record<string, string | null>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    const out: Record<string, string | null> = { status: 'valid' };
    header.forEach((field, i) => {
      if (field) out[field] = cellValue(values[i]);
    });
    rows.push(out);
  });
  return rows;
}

export async function importSheet(baseUrl: string, jwt: string, count = IMPORT_ROWS): Promise<ImportResult> {
  const buffer = await buildSheet(count);
  const t0 = performance.now();
  const rows = await readSheet(buffer);
  const t1 = performance.now();
  const url = `${baseUrl}/console-api/officers/import`;
  const preview = await postJson(url, { rows, commit: false }, jwt);
  const t2 = performance.now();
  const failed = (preview.body as { failed?: unknown } | null)?.failed;
  if (preview.status !== 200 || failed !== 0) throw new Error(`import preview: HTTP ${preview.status} ${JSON.stringify(preview.body).slice(0, 600)}`);
  const commit = await postJson(url, { rows, commit: true }, jwt);
  const t3 = performance.now();
  const committed = (commit.body as { committed?: unknown } | null)?.committed === true;
  if (commit.status !== 200 || !committed) throw new Error(`import commit: HTTP ${commit.status} ${JSON.stringify(commit.body).slice(0, 600)}`);
  return { rows: rows.length, sheetBytes: buffer.length, readMs: t1 - t0, previewMs: t2 - t1, commitMs: t3 - t2, totalMs: t3 - t0, committed };
}
