// A titled section of figure cards; nothing is shown for a group the role may not read (empty).
import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { FigureCard } from './FigureCard';
import { useDashboardText } from './useDashboardText';
import { figureId } from './links';
import type { Figure } from './types';

export interface FigureGroupProps {
  title: string;
  figures: Figure[];
  alertWhenNonZero?: boolean;
  labelOf?: (figure: Figure) => string;
  /** Groups of things to act on: only the non-zero figures, so what needs action is not buried (issue 14, point 6). */
  nonZeroOnly?: boolean;
  /** Shown below the cards (the overdue group's late lists, each a link). */
  children?: ReactNode;
}

export const FigureGroup = ({ title, figures: all, alertWhenNonZero, labelOf, nonZeroOnly, children }: FigureGroupProps) => {
  const headingId = useId();
  const t = useDashboardText();
  if (all.length === 0) return null;
  const figures = nonZeroOnly ? all.filter((f) => f.count > 0) : all;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {figures.length === 0 && (
        <Typography color="text.secondary" className="figure-group-clear">
          {t.text('nothing_to_do')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        {figures.map((figure) => (
          <FigureCard key={figureId(figure)} figure={figure} alertWhenNonZero={alertWhenNonZero} label={labelOf?.(figure)} />
        ))}
      </Box>
      {children}
    </Box>
  );
};
