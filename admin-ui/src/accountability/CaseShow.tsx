// The page of an accountability case (/accountability-cases/:id/show): state and the steps the user
// may take, the timeline (including the escalation by the server), then every field of the case.
import { Box, Paper, Typography } from '@mui/material';
import { EditButton, Show, TopToolbar, useRecordContext, useResourceContext } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { CaseActions } from './CaseActions';
import { CaseTimeline } from './CaseTimeline';
import { useCaseText } from './useCaseText';

const ShowActions = () => {
  const record = useRecordContext();
  const can = useCan();
  // Only an open case is edited; a finished one keeps what it recorded (CASE_TRANSITION).
  return <TopToolbar>{can('accountability-cases', 'edit') && record?.state === 'open' && <EditButton />}</TopToolbar>;
};

const StateHeading = () => {
  const record = useRecordContext();
  const { t, stateLabel } = useCaseText();
  if (!record) return null;
  return (
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      {t('state_heading', { state: stateLabel(String(record.state ?? '')) })}
    </Typography>
  );
};

export const CaseShow = () => {
  const schema = useResourceSchema(useResourceContext());
  const { t } = useCaseText();
  return (
    <Show actions={<ShowActions />}>
      <Box sx={{ p: 2 }}>
        <StateHeading />
        <CaseActions />
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>{t('timeline')}</Typography>
          <CaseTimeline />
        </Paper>
      </Box>
      {schema && <SchemaShowLayout schema={{ ...schema, fields: schema.fields.filter((f) => f.name !== 'history') }} />}
    </Show>
  );
};
