// Training hours per officer for one year (Art. 20), in the user's scope, with a filter for those
// below a number of hours; each name opens the officer's page.
import { useEffect, useState } from 'react';
import { Alert, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useCertificateApi } from './api';
import { parseTrainingHours, type TrainingHoursRow } from './parse';
import { useCertificateText } from './useCertificateText';

export const TRAINING_HOURS_PATH = '/training-hours';

export const TrainingHoursPage = () => {
  const api = useCertificateApi();
  const { t } = useCertificateText();
  const [year, setYear] = useState(new Date().getFullYear());
  const [below, setBelow] = useState('');
  const [rows, setRows] = useState<TrainingHoursRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    setRows(null);
    setFailed(false);
    api.trainingHours(year).then((body) => current && setRows(parseTrainingHours(body)), () => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [api, year]);
  const limit = below.trim() === '' ? null : Number(below);
  const shown = (rows ?? []).filter((r) => limit === null || Number.isNaN(limit) || r.hours < limit);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('hours_page.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField type="number" size="small" label={t('hours_page.year')} value={year} onChange={(e) => setYear(Number(e.target.value) || year)} />
          <TextField type="number" size="small" label={t('hours_page.below')} value={below} onChange={(e) => setBelow(e.target.value)} />
        </Stack>
        {failed && <Alert severity="error">{t('load_failed')}</Alert>}
        {rows === null && !failed && <Typography color="text.secondary">{t('loading')}</Typography>}
        {rows !== null && shown.length === 0 && <Typography color="text.secondary">{t('hours_page.empty')}</Typography>}
        {shown.length > 0 && (
          <Table size="small" aria-label={t('hours_page.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('hours_page.officer')}</TableCell>
                <TableCell>{t('hours_page.department')}</TableCell>
                <TableCell align="right">{t('hours_page.hours')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((r) => (
                <TableRow key={r.officer.id}>
                  <TableCell><Link component={RouterLink} to={`/officers/${encodeURIComponent(r.officer.id)}/show`}>{r.officer.name}</Link></TableCell>
                  <TableCell>{r.officer.department ?? ''}</TableCell>
                  <TableCell align="right">{r.hours}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
