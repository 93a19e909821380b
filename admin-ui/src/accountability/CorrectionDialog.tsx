// 记录整改 (Art. 27): the date the correction was made; the server refuses one after the deadline
// (逾期不改正 escalates instead) or in the future.
import { useId, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCaseText } from './useCaseText';
import type { useCaseUpdate } from './useCaseUpdate';

const today = (): string => new Date().toISOString().slice(0, 10);

export const CorrectionDialog = ({ open, onClose, step }: { open: boolean; onClose: () => void; step: ReturnType<typeof useCaseUpdate> }) => {
  const translate = useTranslate();
  const { t } = useCaseText();
  const titleId = useId();
  const [date, setDate] = useState(today());
  const confirm = async () => {
    if (await step.update({ state: 'corrected', correctedAt: date })) onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('correct_title')}</DialogTitle>
      <DialogContent>
        {step.error && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{step.error}</Alert>}
        <TextField type="date" fullWidth margin="dense" label={t('corrected_at')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} helperText={t('correct_helper')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={!date || step.busy}>{t('confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
};
