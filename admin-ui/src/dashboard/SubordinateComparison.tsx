// A league or the region compares the governments directly below it (issue 14, point 6): a table
// with a row per government and a column per figure, each figure a link to the filtered list of its
// records, and a bar chart of one chosen figure across the governments (a bar opens that list).
import { useId, useState } from 'react';
import { Box, MenuItem, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography, useTheme } from '@mui/material';
import { Link, useNavigate, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { compareZh } from './texts';
import { useFigureLink } from './useFigureLink';
import type { SubordinateGovernment } from './types';

export const SubordinateComparison = ({ governments }: { governments: SubordinateGovernment[] }) => {
  const raTranslate = useTranslate();
  const translate = (key: string, options: Record<string, unknown> = {}): string => raTranslate(`app.dashboard.compare.${key}`, { _: compareZh[key] ?? key, ...options });
  const theme = useTheme();
  const navigate = useNavigate();
  const linkOf = useFigureLink();
  const headingId = useId();
  const keys = governments[0]?.figures.map((f) => f.key) ?? [];
  const [chosen, setChosen] = useState<string>(keys[0] ?? '');
  if (governments.length === 0 || keys.length === 0) return null;
  const label = (key: string): string => translate(`figures.${key}`);
  const current = keys.includes(chosen) ? chosen : keys[0];
  const data = governments.map((g) => ({ name: g.name, count: g.figures.find((f) => f.key === current)?.count ?? 0 }));
  const open = (index: number) => {
    const figure = governments[index]?.figures.find((f) => f.key === current);
    if (figure) navigate(linkOf(figure));
  };
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
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={label(current)} fill={theme.palette.primary.main} cursor="pointer" onClick={(_, index) => open(index)} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Paper>
  );
};
