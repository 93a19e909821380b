// The per-row view of a batch power adjustment (Art. 10, 11, 13): what the department's sheet adds
// and changes, a page at a time (GET /console-api/power-adjustments/:id/rows), so that the justice
// reviewer sees every row of what it approves or returns as one act. Nothing shows for a request
// that carries no rows.
import { useEffect, useState } from 'react';
import { Alert, Card, CardContent, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { API_URL } from '../providers/dataProvider';
import { httpClient, type HttpClient } from '../providers/httpClient';
import { useImportText } from '../import/texts';

export interface BatchRowView {
  index: number;
  sheetRow: number | null;
  action: string;
  code: string;
  name: string;
  type: string;
  bases: { title: string; articles: string }[];
}

export interface BatchRowsPage {
  total: number;
  added: number;
  changed: number;
  rows: BatchRowView[];
}

const PAGE = 50;

export async function fetchBatchRows(id: string, page: number, client: HttpClient = httpClient): Promise<BatchRowsPage> {
  const range = JSON.stringify([page * PAGE, page * PAGE + PAGE - 1]);
  const { json } = await client(`${API_URL}/power-adjustments/${encodeURIComponent(id)}/rows?range=${encodeURIComponent(range)}`);
  return json as BatchRowsPage;
}

export const BatchRowsPanel = ({ load = fetchBatchRows }: { load?: typeof fetchBatchRows }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const t = useImportText();
  const [page, setPage] = useState(0);
  const [data, setData] = useState<BatchRowsPage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const id = record?.id === undefined ? null : String(record.id);
  useEffect(() => {
    if (!id) return;
    let live = true;
    load(id, page).then((d) => live && setData(d), (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [id, page, load]);
  if (failed) return <Alert severity="error">{failed}</Alert>;
  if (!data || data.total === 0) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('rows_title', { smart_count: data.total, added: data.added, changed: data.changed })}
        </Typography>
        <TableContainer sx={{ maxHeight: 480 }} tabIndex={0} aria-label={t('rows_label')}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{t('rows_sheet_row')}</TableCell>
                <TableCell>{t('rows_action')}</TableCell>
                <TableCell>{t('rows_code')}</TableCell>
                <TableCell>{t('rows_name')}</TableCell>
                <TableCell>{t('rows_type')}</TableCell>
                <TableCell>{t('rows_bases')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.rows.map((row) => (
                <TableRow key={row.index}>
                  <TableCell>{row.sheetRow ?? row.index + 1}</TableCell>
                  <TableCell>
                    <Chip size="small" color={row.action === 'change' ? 'warning' : 'success'} variant="outlined" label={t(row.action === 'change' ? 'action_change' : 'action_add')} />
                  </TableCell>
                  <TableCell>{row.code}</TableCell>
                  <TableCell>{row.name}</TableCell>
                  <TableCell>{translate(`enums.powers.type.${row.type}`, { _: row.type })}</TableCell>
                  <TableCell>{row.bases.map((b) => `《${b.title}》${b.articles}`).join('；')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination component="div" count={data.total} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_, next) => setPage(next)} />
      </CardContent>
    </Card>
  );
};
