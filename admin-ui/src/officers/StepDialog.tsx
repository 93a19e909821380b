// The dialog of one certificate step (Art. 19): the inputs the step takes (number and dates for an
// issue, a new expiry for a review, a reason where the step needs one), checked as the server will
// check them; the server's refusal, if any, is shown inside the dialog.
import { useId, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { stepInputs, stepProblems, type CertificateStep, type StepValues } from './parse';
import { useCertificateText } from './useCertificateText';

const EMPTY: StepValues = { reason: '', certificateNumber: '', certificateIssuedAt: '', certificateExpiresAt: '', enforcementCategories: '' };

export interface StepDialogProps {
  step: CertificateStep;
  reasonRequired: boolean;
  today: string;
  busy: boolean;
  refusal: string | null;
  onCancel: () => void;
  onConfirm: (values: StepValues) => void;
}

export const StepDialog = ({ step, reasonRequired, today, busy, refusal, onCancel, onConfirm }: StepDialogProps) => {
  const { t, stepLabel } = useCertificateText();
  const titleId = useId();
  const [values, setValues] = useState<StepValues>(EMPTY);
  const [touched, setTouched] = useState(false);
  const problems = stepProblems(step, values, reasonRequired, today);
  const inputs = stepInputs(step);
  const field = (name: keyof StepValues, type: 'text' | 'date', helper?: string) => (
    <TextField
      key={name}
      fullWidth
      margin="dense"
      type={type}
      required={name === 'reason' ? reasonRequired : step === 'issue' && name !== 'enforcementCategories'}
      multiline={name === 'reason'}
      minRows={name === 'reason' ? 2 : undefined}
      label={t(`dialog.${name}`)}
      value={values[name]}
      onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
      error={touched && problems[name] !== undefined}
      helperText={touched && problems[name] ? t(`dialog.${problems[name]}`) : helper}
      slotProps={type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('dialog.title', { step: stepLabel(step) })}</DialogTitle>
      <DialogContent>
        {inputs.includes('certificateNumber') && field('certificateNumber', 'text')}
        {inputs.includes('certificateIssuedAt') && field('certificateIssuedAt', 'date')}
        {inputs.includes('certificateExpiresAt') && field('certificateExpiresAt', 'date', step === 'review' ? t('dialog.expiry_review_helper') : undefined)}
        {inputs.includes('enforcementCategories') && field('enforcementCategories', 'text', t('dialog.categories_helper'))}
        {field('reason', 'text')}
        {refusal && <Alert severity="error" sx={{ mt: 1 }}>{refusal}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('dialog.cancel')}</Button>
        <Button
          variant="contained"
          color={step === 'revoke' || step === 'cancel' || step === 'suspend' ? 'error' : 'primary'}
          disabled={busy}
          onClick={() => {
            setTouched(true);
            if (Object.keys(problems).length === 0) onConfirm(values);
          }}
        >
          {t('dialog.confirm', { step: stepLabel(step) })}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
