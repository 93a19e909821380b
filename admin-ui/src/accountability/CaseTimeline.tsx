// The timeline of a case, oldest first: who (name, role, organisation, or 系统 for the escalation
// job), when, from which state to which, and the note (correction date, exemption reasons, escalation).
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { stepTitle, Timeline } from '../components/Timeline';
import { parseHistory } from './parse';
import { useCaseText } from './useCaseText';

export const CaseTimeline = () => {
  const record = useRecordContext();
  const { t, stateLabel, actionLabel, roleLabel, dateTime } = useCaseText();
  const entries = parseHistory(record?.history).map((entry) => ({
    at: entry.at,
    when: dateTime(entry.at),
    title: stepTitle(actionLabel(entry.action), entry.from ? stateLabel(entry.from) : null, stateLabel(entry.to)),
    who: entry.actor === 'system' ? t('system_actor') : [t('history_actor', { actor: entry.actor }), roleLabel(entry.role), entry.organisation ?? ''].filter((p) => p !== '').join(' · '),
    alert: entry.to === 'escalated',
    body: entry.note ? (
      <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
        {entry.note}
      </Typography>
    ) : undefined,
  }));
  return <Timeline entries={entries} label={t('timeline')} empty={t('history_empty')} />;
};
