// A titled chart with its table alternative. The drawing itself is hidden from assistive
// technology: the table says the same, and says it better.
import { Box, Paper, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { ChartTable } from './ChartTable';
import type { Figure } from './types';

export interface ChartPanelProps {
  title: string;
  figures: Figure[];
  labelOf: (figure: Figure) => string;
  children: ReactNode;
}

export const ChartPanel = ({ title, figures, labelOf, children }: ChartPanelProps) => {
  const headingId = useId();
  if (figures.length === 0) return null;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, minWidth: 0 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box aria-hidden="true" sx={{ width: '100%', height: 280 }}>
        {children}
      </Box>
      <ChartTable title={title} figures={figures} labelOf={labelOf} />
    </Paper>
  );
};
