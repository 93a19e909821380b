// The HTTP calls themselves, through the console's authenticated client (the signed-in user's JWT).
import { API_URL } from '../providers/dataProvider';
import { httpClient, type HttpClient } from '../providers/httpClient';
import { parseImportReport, type PostImport } from './importClient';
import type { ImportRecord, ImportReport } from './types';

export const createImportPoster = (resource: string, client: HttpClient = httpClient): PostImport => async (rows, commit) => {
  const { json } = await client(`${API_URL}/${encodeURIComponent(resource)}/import`, { method: 'POST', body: JSON.stringify({ rows, commit }) });
  return parseImportReport(json);
};

/** What a department files with its sheet's power rows (Art. 10, 11, 13). */
export interface BatchRequest {
  rows: ImportRecord[];
  sheetRows: number[];
  reason: string;
  file: string;
  columns: Record<string, string>;
  /** Missing agencies the clerk accepted for creation with the batch (issue 15). */
  agencies?: readonly string[];
}

export type SubmitBatch = (request: BatchRequest) => Promise<ImportReport>;

/** A basis's `lawTitle` (a law the library lacks, as cited) is for the kept import only (lawprop/api.ts). */
export const withoutLawTitles = (rows: ImportRecord[]): ImportRecord[] =>
  rows.map((row) => (Array.isArray(row.bases) ? { ...row, bases: row.bases.map((b: unknown) => (typeof b === 'object' && b !== null && 'lawTitle' in b ? Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'lawTitle')) : b)) } : row));

/** Power rows are previewed as one batch power adjustment: every rule but CATALOGUE_ONLY, nothing written. */
export const createBatchPreviewPoster = (client: HttpClient = httpClient, agencies: () => readonly string[] = () => []): PostImport => async (rows, commit) => {
  const { json } = await client(`${API_URL}/power-adjustments/batch`, { method: 'POST', body: JSON.stringify({ rows: withoutLawTitles(rows), commit, agencies: agencies() }) });
  return parseImportReport(json);
};

/** Files the request: the server judges every row again and files it only when all pass. */
export const createBatchSubmitter = (client: HttpClient = httpClient): SubmitBatch => async (request) => {
  const { json } = await client(`${API_URL}/power-adjustments/batch`, { method: 'POST', body: JSON.stringify({ ...request, rows: withoutLawTitles(request.rows), commit: true }) });
  return parseImportReport(json);
};
