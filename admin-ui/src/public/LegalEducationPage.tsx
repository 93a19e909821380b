// 普法 on the public page (Art. 18 谁执法谁普法): the departments' published 普法责任清单 (what they
// teach, to whom, how and when) and their 以案释法 cases, newest first, as the public API serves them.
import { useCallback } from 'react';
import { Box, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { isObject } from '../providers/types';
import { numOrNull as num, strOrNull as str } from '../providers/values';
import { Status } from './Status';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

export interface PublicEducationList {
  id: string;
  year: number | null;
  title: string;
  departmentName: string | null;
  publishedOn: string | null;
  items: { content: string; targets: string; means: string; period: string }[];
}

export interface PublicCaseInterpretation {
  id: string;
  title: string;
  caseSummary: string;
  lawExplained: string;
  legalBasis: string;
  caseDate: string | null;
  departmentName: string | null;
}

const rowsOf = (body: unknown): Record<string, unknown>[] | null => (isObject(body) && Array.isArray(body.data) ? body.data.filter(isObject) : null);
const departmentName = (r: Record<string, unknown>): string | null => (isObject(r.department) ? str(r.department.name) : null);

export function parseEducationLists(body: unknown): PublicEducationList[] | null {
  return rowsOf(body)?.map((r) => ({
    id: str(r.id) ?? '',
    year: num(r.year),
    title: str(r.title) ?? '',
    departmentName: departmentName(r),
    publishedOn: str(r.publishedOn),
    items: (Array.isArray(r.items) ? r.items.filter(isObject) : []).map((i) => ({ content: str(i.content) ?? '', targets: str(i.targets) ?? '', means: str(i.means) ?? '', period: str(i.period) ?? '' })),
  })) ?? null;
}

export function parseCaseInterpretations(body: unknown): PublicCaseInterpretation[] | null {
  return rowsOf(body)?.map((r) => ({
    id: str(r.id) ?? '',
    title: str(r.title) ?? '',
    caseSummary: str(r.caseSummary) ?? '',
    lawExplained: str(r.lawExplained) ?? '',
    legalBasis: str(r.legalBasis) ?? '',
    caseDate: str(r.caseDate),
    departmentName: departmentName(r),
  })) ?? null;
}

const ITEM_COLUMNS = ['content', 'targets', 'means', 'period'] as const;

export const LegalEducationPage = () => {
  const { t: pt, date } = usePublicText();
  const t = (key: string, args?: Record<string, unknown>) => pt(`education.${key}`, args);
  const lists = usePublicData('/api/public/legal-education-lists?pageSize=20', useCallback(parseEducationLists, []));
  const cases = usePublicData('/api/public/case-interpretations?pageSize=20', useCallback(parseCaseInterpretations, []));
  return (
    <Stack spacing={2}>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="public-education-lists">
        <Typography id="public-education-lists" variant="h5" component="h2">{t('lists_title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('intro')}</Typography>
        {!lists.data ? (
          <Status state={lists} />
        ) : lists.data.length === 0 ? (
          <Typography color="text.secondary" role="status">{t('lists_empty')}</Typography>
        ) : (
          lists.data.map((l) => (
            <Box key={l.id} data-testid="public-education-list" sx={{ mb: 2 }}>
              <Typography variant="subtitle1" component="h3">{l.title}</Typography>
              <Typography variant="body2" color="text.secondary">{[l.departmentName, l.year ? t('year', { year: l.year }) : null, l.publishedOn ? t('published_on', { date: date(l.publishedOn) }) : null].filter(Boolean).join(' · ')}</Typography>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" aria-label={l.title}>
                  <TableHead>
                    <TableRow>{ITEM_COLUMNS.map((c) => <TableCell key={c} component="th" scope="col">{t(`columns.${c}`)}</TableCell>)}</TableRow>
                  </TableHead>
                  <TableBody>
                    {l.items.map((item, i) => (
                      <TableRow key={i}>{ITEM_COLUMNS.map((c) => <TableCell key={c} sx={{ whiteSpace: 'pre-line' }}>{item[c]}</TableCell>)}</TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </Box>
          ))
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="public-case-interpretations">
        <Typography id="public-case-interpretations" variant="h5" component="h2">{t('cases_title')}</Typography>
        {!cases.data ? (
          <Status state={cases} />
        ) : cases.data.length === 0 ? (
          <Typography color="text.secondary" role="status">{t('cases_empty')}</Typography>
        ) : (
          <Stack component="ol" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {cases.data.map((c) => (
              <Box component="li" key={c.id} data-testid="public-case-interpretation" sx={{ borderTop: 1, borderColor: 'divider', pt: 1 }}>
                <Typography variant="subtitle1" component="h3">{c.title}</Typography>
                <Typography variant="body2" color="text.secondary">{[c.departmentName, c.caseDate ? date(c.caseDate) : null].filter(Boolean).join(' · ')}</Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>{c.caseSummary}</Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}><strong>{t('law_explained')}</strong>{c.lawExplained}</Typography>
                <Typography variant="body2" color="text.secondary">{t('legal_basis')}{c.legalBasis}</Typography>
              </Box>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
};
