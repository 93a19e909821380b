// The validation report: spreadsheet row, column, rule, message — what the user fixes in Excel.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RowProblem } from './types';
import { useImportText } from './texts';

/** Thousands of identical problems help no one and slow the page; the count says how many there are. */
export const MAX_SHOWN = 1000;

export const ReportTable = ({ problems }: { problems: RowProblem[] }) => {
  const t = useImportText();
  const translate = useTranslate();
  const rule = (p: RowProblem) =>
    p.source === 'server'
      ? translate(`errors.${p.code}`, { _: p.rowMessage || p.message || p.code })
      : translate(`app.import.problem.${p.code}`, { _: p.code });
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <>
      <TableContainer sx={{ maxHeight: 360 }} tabIndex={0} aria-label={t('report_label')}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{t('row')}</TableCell>
              <TableCell>{t('column')}</TableCell>
              <TableCell>{t('rule')}</TableCell>
              <TableCell>{t('message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((p, index) => (
              <TableRow key={index}>
                <TableCell>{p.sheetRow}</TableCell>
                <TableCell>{p.column || t('whole_row')}</TableCell>
                <TableCell sx={{ maxWidth: 360 }}>{rule(p)}</TableCell>
                <TableCell>{p.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {problems.length > MAX_SHOWN && (
        <Typography variant="body2" color="text.secondary">
          {t('shown_first', { count: MAX_SHOWN })}
        </Typography>
      )}
    </>
  );
};
