// The figures table of a report, and of its roll-up: one row per figure, the report's own value and,
// for a government, the sum of its subordinates' delivered reports.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportView } from '../../../config/src/reports';
import { FIGURE_KEYS, figureText } from './figureKeys';

export const ReportFiguresTable = ({ view }: { view: ReportView }) => {
  const translate = useTranslate();
  const own = view.figures as unknown as Record<string, unknown> | null;
  const rollup = view.rollup;
  const summed = (key: string): unknown => (key === 'decompositionShare' ? rollup?.decompositionShare : key === 'assessmentAverage' ? null : (rollup?.totals as Record<string, unknown> | undefined)?.[key]);
  return (
    <Table size="small" aria-label={translate('app.reports.figures_title')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{translate('app.reports.columns.figure')}</TableCell>
          <TableCell component="th" scope="col" align="right">{translate('app.reports.columns.own')}</TableCell>
          {rollup && <TableCell component="th" scope="col" align="right">{translate('app.reports.columns.rollup', { n: rollup.reported })}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {FIGURE_KEYS.map((key) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row">{translate(`app.reports.figures.${key}`)}</TableCell>
            <TableCell align="right">{figureText(own?.[key])}</TableCell>
            {rollup && <TableCell align="right">{figureText(summed(key))}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const RollupTable = ({ view }: { view: ReportView }) => {
  const translate = useTranslate();
  if (!view.rollup) return null;
  return (
    <Table size="small" aria-label={translate('app.reports.rollup_title')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{translate('app.reports.columns.reporter')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.reports.columns.state')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.reports.columns.submittedAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {view.rollup.entries.map((e) => (
          <TableRow key={`${e.kind}-${e.id}`}>
            <TableCell>{e.name}</TableCell>
            <TableCell>
              {e.report ? translate(`enums.annual-reports.state.${e.report.state}`, { _: e.report.state }) : translate('app.reports.not_reported')}
              {e.report?.overdue && ` · ${translate('app.reports.overdue')}`}
              {e.report?.submittedLate && ` · ${translate('app.reports.late')}`}
            </TableCell>
            <TableCell>{e.report?.submittedAt?.slice(0, 10) ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
