// The late list versions in the 逾期事项 card (issue 14): each a link to its version, worded as the
// inbox's 已逾期 words it (the server sends the same items for both), and, when the server named only
// the first of them, a link to the list of all that the figure counts.
import { Box, List, Typography } from '@mui/material';
import { useId } from 'react';
import { LinkBase } from 'react-admin';
import { InboxItemRow } from './Inbox';
import type { InboxItem } from './inbox';
import type { Figure } from './types';
import { useDashboardText } from './useDashboardText';
import { useFigureLink } from './useFigureLink';

export const OverdueLists = ({ items, figure }: { items: InboxItem[]; figure?: Figure }) => {
  const t = useDashboardText();
  const linkOf = useFigureLink();
  const headingId = useId();
  if (items.length === 0) return null;
  const total = figure?.count ?? items.length;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }} data-testid="overdue-lists">
      <Typography id={headingId} variant="subtitle1" component="h3">
        {t.text('overdue_lists')}（{total}）
      </Typography>
      <List dense disablePadding>
        {items.map((item) => (
          <InboxItemRow key={item.id} item={item} />
        ))}
      </List>
      {figure && total > items.length && (
        <Typography component={LinkBase} to={linkOf(figure)} variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
          {t.text('overdue_lists_all', { count: total })}
        </Typography>
      )}
    </Box>
  );
};
