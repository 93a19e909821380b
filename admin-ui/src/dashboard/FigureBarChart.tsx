// Bars of a figure group (e.g. powers by type); a click on a bar opens the filtered list.
import { useTheme } from '@mui/material';
import { useNavigate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPanel } from './ChartPanel';
import { useFigureLink } from './useFigureLink';
import type { Figure } from './types';

export interface FigureChartProps {
  title: string;
  figures: Figure[];
  labelOf: (figure: Figure) => string;
}

export const FigureBarChart = ({ title, figures, labelOf }: FigureChartProps) => {
  const theme = useTheme();
  const navigate = useNavigate();
  const linkOf = useFigureLink();
  const data = figures.map((figure) => ({ name: labelOf(figure), count: figure.count }));
  const open = (index: number) => {
    const figure = figures[index];
    if (figure) navigate(linkOf(figure));
  };
  return (
    <ChartPanel title={title} figures={figures} labelOf={labelOf}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" name={title} fill={theme.palette.primary.main} cursor="pointer" onClick={(_, index) => open(index)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartPanel>
  );
};
