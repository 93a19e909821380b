// Bars of figures (e.g. powers by type, or one figure across subordinate governments); a click on a
// bar opens the filtered list. FigureBars is the drawing alone, for panels with their own table;
// FigureBarChart puts it in a titled ChartPanel with the table alternative.
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

export interface FigureBarsProps {
  title: string;
  figures: Figure[];
  /** A bar's name; the index is the figure's place in `figures`. */
  labelOf: (figure: Figure, index: number) => string;
}

export const FigureBars = ({ title, figures, labelOf }: FigureBarsProps) => {
  const theme = useTheme();
  const navigate = useNavigate();
  const linkOf = useFigureLink();
  const data = figures.map((figure, index) => ({ name: labelOf(figure, index), count: figure.count }));
  const open = (index: number) => {
    const figure = figures[index];
    // A figure without a list (a government lacking it, drawn as 0) opens nothing.
    if (figure?.resource) navigate(linkOf(figure));
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={title} fill={theme.palette.primary.main} cursor="pointer" onClick={(_, index) => open(index)} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export const FigureBarChart = ({ title, figures, labelOf }: FigureChartProps) => (
  <ChartPanel title={title} figures={figures} labelOf={labelOf}>
    <FigureBars title={title} figures={figures} labelOf={labelOf} />
  </ChartPanel>
);
