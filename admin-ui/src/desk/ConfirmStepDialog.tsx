// The confirmation every workflow step asks for (issue 14 points 4–5): it names the step and its
// consequence in words, and takes an opinion where the step records one (required for a refusal).
import { useId, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ConfirmStepDialogProps {
  open: boolean;
  title: string;
  consequence: string;
  confirmLabel: string;
  /** 'none': no opinion field; 'optional' or 'required': an opinion field, blank refused when required. */
  opinion?: 'none' | 'optional' | 'required';
  danger?: boolean;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: (opinion: string) => void;
}

export const ConfirmStepDialog = ({ open, title, consequence, confirmLabel, opinion = 'none', danger = false, busy = false, onCancel, onConfirm }: ConfirmStepDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const textId = useId();
  const [text, setText] = useState('');
  const blank = opinion === 'required' && text.trim() === '';
  const close = () => {
    setText('');
    onCancel();
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={textId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>{consequence}</DialogContentText>
        {opinion !== 'none' && (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            required={opinion === 'required'}
            label={translate('app.desk.opinion')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            helperText={opinion === 'required' ? translate('app.desk.opinion_required') : translate('app.desk.opinion_optional')}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color={danger ? 'error' : 'primary'} disabled={blank || busy} onClick={() => onConfirm(text.trim())}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
