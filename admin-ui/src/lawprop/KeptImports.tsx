// 暂存的导入 (issue 15, Art. 10): a department's power sheets kept on the server while their laws were
// proposed. Days later, once the justice reviewer has accepted the laws, the department finds them
// here, validates each again from the rows the server keeps (no new upload) and files it as one
// batch power adjustment; agencies the rows name that the department lacks are accepted here too.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNotify, useRedirect, useTranslate } from 'react-admin';
import { BatchSubmit } from '../import/BatchSubmit';
import { useLawpropApi, type KeptImportSummary, type KeptReport } from './api';
import { MissingAgencies } from './MissingAgencies';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const KeptImportRow = ({ kept }: { kept: KeptImportSummary }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.lawprop.kept.${key}`, options);
  const api = useLawpropApi();
  const notify = useNotify();
  const redirect = useRedirect();
  const [report, setReport] = useState<KeptReport | null>(null);
  const [agencies, setAgencies] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<KeptReport>) => {
    setBusy(true);
    try {
      const next = await work();
      setReport(next);
      return next;
    } catch (e) {
      notify(messageOf(e), { type: 'error' });
      return null;
    } finally {
      setBusy(false);
    }
  };
  const revalidate = (accepted: string[]) => run(() => api.preview(kept.id, accepted));
  const submit = async (reason: string) => {
    const filed = await run(() => api.submit(kept.id, reason, agencies));
    if (filed?.committed && filed.adjustmentId) {
      notify('app.import.batch_done', { type: 'success' });
      redirect('show', 'power-adjustments', filed.adjustmentId);
    }
  };
  const missing = report?.missingLaws.map((l) => `《${l.title}》`).join('、') ?? '';
  return (
    <TableRow>
      <TableCell>{kept.file ?? '—'}</TableCell>
      <TableCell>{kept.rows}</TableCell>
      <TableCell>{new Date(kept.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</TableCell>
      <TableCell>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1}>
            <Button size="small" variant="outlined" onClick={() => void revalidate(agencies)} disabled={busy}>{t('revalidate')}</Button>
            {report && <BatchSubmit rows={report.total} added={report.added ?? 0} changed={report.changed ?? 0} disabled={report.failed > 0} busy={busy} onSubmit={(reason) => void submit(reason)} />}
          </Stack>
          {report && (
            <Typography variant="body2" role="status">
              {t('outcome', { passed: report.passed, failed: report.failed })}
              {missing && ` ${t('missing', { laws: missing })}`}
            </Typography>
          )}
          {report && (
            <MissingAgencies
              agencies={report.missingAgencies}
              busy={busy}
              onAccept={(names) => {
                const next = [...agencies, ...names];
                setAgencies(next);
                void revalidate(next);
              }}
            />
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
};

export const KeptImports = () => {
  const translate = useTranslate();
  const api = useLawpropApi();
  const [kept, setKept] = useState<KeptImportSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api.keptImports().then(setKept, (e: unknown) => setError(messageOf(e)));
  }, [api]);
  useEffect(load, [load]);
  const title = translate('app.lawprop.kept.title');
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!kept || kept.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">{title}</Typography>
      <Typography variant="body2">{translate('app.lawprop.kept.hint')}</Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.lawprop.kept.file')}</TableCell>
            <TableCell>{translate('app.lawprop.kept.rows')}</TableCell>
            <TableCell>{translate('app.lawprop.kept.created')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {kept.map((k) => <KeptImportRow key={k.id} kept={k} />)}
        </TableBody>
      </Table>
    </Stack>
  );
};
