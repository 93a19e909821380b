// A major-penalty filing in full (the counterpart shown, the read logged by the server), with where it
// stands (Art. 16: due, overdue, filed, filed late) and, for the justice department of the same
// government, the button that records receipt.
import { useState } from 'react';
import { Alert, Box, Button, Chip, Stack } from '@mui/material';
import { EditButton, Show, TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { filingStatus } from '../../../config/src/reports';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { useCan, useResourceSchema, useSession } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { transitionRefusal } from '../lists/refusal';
import { ConfirmStepDialog } from '../desk';

const RESOURCE = 'major-penalty-filings';
const COLOURS = { undecided: 'default', due: 'info', overdue: 'error', filed: 'success', 'filed-late': 'warning' } as const;
const today = (): string => new Date().toISOString().slice(0, 10);
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, 10) : null);

const Status = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { me } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!record) return null;
  const status = filingStatus(str(record.filingDeadline), str(record.filedAt), today());
  // Only a justice reviewer may receive; the server checks it is the deciding department's own government.
  const mayReceive = me?.role === 'justice-reviewer' && str(record.filedAt) !== null && str(record.receivedAt) === null;
  const receive = async () => {
    setConfirming(false);
    setError(null);
    try {
      await httpClient(`${API_URL}/${RESOURCE}/${encodeURIComponent(String(record.id))}/receipt`, { method: 'POST', body: JSON.stringify({}) });
      notify('app.reports.filing.received', { type: 'success' });
      refresh();
    } catch (e) {
      setError(transitionRefusal(e).message);
    }
  };
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <Chip color={COLOURS[status]} label={translate(`app.reports.filing.status.${status}`, { deadline: str(record.filingDeadline) ?? '' })} />
        {str(record.receivedAt) && <Chip variant="outlined" label={translate('app.reports.filing.received_on', { date: str(record.receivedAt) ?? '', by: String(record.receivedBy ?? '') })} />}
        {mayReceive && <Button variant="contained" onClick={() => setConfirming(true)}>{translate('app.reports.filing.receive')}</Button>}
      </Stack>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
      <ConfirmStepDialog
        open={confirming}
        title={translate('app.desk.steps.filing_receive_title')}
        consequence={translate('app.desk.steps.filing_receive_consequence')}
        confirmLabel={translate('app.desk.steps.confirm_receive')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void receive()}
      />
    </Box>
  );
};

const Actions = () => {
  const can = useCan();
  const record = useRecordContext();
  // Once filed the case is closed (MAJOR_PENALTY): no edit button.
  return <TopToolbar>{can(RESOURCE, 'edit') && !str(record?.filedAt) && <EditButton />}</TopToolbar>;
};

export const FilingShow = () => {
  const schema = useResourceSchema(RESOURCE);
  if (!schema) return null;
  return (
    <Show actions={<Actions />}>
      <Status />
      <SchemaShowLayout schema={schema} />
    </Show>
  );
};
