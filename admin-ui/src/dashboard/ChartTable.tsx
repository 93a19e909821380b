// The text alternative of a chart: the same figures as a table for screen readers, each row a link
// to the filtered list. Hidden from view, it appears when a keyboard user tabs into it, so that no
// focused link is ever invisible.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { Link } from 'react-admin';
import { figureId } from './links';
import { useDashboardText } from './useDashboardText';
import { useFigureLink } from './useFigureLink';
import type { Figure } from './types';

export interface ChartTableProps {
  title: string;
  figures: Figure[];
  labelOf: (figure: Figure) => string;
}

export const ChartTable = ({ title, figures, labelOf }: ChartTableProps) => {
  const t = useDashboardText();
  const linkOf = useFigureLink();
  return (
    <Table size="small" sx={{ '&:not(:focus-within)': visuallyHidden }}>
      <caption>{t.text('chart_table', { title })}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{t.text('column_name')}</TableCell>
          <TableCell component="th" scope="col" align="right">{t.text('column_count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {figures.map((figure) => (
          <TableRow key={figureId(figure)}>
            <TableCell component="th" scope="row">
              <Link to={linkOf(figure)}>{labelOf(figure)}</Link>
            </TableCell>
            <TableCell align="right">{figure.count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
