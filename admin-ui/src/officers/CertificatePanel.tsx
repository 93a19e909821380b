// The certificate of one officer (Art. 19): status, number, dates with the expiry warning colours of
// the dashboard's periods, the steps the user may take (buttons), the recorded history, and the
// officer's training hours per year (Art. 20) and commendations (Art. 8).
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNotify } from 'react-admin';
import { deadlines } from '../../../config/src/console';
import { transitionRefusal } from '../lists/refusal';
import { useCertificateApi } from './api';
import { expiryLevel, parseCertificateView, stepBody, type CertificateStep, type CertificateView, type StepValues } from './parse';
import { StepDialog } from './StepDialog';
import { useCertificateText } from './useCertificateText';

const LEVEL_COLOUR = { expired: 'error', danger: 'error', warning: 'warning', ok: 'success', unknown: 'default' } as const;
const today = (): string => new Date().toISOString().slice(0, 10);

export const CertificatePanel = ({ id }: { id: string }) => {
  const api = useCertificateApi();
  const notify = useNotify();
  const { t, statusLabel, stepLabel, roleLabel, dateTime } = useCertificateText();
  const [view, setView] = useState<CertificateView | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState<{ key: CertificateStep; reasonRequired: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const load = useCallback(() => {
    setFailed(false);
    api.view(id).then((body) => setView(parseCertificateView(body)), () => setFailed(true));
  }, [api, id]);
  useEffect(load, [load]);

  const confirm = async (values: StepValues) => {
    if (!open) return;
    setBusy(true);
    setRefusal(null);
    try {
      setView(parseCertificateView(await api.step(id, stepBody(open.key, values))));
      notify(t('done', { step: stepLabel(open.key) }), { type: 'success' });
      setOpen(null);
    } catch (error) {
      setRefusal(transitionRefusal(error).message);
    } finally {
      setBusy(false);
    }
  };

  if (failed) return <Alert severity="error" action={<Button onClick={load}>{t('retry')}</Button>}>{t('load_failed')}</Alert>;
  if (!view) return <Typography color="text.secondary">{t('loading')}</Typography>;
  const level = view.status === 'valid' ? expiryLevel(view.daysToExpiry, deadlines.certificateWarningDays) : 'expired';
  const row = (label: string, value: string | null) => (
    <TableRow>
      <TableCell component="th" sx={{ width: 180, color: 'text.secondary' }}>{label}</TableCell>
      <TableCell>{value || '—'}</TableCell>
    </TableRow>
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <Chip label={statusLabel(view.status)} color={LEVEL_COLOUR[level]} data-testid="certificate-status" />
        {view.status === 'valid' && view.daysToExpiry !== null && (
          <Typography variant="body2" color={level === 'ok' ? 'text.secondary' : `${LEVEL_COLOUR[level]}.main`}>
            {view.daysToExpiry >= 0 ? t('days_left', { days: view.daysToExpiry }) : t('days_over', { days: -view.daysToExpiry })}
          </Typography>
        )}
      </Stack>
      <Table size="small" aria-label={t('title')}>
        <TableBody>
          {row(t('fields.number'), view.certificateNumber)}
          {row(t('fields.issued'), view.issuedAt)}
          {row(t('fields.expires'), view.expiresAt)}
          {row(t('fields.reviewed'), view.reviewedAt)}
          {row(t('fields.review_due'), view.reviewDue)}
          {row(t('fields.categories'), view.enforcementCategories.join('、'))}
        </TableBody>
      </Table>
      <Box>
        {view.actions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{t('no_actions')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} flexWrap="wrap">
            {view.actions.map((a) => (
              <Button key={a.key} variant="outlined" color={a.key === 'revoke' || a.key === 'cancel' || a.key === 'suspend' ? 'error' : 'primary'} onClick={() => { setRefusal(null); setOpen({ key: a.key, reasonRequired: a.reasonRequired }); }}>
                {stepLabel(a.key)}
              </Button>
            ))}
          </Stack>
        )}
      </Box>
      <Typography variant="subtitle1">{t('history.title')}</Typography>
      {view.history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('history.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('history.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('history.at')}</TableCell>
              <TableCell>{t('history.action')}</TableCell>
              <TableCell>{t('history.change')}</TableCell>
              <TableCell>{t('history.actor')}</TableCell>
              <TableCell>{t('history.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...view.history].reverse().map((h) => (
              <TableRow key={`${h.at}-${h.action}`}>
                <TableCell>{dateTime(h.at)}</TableCell>
                <TableCell>{stepLabel(h.action)}</TableCell>
                <TableCell>{`${statusLabel(h.from)} → ${statusLabel(h.to)}`}</TableCell>
                <TableCell>{[h.organisation, roleLabel(h.role) || h.actor].filter(Boolean).join(' · ')}</TableCell>
                <TableCell>{h.reason ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle1">{t('training.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {view.trainingHours.length === 0 ? t('training.none') : view.trainingHours.map((y) => t('training.year_hours', { year: y.year, hours: y.hours })).join('；')}
      </Typography>
      <Typography variant="body2" color="text.secondary">{t('commendations', { count: view.commendations })}</Typography>
      {open && <StepDialog step={open.key} reasonRequired={open.reasonRequired} today={today()} busy={busy} refusal={refusal} onCancel={() => setOpen(null)} onConfirm={confirm} />}
    </Stack>
  );
};
