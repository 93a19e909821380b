// The recorded transitions of a version, oldest first: who (name, role, organisation), when, from
// which state to which, and the opinion or reason given.
import { Paper, Typography } from '@mui/material';
import { stepTitle, Timeline } from '../components/Timeline';
import type { ListHistoryEntry } from './parse';
import { useListText } from './useListText';

export const HistoryTimeline = ({ history }: { history: ListHistoryEntry[] }) => {
  const { t, actionLabel, stateLabel, roleLabel, dateTime } = useListText();
  const entries = history.map((entry) => ({
    at: entry.at,
    when: dateTime(entry.at),
    title: stepTitle(actionLabel(entry.action), entry.from ? stateLabel(entry.from) : null, stateLabel(entry.to)),
    who: [t('history_actor', { actor: entry.actor }), roleLabel(entry.role), entry.organisation ?? ''].filter((p) => p !== '').join(' · '),
    body: entry.opinion ? (
      <Paper variant="outlined" sx={{ mt: 1, p: 1, bgcolor: 'action.hover' }}>
        <Typography variant="caption" color="text.secondary" component="p">
          {t('history_opinion')}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {entry.opinion}
        </Typography>
      </Paper>
    ) : undefined,
  }));
  return <Timeline entries={entries} label={t('tabs.history')} empty={t('history_empty')} />;
};
