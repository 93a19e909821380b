// A titled section of figure cards; nothing is shown for a group the role may not read (empty).
import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { FigureCard } from './FigureCard';
import { figureId } from './links';
import type { Figure } from './types';

export interface FigureGroupProps {
  title: string;
  figures: Figure[];
  alertWhenNonZero?: boolean;
  labelOf?: (figure: Figure) => string;
}

export const FigureGroup = ({ title, figures, alertWhenNonZero, labelOf }: FigureGroupProps) => {
  const headingId = useId();
  if (figures.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        {figures.map((figure) => (
          <FigureCard key={figureId(figure)} figure={figure} alertWhenNonZero={alertWhenNonZero} label={labelOf?.(figure)} />
        ))}
      </Box>
    </Box>
  );
};
