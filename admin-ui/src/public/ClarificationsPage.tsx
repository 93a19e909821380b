// Published clarifications (Art. 31) on the public page: the department clears an officer's name in
// public, so the page shows the title, the officer's name, the department, the statement and the
// date, exactly what /api/public/clarifications serves (nothing else personal), newest first.
import { useCallback } from 'react';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { isObject } from '../providers/types';
import { strOrNull as str } from '../providers/values';
import { Status } from './Status';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

export interface PublicClarificationRow {
  id: string;
  title: string;
  statement: string;
  publishedOn: string | null;
  officerName: string | null;
  departmentName: string | null;
  governmentName: string | null;
}

export interface ClarificationPage {
  rows: PublicClarificationRow[];
  total: number;
}

const PAGE_SIZE = 20;

export function parseClarifications(body: unknown): ClarificationPage | null {
  if (!isObject(body) || !Array.isArray(body.data)) return null;
  const rows = body.data.filter(isObject).map((r) => ({
    id: str(r.id) ?? '',
    title: str(r.title) ?? '',
    statement: str(r.statement) ?? '',
    publishedOn: str(r.publishedOn),
    officerName: str(r.officerName),
    departmentName: isObject(r.department) ? str(r.department.name) : null,
    governmentName: isObject(r.government) ? str(r.government.name) : null,
  }));
  const total = isObject(body.meta) && typeof body.meta.total === 'number' ? body.meta.total : rows.length;
  return { rows, total };
}

export const ClarificationsPage = () => {
  const { t: pt, date } = usePublicText();
  const t = (key: string, args?: Record<string, unknown>) => pt(`clarifications.${key}`, args);
  const [params, setParams] = useSearchParams();
  const page = /^[1-9]\d{0,4}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : 1;
  const result = usePublicData(`/api/public/clarifications?page=${page}&pageSize=${PAGE_SIZE}`, useCallback(parseClarifications, []));
  const pages = result.data ? Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)) : 1;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="public-clarifications">
      <Typography id="public-clarifications" variant="h5" component="h2">{t('title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('intro')}</Typography>
      {!result.data ? (
        <Status state={result} />
      ) : result.data.rows.length === 0 ? (
        <Typography color="text.secondary" role="status">{t('empty')}</Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>{t('total', { total: result.data.total })}</Typography>
          <Stack spacing={2} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {result.data.rows.map((c) => (
              <Box component="li" key={c.id} data-testid="public-clarification" sx={{ borderTop: 1, borderColor: 'divider', pt: 1 }}>
                <Typography variant="subtitle1" component="h3">{c.title}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {[c.officerName ? t('officer', { name: c.officerName }) : null, c.departmentName, c.governmentName, c.publishedOn ? t('published_on', { date: date(c.publishedOn) }) : null].filter(Boolean).join(' · ')}
                </Typography>
                <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{c.statement}</Typography>
              </Box>
            ))}
          </Stack>
          {pages > 1 && (
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
              <Button size="small" disabled={page <= 1} onClick={() => setParams({ page: String(page - 1) })}>{t('previous')}</Button>
              <Button size="small" disabled={page >= pages} onClick={() => setParams({ page: String(page + 1) })}>{t('next')}</Button>
            </Stack>
          )}
        </>
      )}
    </Paper>
  );
};
