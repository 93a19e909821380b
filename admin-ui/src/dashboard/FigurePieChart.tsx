// A pie of a figure group (e.g. list versions by state); empty states are left out of the drawing
// (not of the table), and a click on a slice opens the filtered list.
import { useTheme } from '@mui/material';
import { useNavigate } from 'react-admin';
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { ChartPanel } from './ChartPanel';
import type { FigureChartProps } from './FigureBarChart';
import { useFigureLink } from './useFigureLink';

export const FigurePieChart = ({ title, figures, labelOf }: FigureChartProps) => {
  const theme = useTheme();
  const navigate = useNavigate();
  const linkOf = useFigureLink();
  const shown = figures.filter((f) => f.count > 0);
  const palette = [theme.palette.primary.main, theme.palette.secondary.main, theme.palette.success.main, theme.palette.warning.main, theme.palette.info.main, theme.palette.error.main, theme.palette.grey[500], theme.palette.grey[700]];
  const data = shown.map((figure) => ({ name: labelOf(figure), count: figure.count }));
  return (
    <ChartPanel title={title} figures={figures} labelOf={labelOf}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie rootTabIndex={-1} data={data} dataKey="count" nameKey="name" outerRadius="70%" label cursor="pointer" onClick={(_, index) => shown[index] && navigate(linkOf(shown[index]))}>
            {data.map((d, index) => (
              <Cell key={d.name} fill={palette[index % palette.length]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </ChartPanel>
  );
};
