// The recorded transitions of a version, oldest first: who (name, role, organisation), when, from
// which state to which, and the opinion or reason given.
import { Box, Paper, Typography } from '@mui/material';
import type { ListHistoryEntry } from './parse';
import { useListText } from './useListText';

export const HistoryTimeline = ({ history }: { history: ListHistoryEntry[] }) => {
  const { t, actionLabel, stateLabel, roleLabel, dateTime } = useListText();
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('history_empty')}
      </Typography>
    );
  }
  return (
    <Box component="ol" aria-label={t('tabs.history')} sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}>
      {history.map((entry, index) => (
        <Box component="li" key={`${entry.at}-${index}`} sx={{ position: 'relative', pl: 3, pb: 2 }}>
          <Box aria-hidden="true" sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: 'primary.main' }} />
          <Typography variant="subtitle2" component="h3">
            {actionLabel(entry.action)}
            {'：'}
            {entry.from ? `${stateLabel(entry.from)} → ` : ''}
            {stateLabel(entry.to)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            {' · '}
            {[t('history_actor', { actor: entry.actor }), roleLabel(entry.role), entry.organisation ?? ''].filter((p) => p !== '').join(' · ')}
          </Typography>
          {entry.opinion && (
            <Paper variant="outlined" sx={{ mt: 1, p: 1, bgcolor: 'action.hover' }}>
              <Typography variant="caption" color="text.secondary" component="p">
                {t('history_opinion')}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {entry.opinion}
              </Typography>
            </Paper>
          )}
        </Box>
      ))}
    </Box>
  );
};
