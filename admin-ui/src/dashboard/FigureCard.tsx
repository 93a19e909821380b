// One figure: the number, what it counts, and a link to the list of exactly those records.
import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { LinkBase } from 'react-admin';
import { useDashboardText } from './useDashboardText';
import { useFigureLink } from './useFigureLink';
import type { Figure } from './types';

export interface FigureCardProps {
  figure: Figure;
  /** Gaps and deadlines: a non-zero count is something to act on, so it stands out. */
  alertWhenNonZero?: boolean;
  label?: string;
}

export const FigureCard = ({ figure, alertWhenNonZero = false, label }: FigureCardProps) => {
  const t = useDashboardText();
  const linkOf = useFigureLink();
  const name = label ?? t.figureLabel(figure);
  const alert = alertWhenNonZero && figure.count > 0;
  return (
    <Card variant="outlined" sx={{ height: '100%', borderColor: alert ? 'warning.main' : undefined }}>
      {/* The link is named by what it shows (number, label, 查看明细): an aria-label that did not
          contain the visible text failed WCAG 2.5.3 for voice users (axe label-content-name-mismatch). */}
      <CardActionArea component={LinkBase} to={linkOf(figure)} sx={{ height: '100%', '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main' } }}>
        <CardContent>
          <Typography variant="h4" component="p" color={alert ? 'warning.dark' : 'text.primary'}>
            {figure.count}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {name}
          </Typography>
          {figure.truncated && (
            <Typography variant="caption" color="text.secondary">
              {t.text('truncated', { limit: Array.isArray(figure.filter.id) ? figure.filter.id.length : 0 })}
            </Typography>
          )}
          <Typography variant="caption" color="primary" sx={{ display: 'block', mt: 1 }}>
            {t.text('link')}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
