// A league or the region compares the governments directly below it (issue 14, point 6): a table
// with a row per government and a column per figure, each figure a link to the filtered list of its
// records, and a bar chart of one chosen figure across the governments (a bar opens that list).
import { useId, useState } from 'react';
import { Box, MenuItem, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { FigureBars } from './FigureBarChart';
import { useFigureLink } from './useFigureLink';
import type { Figure, SubordinateGovernment } from './types';

export const SubordinateComparison = ({ governments }: { governments: SubordinateGovernment[] }) => {
  const raTranslate = useTranslate();
  const translate = (key: string, options: Record<string, unknown> = {}): string => raTranslate(`app.dashboard.compare.${key}`, { _: key, ...options });
  const linkOf = useFigureLink();
  const headingId = useId();
  const keys = governments[0]?.figures.map((f) => f.key) ?? [];
  const [chosen, setChosen] = useState<string>(keys[0] ?? '');
  if (governments.length === 0 || keys.length === 0) return null;
  const label = (key: string): string => translate(`figures.${key}`);
  const current = keys.includes(chosen) ? chosen : keys[0];
  // The chosen figure of each government, in the table's order (a government without it counts 0).
  const bars: Figure[] = governments.map((g) => g.figures.find((f) => f.key === current) ?? { key: current, count: 0, resource: '', filter: {} });
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, mb: 3, minWidth: 0 }} className="subordinate-comparison">
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('title')}
      </Typography>
      <TableContainer sx={{ overflowX: 'auto', mb: 2 }}>
        <Table size="small">
          <caption>{translate('table')}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">{translate('government')}</TableCell>
              {keys.map((key) => (
                <TableCell key={key} component="th" scope="col" align="right" sx={{ minWidth: 88 }}>{label(key)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {governments.map((g) => (
              <TableRow key={g.id}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>{g.name}</TableCell>
                {keys.map((key) => {
                  const figure = g.figures.find((f) => f.key === key);
                  return (
                    <TableCell key={key} align="right">
                      {figure ? (
                        <Link to={linkOf(figure)} aria-label={translate('cell_label', { government: g.name, label: label(key), count: figure.count })}>
                          {figure.count}
                        </Link>
                      ) : '—'}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TextField select size="small" label={translate('choose')} value={current} onChange={(e) => setChosen(e.target.value)} sx={{ minWidth: 240, mb: 1 }}>
        {keys.map((key) => (
          <MenuItem key={key} value={key}>{label(key)}</MenuItem>
        ))}
      </TextField>
      <Typography variant="subtitle2" component="p">{translate('chart', { label: label(current) })}</Typography>
      {/* The table above says the same to assistive technology. */}
      <Box aria-hidden="true" sx={{ width: '100%', height: 280 }}>
        <FigureBars title={label(current)} figures={bars} labelOf={(_, index) => governments[index]?.name ?? ''} />
      </Box>
    </Paper>
  );
};
