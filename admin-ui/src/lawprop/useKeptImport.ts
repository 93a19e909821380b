// A power sheet kept on the server while its missing laws are proposed and accepted (Art. 10): kept
// on the first proposal (the rows as converted, a missing law's basis carrying its title), then
// previewed again from there without a new upload, and filed from there as one batch adjustment.
import { useCallback, useState } from 'react';
import type { ColumnMapping } from '../import/headerMapping';
import type { ConvertedRow, ImportReport } from '../import/types';
import { useLawpropApi, type KeptMissingLaw, type KeptReport } from './api';

export interface KeptImportInput {
  rows: ConvertedRow[];
  mapping: ColumnMapping[];
  file: string;
  /** Missing agencies accepted for creation with the batch (issue 15). */
  agencies: readonly string[];
  /** The recomputed preview goes to the import's report. */
  onReport(report: ImportReport): void;
}

const columnsOf = (mapping: ColumnMapping[]): Record<string, string> =>
  Object.fromEntries(mapping.filter((m) => m.target !== null).map((m) => [m.target as string, m.header]));

export function useKeptImport() {
  const api = useLawpropApi();
  const [importId, setImportId] = useState<string | null>(null);
  const [missingLaws, setMissingLaws] = useState<KeptMissingLaw[] | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = useCallback(() => {
    setImportId(null);
    setMissingLaws(null);
  }, []);

  const take = useCallback((report: KeptReport, input: KeptImportInput): KeptReport => {
    setImportId(report.importId);
    setMissingLaws(report.missingLaws);
    input.onReport(report);
    return report;
  }, []);

  const keep = useCallback(async (input: KeptImportInput): Promise<string> => {
    if (importId) return importId;
    const report = await api.keep({ rows: input.rows.map((r) => r.record), sheetRows: input.rows.map((r) => r.sheetRow), columns: columnsOf(input.mapping), file: input.file, agencies: input.agencies });
    return take(report, input).importId;
  }, [api, importId, take]);

  const revalidate = useCallback(async (input: KeptImportInput): Promise<void> => {
    setBusy(true);
    try {
      const id = await keep(input);
      take(await api.preview(id, input.agencies), input);
    } finally {
      setBusy(false);
    }
  }, [api, keep, take]);

  /** Proposes a law (keeping the import first, so the proposal names it), then shows its state. */
  const propose = useCallback(async (law: KeptMissingLaw, form: { title: string; level: string; issuingBody: string; promulgatedAt: string }, input: KeptImportInput): Promise<void> => {
    const id = await keep(input);
    await api.propose({ title: form.title, level: form.level, rows: law.rows, importId: id, ...(form.issuingBody ? { issuingBody: form.issuingBody } : {}), ...(form.promulgatedAt ? { promulgatedAt: form.promulgatedAt } : {}) });
    take(await api.preview(id, input.agencies), input);
  }, [api, keep, take]);

  const submit = useCallback(async (reason: string, agencies: readonly string[] = []): Promise<KeptReport | null> => (importId ? api.submit(importId, reason, agencies) : null), [api, importId]);

  return { importId, missingLaws, busy, keep, revalidate, propose, submit, reset };
}
