// The import's steps after the mapping: look names up, convert, dry-run in chunks with progress,
// and on confirmation write everything in one request (one transaction on the server).
import { useCallback, useMemo, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { useSession } from '../providers/useSession';
import { AGENCIES, collectReferences, convertRows, LEGAL_BASES, type ConvertContext } from './convertRows';
import { isPowerResource, type ColumnMapping } from './headerMapping';
import { bodySize, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, reportProblems, validateInChunks, type PostImport } from './importClient';
import { createBatchPreviewPoster, createBatchSubmitter, createImportPoster, type SubmitBatch } from './post';
import { fetchReferences } from './references';
import type { ConvertedRow, ImportReport, RowProblem, SheetData } from './types';
import { agencyKey, missingAgenciesOf, type MissingAgency } from '../lawprop/missingAgencies';

export type RunPhase = 'idle' | 'resolving' | 'validating' | 'validated' | 'committing' | 'committed';

export interface RunState {
  phase: RunPhase;
  progress: { done: number; total: number };
  rows: ConvertedRow[];
  problems: RowProblem[];
  /** A refusal of the whole request (too many rows, network), shown above the report. */
  error: { key: 'too_many_rows' | 'too_large' | 'no_rows' | 'failed'; message?: string } | null;
  report: ImportReport | null;
  /** Power rows: what the batch power adjustment would add and change (Art. 10, 11, 13). */
  batch: { added: number; changed: number };
  /** What the console itself found (an unknown type word), kept for a preview recomputed on the server. */
  clientProblems: RowProblem[];
  /** Power rows: agencies the sheet names that the department lacks, accepted or not (issue 15). */
  missingAgencies: MissingAgency[];
}

const INITIAL: RunState = { phase: 'idle', progress: { done: 0, total: 0 }, rows: [], problems: [], error: null, report: null, batch: { added: 0, changed: 0 }, clientProblems: [], missingAgencies: [] };

/** A batch preview is judged set-based on the server: larger chunks, fewer round trips. */
const BATCH_CHUNK = 1000;

/** Names the server knows records by when the schemas of the referenced resources are not at hand. */
const FALLBACK_MAIN_FIELDS: Record<string, string> = { [LEGAL_BASES]: 'title', [AGENCIES]: 'name' };

const byRow = (a: RowProblem, b: RowProblem) => a.sheetRow - b.sheetRow;

/** The server's findings on a cell already reported here (an unknown type word) are left out. */
export function mergeProblems(client: RowProblem[], server: RowProblem[]): RowProblem[] {
  const seen = new Set(client.map((p) => `${p.sheetRow}\u0000${p.column}`));
  return [...client, ...server.filter((p) => p.column === '' || !seen.has(`${p.sheetRow}\u0000${p.column}`))].sort(byRow);
}

export interface ImportRunInput {
  resource: string;
  fields: FieldSchema[];
  enumLabel: (path: string, value: string) => string;
  /** For tests; defaults to POST /console-api/<resource>/import (powers: /power-adjustments/batch). */
  post?: PostImport;
  /** For tests; defaults to POST /console-api/power-adjustments/batch with commit. */
  submit?: SubmitBatch;
}

export function useImportRun({ resource, fields, enumLabel, post: postOverride, submit: submitOverride }: ImportRunInput) {
  const dataProvider = useDataProvider();
  const { schemas } = useSession();
  const [state, setState] = useState<RunState>(INITIAL);
  const power = isPowerResource(resource);
  // Missing agencies the clerk accepted: created with the batch at its approval (issue 15, Art. 11).
  const accepted = useRef<readonly string[]>([]);
  const [acceptedAgencies, setAcceptedAgencies] = useState<readonly string[]>([]);
  // Powers come in as one batch power adjustment (Art. 11: a new power needs an approved adjustment).
  const post = useMemo(() => postOverride ?? (power ? createBatchPreviewPoster(undefined, () => accepted.current) : createImportPoster(resource)), [postOverride, power, resource]);
  const submit = useMemo(() => submitOverride ?? createBatchSubmitter(), [submitOverride]);
  const mainFieldOf = useCallback(
    (r: string) => schemas.find((s) => s.name === r)?.mainField ?? FALLBACK_MAIN_FIELDS[r] ?? 'id',
    [schemas],
  );

  /** A new sheet or mapping: its agencies are accepted anew. */
  const reset = useCallback(() => {
    accepted.current = [];
    setAcceptedAgencies([]);
    setState(INITIAL);
  }, []);

  /** Accepts missing agencies for creation with the batch; the caller validates again. */
  const acceptAgencies = useCallback((names: readonly string[]) => {
    accepted.current = [...new Set([...accepted.current, ...names])];
    setAcceptedAgencies(accepted.current);
  }, []);

  const validate = useCallback(async (sheet: SheetData, mapping: ColumnMapping[]) => {
    setState({ ...INITIAL, phase: 'resolving' });
    try {
      const base: Omit<ConvertContext, 'resolver'> = { resource, fields, mapping, mainFieldOf, enumLabel };
      const resolver = await fetchReferences(dataProvider, collectReferences(sheet, base), mainFieldOf);
      const converted = convertRows(sheet, { ...base, resolver });
      // An agency the clerk accepted is no problem of its row: the batch creates it (issue 15).
      const acceptedKeys = new Set(accepted.current.map(agencyKey));
      const problems = converted.problems.filter((p) => !(p.agencyName && acceptedKeys.has(agencyKey(p.agencyName))));
      const missingAgencies = power ? missingAgenciesOf(converted.problems).map((a) => ({ ...a, accepted: acceptedKeys.has(agencyKey(a.name)) })) : [];
      const failing = new Set(problems.map((p) => p.sheetRow));
      const rows = power ? converted.rows.map((r) => ({ ...r, ok: !failing.has(r.sheetRow) })) : converted.rows;
      if (rows.length === 0) return setState({ ...INITIAL, error: { key: 'no_rows' } });
      if (rows.length > MAX_IMPORT_ROWS) return setState({ ...INITIAL, error: { key: 'too_many_rows' } });
      if (bodySize(rows.map((r) => r.record)) > MAX_IMPORT_BYTES) return setState({ ...INITIAL, error: { key: 'too_large' } });
      // Powers: rows with a problem found here go to the dry run too, so the preview shows every
      // failing rule of a row at once (Art. 4, 9, 10, 11), not only the first one found here.
      const sendable = isPowerResource(resource) ? rows : rows.filter((r) => r.ok);
      setState((s) => ({ ...s, phase: 'validating', rows, missingAgencies, progress: { done: 0, total: sendable.length } }));
      const outcome = await validateInChunks(sendable, mapping, post, (done, total) => setState((s) => ({ ...s, progress: { done, total } })), power ? BATCH_CHUNK : undefined);
      setState((s) => ({ ...s, phase: 'validated', clientProblems: problems, problems: mergeProblems(problems, outcome.problems), batch: { added: outcome.added, changed: outcome.changed } }));
    } catch (error) {
      setState({ ...INITIAL, error: { key: 'failed', message: error instanceof Error ? error.message : String(error) } });
    }
  }, [dataProvider, enumLabel, fields, mainFieldOf, post, resource]);

  /** All rows in ONE request: the server commits only if every row passes, so nothing is half-written. */
  const commit = useCallback(async (mapping: ColumnMapping[]): Promise<ImportReport | null> => {
    const rows = state.rows;
    setState((s) => ({ ...s, phase: 'committing', error: null }));
    try {
      const report = await post(rows.map((r) => r.record), true);
      setState((s) => ({ ...s, phase: report.committed ? 'committed' : 'validated', report, problems: report.committed ? [] : reportProblems(report, rows, mapping).sort(byRow) }));
      return report;
    } catch (error) {
      setState((s) => ({ ...s, phase: 'validated', error: { key: 'failed', message: error instanceof Error ? error.message : String(error) } }));
      return null;
    }
  }, [post, state.rows]);

  /** Power rows: ONE power adjustment request carrying every row, which the justice reviewer decides as one act. */
  const submitBatch = useCallback(async (mapping: ColumnMapping[], reason: string, file: string): Promise<ImportReport | null> => {
    const rows = state.rows;
    setState((s) => ({ ...s, phase: 'committing', error: null }));
    try {
      const columns = Object.fromEntries(mapping.filter((m) => m.target !== null).map((m) => [m.target as string, m.header]));
      const report = await submit({ rows: rows.map((r) => r.record), sheetRows: rows.map((r) => r.sheetRow), reason, file, columns, agencies: accepted.current });
      setState((s) => ({ ...s, phase: report.committed ? 'committed' : 'validated', report, problems: report.committed ? [] : reportProblems(report, rows, mapping).sort(byRow) }));
      return report;
    } catch (error) {
      setState((s) => ({ ...s, phase: 'validated', error: { key: 'failed', message: error instanceof Error ? error.message : String(error) } }));
      return null;
    }
  }, [state.rows, submit]);

  /**
   * A preview the server recomputed from the rows it keeps (laws accepted since, Art. 10): the
   * console's own findings on missing laws give way to the server's, rows without a problem pass.
   */
  const applyReport = useCallback((report: ImportReport, mapping: ColumnMapping[]) => {
    setState((s) => {
      const acceptedKeys = new Set(accepted.current.map(agencyKey));
      const client = s.clientProblems.filter((p) => !p.lawTitle && !(p.agencyName && acceptedKeys.has(agencyKey(p.agencyName))));
      const missingAgencies = s.missingAgencies.map((a) => ({ ...a, accepted: acceptedKeys.has(agencyKey(a.name)) }));
      const problems = mergeProblems(client, reportProblems(report, s.rows, mapping));
      const failing = new Set(problems.map((p) => p.sheetRow));
      return { ...s, phase: 'validated', error: null, problems, missingAgencies, rows: s.rows.map((r) => ({ ...r, ok: !failing.has(r.sheetRow) })), batch: { added: report.added ?? s.batch.added, changed: report.changed ?? s.batch.changed } };
    });
  }, []);

  const allPassed = state.phase === 'validated' && state.error === null && state.problems.length === 0 && state.rows.length > 0 && state.rows.every((r) => r.ok);
  const canCommit = allPassed && !power;
  const canSubmitBatch = allPassed && power;
  return { state, validate, commit, submitBatch, applyReport, reset, acceptAgencies, acceptedAgencies, canCommit, canSubmitBatch, power };
}
