// The timeline of a case, oldest first: who (name, role, organisation, or 系统 for the escalation
// job), when, from which state to which, and the note (correction date, exemption reasons, escalation).
import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { parseHistory } from './parse';
import { useCaseText } from './useCaseText';

export const CaseTimeline = () => {
  const record = useRecordContext();
  const { t, stateLabel, actionLabel, roleLabel, dateTime } = useCaseText();
  const history = parseHistory(record?.history);
  if (history.length === 0) return <Typography variant="body2" color="text.secondary">{t('history_empty')}</Typography>;
  return (
    <Box component="ol" aria-label={t('timeline')} sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}>
      {history.map((entry, index) => (
        <Box component="li" key={`${entry.at}-${index}`} sx={{ position: 'relative', pl: 3, pb: 2 }}>
          <Box aria-hidden="true" sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: entry.to === 'escalated' ? 'error.main' : 'primary.main' }} />
          <Typography variant="subtitle2" component="h3">
            {actionLabel(entry.action)}
            {'：'}
            {entry.from ? `${stateLabel(entry.from)} → ` : ''}
            {stateLabel(entry.to)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            {' · '}
            {entry.actor === 'system' ? t('system_actor') : [t('history_actor', { actor: entry.actor }), roleLabel(entry.role), entry.organisation ?? ''].filter((p) => p !== '').join(' · ')}
          </Typography>
          {entry.note && <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>{entry.note}</Typography>}
        </Box>
      ))}
    </Box>
  );
};
