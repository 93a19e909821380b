// The steps a supervisor may take on a case (Art. 27, 29): record the correction of a correction
// order, decide a due-diligence exemption, close a finished measure. Escalation is not here: the
// server's job takes it when the deadline passes. The server re-checks every step (the role, the
// organisation, the fields), so these buttons only spare the user a refusal.
import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ConfirmStepDialog } from '../desk';
import { useCan } from '../providers/useSession';
import { CorrectionDialog } from './CorrectionDialog';
import { ExemptionDialog } from './ExemptionDialog';
import { useCaseText } from './useCaseText';
import { useCaseUpdate } from './useCaseUpdate';

type Open = 'correct' | 'exempt' | 'close' | null;

const today = (): string => new Date().toISOString().slice(0, 10);

export const CaseActions = () => {
  const record = useRecordContext();
  const can = useCan();
  const { t } = useCaseText();
  const step = useCaseUpdate();
  const translate = useTranslate();
  const [open, setOpen] = useState<Open>(null);
  if (!record) return null;
  const state = String(record.state ?? '');
  const isOrder = record.measure === 'correction-order';
  const overdue = isOrder && state === 'open' && typeof record.deadline === 'string' && record.deadline < today();
  const close = () => { step.clearError(); setOpen(null); };
  const may = can('accountability-cases', 'edit');
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {overdue && <Alert severity="warning">{t('overdue_notice', { date: String(record.deadline) })}</Alert>}
      {state === 'escalated' && <Alert severity="error">{t('escalated_notice')}</Alert>}
      {step.error && open === null && <Alert severity="error" role="alert">{step.error}</Alert>}
      {may && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {state === 'open' && isOrder && <Button variant="contained" onClick={() => setOpen('correct')}>{t('correct')}</Button>}
          {state === 'open' && <Button variant="outlined" onClick={() => setOpen('exempt')}>{t('exempt')}</Button>}
          {((state === 'open' && !isOrder) || state === 'corrected') && (
            <Button variant="outlined" disabled={step.busy} onClick={() => setOpen('close')}>{t('close')}</Button>
          )}
        </Stack>
      )}
      <CorrectionDialog open={open === 'correct'} onClose={close} step={step} />
      <ExemptionDialog open={open === 'exempt'} onClose={close} step={step} />
      {/* Closing ends the case for good: the confirmation names it (issue 14, point 5). */}
      <ConfirmStepDialog
        open={open === 'close'}
        title={translate('app.desk.steps.case_close_title')}
        consequence={translate('app.desk.steps.case_close_consequence')}
        confirmLabel={translate('app.desk.steps.confirm_close')}
        busy={step.busy}
        onCancel={close}
        onConfirm={() => {
          setOpen(null);
          void step.update({ state: 'closed' });
        }}
      />
    </Stack>
  );
};
