// The written opinion a return needs, or the reason a withdrawal needs (Art. 13): the dialog cannot
// be confirmed while the text is blank.
import { useId, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ListAction } from './parse';

export interface OpinionDialogProps {
  action: ListAction;
  open: boolean;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: (opinion: string) => void;
}

export const OpinionDialog = ({ action, open, busy = false, onCancel, onConfirm }: OpinionDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [opinion, setOpinion] = useState('');
  const [touched, setTouched] = useState(false);
  const kind = action === 'withdraw' ? 'withdraw' : 'return';
  const blank = opinion.trim() === '';
  const close = () => {
    setOpinion('');
    setTouched(false);
    onCancel();
  };
  const confirm = () => {
    setTouched(true);
    if (!blank) onConfirm(opinion.trim());
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(`app.lists.opinion.${kind}_title`)}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          required
          fullWidth
          multiline
          minRows={3}
          margin="dense"
          label={translate(`app.lists.opinion.${kind}_label`)}
          value={opinion}
          onChange={(event) => setOpinion(event.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && blank}
          helperText={touched && blank ? translate('app.lists.opinion.required') : translate(`app.lists.opinion.${kind}_helper`)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color={kind === 'withdraw' ? 'error' : 'primary'} onClick={confirm} disabled={blank || busy}>
          {translate('app.lists.opinion.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
