// Import a list from .xlsx/.csv: choose a file → check the header mapping → validate (dry run in
// chunks, with progress) → read the report → confirm, which writes every row in one transaction.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { BatchSubmit } from './BatchSubmit';
import { useResourceSchema } from '../providers/useSession';
import { useEnumLabel, useFieldLabel } from '../schema/labels';
import { FilePicker } from './FilePicker';
import { importTargets, mapHeaders, retarget, unknownHeaders, type ColumnMapping, type TargetOption } from './headerMapping';
import { MAX_IMPORT_ROWS, type PostImport } from './importClient';
import type { SubmitBatch } from './post';
import { MappingTable } from './MappingTable';
import { readSheet, SheetError } from './readSheet';
import { ReportTable } from './ReportTable';
import { MissingLawsList } from './MissingLawsList';
import { missingLawsOf } from './missingLaws';
import { TARGET_TEXT_KEYS, useImportText } from './texts';
import type { ImportReport, SheetData } from './types';
import { useImportRun } from './useImportRun';
import { KeptMissingLaws } from '../lawprop/KeptMissingLaws';
import { useKeptImport } from '../lawprop/useKeptImport';
import { MissingAgencies } from '../lawprop/MissingAgencies';
import { applyRemembered, fetchRemembered, saveRemembered } from '../lawprop/rememberedHeaders';

export interface ImportPageProps {
  resource: string;
  /** Called after a committed import (the dialog closes). */
  onDone?: () => void;
  /** Told while a request runs, so that a dialog does not close under it. */
  onBusyChange?: (busy: boolean) => void;
  /** For tests; defaults to POST /console-api/<resource>/import (powers: /power-adjustments/batch). */
  post?: PostImport;
  /** For tests; defaults to POST /console-api/power-adjustments/batch with commit. */
  submit?: SubmitBatch;
  /** After a batch power adjustment was filed; defaults to opening the request's page. */
  onBatchFiled?: (adjustmentId: string) => void;
}

/** Blob.arrayBuffer is recent (and missing in some embedded browsers); FileReader is everywhere. */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('read failed')));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

const firstFilled = (sheet: SheetData, column: number) => sheet.rows.find((r) => (r[column] ?? '').trim() !== '')?.[column] ?? '';

export const ImportPage = ({ resource, onDone, onBusyChange, post, submit, onBatchFiled }: ImportPageProps) => {
  const t = useImportText();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const schema = useResourceSchema(resource);
  const fields = useMemo(() => schema?.fields ?? [], [schema]);
  const fieldLabel = useFieldLabel(resource);
  const enumLabel = useEnumLabel(resource);
  const [sheet, setSheet] = useState<SheetData | null>(null);
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  /** Columns the synonym table did not know: what the user maps there is remembered for the department. */
  const [handColumns, setHandColumns] = useState<ReadonlySet<number>>(new Set());
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const run = useImportRun({ resource, fields, enumLabel, post, submit });
  // Power sheets citing laws the library lacks are kept on the server while those laws are proposed (Art. 10).
  const kept = useKeptImport();
  const { phase, progress, problems, rows, error, batch } = run.state;
  const busy = reading || phase === 'resolving' || phase === 'validating' || phase === 'committing';
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);

  const targets = useMemo(() => importTargets(resource, fields), [resource, fields]);
  const targetLabel = (target: TargetOption) => {
    const key = TARGET_TEXT_KEYS[target.key];
    return key ? translate(`app.import.targets.${key}`, { _: target.label }) : fieldLabel(target.key, target.label);
  };

  const onFile = async (file: File) => {
    setReading(true);
    setReadError(null);
    run.reset();
    kept.reset();
    try {
      const read = await readSheet(file.name, await fileBytes(file));
      // Headers in the current language match too (an English sheet exported from this console).
      const translated = Object.fromEntries(fields.map((f) => [f.name, fieldLabel(f.name, f.label)]));
      setSheet(read);
      setFileName(file.name);
      const automatic = mapHeaders(read.headers, resource, fields, translated);
      setMapping(automatic);
      const hand = new Set(automatic.filter((m) => m.status === 'unknown').map((m) => m.column));
      setHandColumns(hand);
      // The department's earlier hand mappings; without them (or offline) the columns stay to be chosen.
      if (hand.size > 0) {
        const offered = new Set(targets.map((o) => o.key));
        void fetchRemembered(resource).then((remembered) => setMapping((current) => applyRemembered(current, remembered, offered, resource)), () => undefined);
      }
    } catch (e) {
      setSheet(null);
      setReadError(e instanceof SheetError ? translate(`app.import.sheet_error.${e.code}`) : String(e));
    } finally {
      setReading(false);
    }
  };

  const onTarget = (column: number, target: string | null) => {
    setMapping((current) => retarget(current, column, target, resource));
    run.reset();
    kept.reset();
    const header = mapping.find((m) => m.column === column)?.header;
    if (header && handColumns.has(column)) void saveRemembered(resource, header, target).catch(() => undefined);
  };

  const onConfirm = async () => {
    const report = await run.commit(mapping);
    if (report?.committed) {
      notify(t('done', { smart_count: report.passed }), { type: 'success' });
      refresh();
      onDone?.();
    } else if (report) {
      notify(t('nothing_written'), { type: 'warning' });
    }
  };

  const keptInput = { rows: run.state.rows, mapping, file: fileName, agencies: run.acceptedAgencies, onReport: (r: ImportReport) => run.applyReport(r, mapping) };
  /** Accepted agencies are created with the batch at its approval; the preview is recomputed with them (issue 15). */
  const onAcceptAgencies = (names: string[]) => {
    run.acceptAgencies(names);
    const agencies = [...run.acceptedAgencies, ...names];
    if (kept.importId) void kept.revalidate({ ...keptInput, agencies }).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }));
    else if (sheet) void run.validate(sheet, mapping);
  };
  const submitKept = async (reason: string) => {
    try {
      const report = await kept.submit(reason, run.acceptedAgencies);
      if (report && !report.committed) run.applyReport(report, mapping);
      return report;
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
      return null;
    }
  };

  const onSubmitBatch = async (reason: string) => {
    // A kept import is filed from the rows the server keeps, with the laws accepted since.
    const report = kept.importId ? await submitKept(reason) : await run.submitBatch(mapping, reason, fileName);
    if (report?.committed && report.adjustmentId) {
      notify(t('batch_done'), { type: 'success' });
      onDone?.();
      if (onBatchFiled) onBatchFiled(report.adjustmentId);
      else redirect('show', 'power-adjustments', report.adjustmentId);
    } else if (report) {
      notify(t('batch_refused', { smart_count: report.failed }), { type: 'warning' });
    }
  };

  const unknown = unknownHeaders(mapping);
  const mapped = mapping.some((m) => m.target !== null);
  const dataRows = sheet ? sheet.rows.filter((r) => r.some((c) => c.trim() !== '')).length : 0;
  const percent = progress.total > 0 ? (progress.done / progress.total) * 100 : 0;

  return (
    <Stack spacing={2}>
      <FilePicker onFile={(file) => void onFile(file)} disabled={busy} />
      {reading && <LinearProgress aria-label={t('reading')} />}
      {readError && <Alert severity="error">{readError}</Alert>}
      {sheet && (
        <>
          <Typography role="status">{t('file_chosen', { name: fileName, smart_count: dataRows })}</Typography>
          <Typography variant="h6" component="h3">{t('mapping')}</Typography>
          {unknown.length > 0 && <Alert severity="warning">{t('unknown_headers', { headers: unknown.join('、') })}</Alert>}
          <MappingTable mapping={mapping} targets={targets} targetLabel={targetLabel} samples={sheet.headers.map((_, c) => firstFilled(sheet, c))} onChange={onTarget} disabled={busy} />
          {!mapped && <Alert severity="info">{t('no_mapping')}</Alert>}
        </>
      )}
      {(phase === 'resolving' || phase === 'committing') && <LinearProgress aria-label={t(phase === 'resolving' ? 'resolving' : 'progress')} />}
      {phase === 'validating' && (
        <Box>
          <LinearProgress variant="determinate" value={percent} aria-label={t('validating', progress)} />
          <Typography variant="body2" role="status" aria-live="polite">{t('validating', progress)}</Typography>
        </Box>
      )}
      {error && <Alert severity="error">{t(error.key, { max: MAX_IMPORT_ROWS, message: error.message ?? '' })}</Alert>}
      {phase === 'validated' && problems.length > 0 && (
        <>
          <Alert severity="error" role="status">{t('errors_found', { smart_count: problems.length })} {t('nothing_written')}</Alert>
          {run.power ? (
            <KeptMissingLaws
              laws={kept.missingLaws ?? missingLawsOf(problems).map((law) => ({ ...law, proposal: null }))}
              kept={kept.importId !== null}
              busy={busy || kept.busy}
              onPropose={async (law, form) => {
                await kept.propose(law, form, keptInput);
                notify('app.lawprop.sent', { type: 'success' });
              }}
              onRevalidate={() => void kept.revalidate(keptInput).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }))}
            />
          ) : (
            <MissingLawsList laws={missingLawsOf(problems)} />
          )}
          <ReportTable problems={problems} />
        </>
      )}
      {phase === 'validated' && run.power && <MissingAgencies agencies={run.state.missingAgencies} busy={busy || kept.busy} onAccept={onAcceptAgencies} />}
      {phase === 'validated' && problems.length === 0 && rows.length > 0 && (
        <Alert severity="success" role="status">
          {run.power ? t('batch_ready', { smart_count: rows.length, added: batch.added, changed: batch.changed }) : t('all_passed', { smart_count: rows.length })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} justifyContent="flex-end">
        <Button variant="outlined" onClick={() => sheet && void run.validate(sheet, mapping)} disabled={!sheet || !mapped || busy}>
          {t('validate')}
        </Button>
        {run.power ? (
          <BatchSubmit rows={rows.length} added={batch.added} changed={batch.changed} disabled={!run.canSubmitBatch} busy={busy} onSubmit={(reason) => void onSubmitBatch(reason)} />
        ) : (
          <Button variant="contained" onClick={() => void onConfirm()} disabled={!run.canCommit || busy}>
            {t('confirm')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
};
