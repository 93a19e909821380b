// Published assessment results (Art. 22) for a year and a tier, ranked within the tier, with
// downloads for the rule-of-law assessment (Art. 26). Year and tier live in the address.
import { useCallback } from 'react';
import { Box, Button, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useSearchParams } from 'react-router-dom';
import { isObject } from '../providers/types';
import { Status } from './Status';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

export interface ResultRow {
  rank: number;
  target: { id: string; name: string; governmentName: string | null };
  parts: Record<'self' | 'mutual' | 'internal' | 'external', number | null>;
  ratingCount: number;
  score: number;
  grade: string;
}

export function parseResults(body: unknown): ResultRow[] | null {
  if (!isObject(body) || !Array.isArray(body.data)) return null;
  return body.data.filter(isObject).map((r) => {
    const target = isObject(r.target) ? r.target : {};
    const parts = isObject(r.parts) ? r.parts : {};
    const n = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    return {
      rank: n(r.rank) ?? 0,
      target: { id: String(target.id ?? ''), name: String(target.name ?? ''), governmentName: typeof target.governmentName === 'string' ? target.governmentName : null },
      parts: { self: n(parts.self), mutual: n(parts.mutual), internal: n(parts.internal), external: n(parts.external) },
      ratingCount: n(r.ratingCount) ?? 0,
      score: n(r.score) ?? 0,
      grade: String(r.grade ?? ''),
    };
  });
}

const TIERS = ['region', 'league', 'county'] as const;
const PARTS = ['internal', 'self', 'mutual', 'external'] as const;

export const ResultsPage = () => {
  const { translate, enumLabel } = usePublicText();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.assessments.public.${key}`, args);
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear - 1;
  const tier = TIERS.find((k) => k === params.get('tier')) ?? 'league';
  const query = `year=${year}&tier=${tier}`;
  const results = usePublicData(`/api/public/assessments?${query}`, useCallback(parseResults, []));
  const years = Array.from({ length: thisYear - 2020 }, (_, i) => thisYear - i);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="public-results">
      <Typography id="public-results" variant="h5" component="h2">{t('title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('intro')}</Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <TextField select size="small" label={t('year')} value={year} onChange={(e) => setParams({ year: e.target.value, tier })} sx={{ width: 140 }}>
          {years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('tier')} value={tier} onChange={(e) => setParams({ year: String(year), tier: e.target.value })} sx={{ width: 180 }}>
          {TIERS.map((k) => <MenuItem key={k} value={k}>{enumLabel('tier', k)}</MenuItem>)}
        </TextField>
        <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={`/api/public/assessments/export?${query}&format=xlsx`} download>{t('export_xlsx')}</Button>
        <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={`/api/public/assessments/export?${query}&format=csv`} download>{t('export_csv')}</Button>
      </Stack>
      {!results.data ? (
        <Status state={results} />
      ) : results.data.length === 0 ? (
        <Typography color="text.secondary" role="status">{t('empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{t('columns.rank')}</TableCell>
                <TableCell component="th" scope="col">{t('columns.target')}</TableCell>
                {PARTS.map((p) => <TableCell key={p} component="th" scope="col">{t(`columns.${p}`)}</TableCell>)}
                <TableCell component="th" scope="col">{t('columns.score')}</TableCell>
                <TableCell component="th" scope="col">{t('columns.grade')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {results.data.map((r) => (
                <TableRow key={r.target.id} data-testid="public-result">
                  <TableCell>{r.rank}</TableCell>
                  <TableCell>{r.target.name}{r.target.governmentName ? `（${r.target.governmentName}）` : ''}</TableCell>
                  {PARTS.map((p) => <TableCell key={p}>{r.parts[p] ?? '—'}</TableCell>)}
                  <TableCell>{r.score}</TableCell>
                  <TableCell>{r.grade}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
};
