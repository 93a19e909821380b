// 提交职权调整申请 (Art. 10, 11, 13): the power rows of a sheet that pass every rule but the
// approval they still need go to the justice department as ONE power adjustment request, after a
// confirmation that says what it adds and changes and takes the reason the request records.
import { useId, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useImportText } from './texts';

export interface BatchSubmitProps {
  rows: number;
  added: number;
  changed: number;
  disabled: boolean;
  busy: boolean;
  onSubmit: (reason: string) => void;
}

export const BatchSubmit = ({ rows, added, changed, disabled, busy, onSubmit }: BatchSubmitProps) => {
  const t = useImportText();
  const titleId = useId();
  const textId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const counts = { smart_count: rows, added, changed };
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)} disabled={disabled || busy}>
        {t('batch_submit')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} aria-describedby={textId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t('batch_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>{t('batch_consequence', counts)}</DialogContentText>
          <TextField autoFocus fullWidth multiline minRows={2} margin="dense" required label={t('batch_reason')} helperText={t('batch_reason_hint')} value={reason} onChange={(event) => setReason(event.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('batch_cancel')}</Button>
          <Button
            variant="contained"
            disabled={reason.trim() === '' || busy}
            onClick={() => {
              setOpen(false);
              onSubmit(reason.trim());
            }}
          >
            {t('batch_submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
