// The working screen of an annual report (Art. 7): who it goes to and by when, whether it is late,
// the steps the user may take (draft figures, submit, accept, return with an opinion), the figures
// and text, the roll-up of a government's subordinates, the history; export to Word, print to PDF.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Chip, Divider, GlobalStyles, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ReportAction, ReportView } from '../../../config/src/reports';
import { ConfirmStepDialog } from '../desk';
import { OpinionDialog } from '../lists/OpinionDialog';
import { transitionRefusal } from '../lists/refusal';
import { useReportsApi } from './api';
import { parseReportView } from './parse';
import { ReportFiguresTable, RollupTable } from './ReportFigures';

function download(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
  URL.revokeObjectURL(href);
}

export const ReportPanel = () => {
  const record = useRecordContext();
  const id = record ? String(record.id) : '';
  const api = useReportsApi();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [view, setView] = useState<ReportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [confirming, setConfirming] = useState<'submit' | 'accept' | null>(null);

  const load = useCallback(async () => {
    try {
      setView(parseReportView(await api.view(id)));
    } catch (e) {
      setError(transitionRefusal(e).message);
    }
  }, [api, id]);
  useEffect(() => {
    if (id) void load();
  }, [id, load]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const next = parseReportView(await work());
      if (next) setView(next);
      refresh();
    } catch (e) {
      setError(transitionRefusal(e).message);
    } finally {
      setBusy(false);
    }
  };
  const step = (action: ReportAction, opinion?: string) => run(() => api.transition(id, action, opinion));

  if (!view) return error ? <Alert severity="error">{error}</Alert> : null;
  const content = typeof record?.content === 'string' ? record.content : '';
  return (
    <Box className="annual-report" sx={{ p: 2 }}>
      {/* 另存为 PDF: the browser prints the report alone, without the console's bars and tabs. */}
      <GlobalStyles styles={{ '@media print': { 'header, .RaSidebar-fixed, .MuiDrawer-root, .MuiTabs-root, .RaShow-actions, .MuiToolbar-root': { display: 'none !important' } } }} />
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Chip label={translate(`enums.annual-reports.state.${view.state}`, { _: view.state })} color={view.state === 'accepted' ? 'success' : 'default'} />
        {view.overdue && <Chip color="error" label={translate('app.reports.overdue')} />}
        {view.submittedLate && <Chip color="warning" label={translate('app.reports.late')} />}
        <Typography variant="body2">{translate('app.reports.due', { date: view.dueAt ?? '—' })}</Typography>
      </Stack>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('app.reports.route', {
          reporter: view.reporter.name,
          receivers: view.receivers.length > 0 ? view.receivers.map((r) => (r.accepts ? r.name : translate('app.reports.copy_to', { name: r.name }))).join('、') : translate('app.reports.no_receiver'),
        })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ my: 2, '@media print': { display: 'none' } }} flexWrap="wrap" useFlexGap>
        {view.editable && <Button variant="outlined" disabled={busy} onClick={() => run(() => api.draft(id))}>{translate('app.reports.draft')}</Button>}
        {view.actions.includes('submit') && <Button variant="contained" disabled={busy} onClick={() => setConfirming('submit')}>{translate('app.reports.actions.submit')}</Button>}
        {view.actions.includes('accept') && <Button variant="contained" disabled={busy} onClick={() => setConfirming('accept')}>{translate('app.reports.actions.accept')}</Button>}
        {view.actions.includes('return') && <Button color="warning" disabled={busy} onClick={() => setReturning(true)}>{translate('app.reports.actions.return')}</Button>}
        <Button disabled={busy} onClick={() => run(async () => { download(await api.docx(id), `annual-report-${view.year}.docx`); return null; })}>{translate('app.reports.export_docx')}</Button>
        <Button onClick={() => window.print()}>{translate('app.reports.print')}</Button>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)}>{error}</Alert>}
      <Typography variant="h6" component="h2">{translate('app.reports.text_title')}</Typography>
      {content.split('\n').filter((line) => line.trim() !== '').map((line, i) => <Typography key={i} paragraph sx={{ mb: 1 }}>{line}</Typography>)}
      {content.trim() === '' && <Typography color="text.secondary">{translate('app.reports.no_text')}</Typography>}
      <Divider sx={{ my: 2 }} />
      <Typography variant="h6" component="h2">{translate('app.reports.figures_title')}</Typography>
      {view.figures ? <ReportFiguresTable view={view} /> : <Typography color="text.secondary">{translate('app.reports.no_figures')}</Typography>}
      {/* Art. 26: the assessment figures come from these results; the office passes them on as they are. */}
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 1, '@media print': { display: 'none' } }} flexWrap="wrap" useFlexGap>
        <Typography variant="body2">{translate('app.reports.assessment_results', { year: view.year })}</Typography>
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button key={format} size="small" disabled={busy} onClick={() => run(async () => { download(await api.assessmentResults(view.year, format), `assessment-results-${view.year}.${format}`); return null; })}>
            {translate(`app.reports.assessment_results_${format}`)}
          </Button>
        ))}
      </Stack>
      {view.rollup && (
        <>
          <Divider sx={{ my: 2 }} />
          <Typography variant="h6" component="h2">{translate('app.reports.rollup_title')}</Typography>
          <RollupTable view={view} />
        </>
      )}
      {view.history.length > 0 && (
        <>
          <Divider sx={{ my: 2 }} />
          <Typography variant="h6" component="h2">{translate('app.reports.history_title')}</Typography>
          <List dense>
            {view.history.map((h, i) => (
              <ListItem key={i}>
                <ListItemText
                  primary={`${h.at.slice(0, 16).replace('T', ' ')} ${h.by}：${translate(`enums.annual-reports.state.${h.from ?? 'draft'}`, { _: h.from ?? '' })} → ${translate(`enums.annual-reports.state.${h.to}`, { _: h.to })}`}
                  secondary={h.opinion ?? undefined}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {/* Submitting and accepting close the report for its author: the confirmation names it (issue 14, point 5). */}
      <ConfirmStepDialog
        open={confirming !== null}
        title={translate(`app.desk.steps.report_${confirming ?? 'submit'}_title`)}
        consequence={translate(`app.desk.steps.report_${confirming ?? 'submit'}_consequence`)}
        confirmLabel={translate(`app.desk.steps.confirm_${confirming ?? 'submit'}`)}
        opinion={confirming === 'accept' ? 'optional' : 'none'}
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={(opinion) => {
          const action = confirming;
          setConfirming(null);
          if (action) void step(action, opinion || undefined);
        }}
      />
      <OpinionDialog action="return" open={returning} busy={busy} onCancel={() => setReturning(false)} onConfirm={(opinion) => { setReturning(false); void step('return', opinion); }} />
    </Box>
  );
};
