// The department proposes a law its sheet cites to the justice bureau of its government (Art. 10):
// the name as the list writes it, the level, issuing body and date the legal-basis library needs.
// A refusal (the library holds it under another spelling: LAW_DUPLICATE) is shown in the dialog.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const LAW_LEVELS = ['law', 'administrative-regulation', 'local-regulation', 'autonomous-regulation', 'department-rule', 'government-rule', 'normative-document'];

export interface ProposeLawDialogProps {
  title: string;
  rows: number[];
  onSend(input: { title: string; level: string; issuingBody: string; promulgatedAt: string }): Promise<void>;
  onClose(): void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const ProposeLawDialog = ({ title: cited, rows, onSend, onClose }: ProposeLawDialogProps) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.lawprop.${key}`, options);
  const [title, setTitle] = useState(cited);
  const [level, setLevel] = useState('');
  const [issuingBody, setIssuingBody] = useState('');
  const [promulgatedAt, setPromulgatedAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSend({ title, level, issuingBody, promulgatedAt });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="propose-law-title" fullWidth maxWidth="sm">
      <DialogTitle id="propose-law-title">{t('dialog_title', { title: cited })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Typography variant="body2">{t('rows', { rows: rows.join('、') })}</Typography>
          <TextField label={t('title')} value={title} onChange={(e) => setTitle(e.target.value)} required inputProps={{ maxLength: 200 }} />
          <TextField select label={t('level')} value={level} onChange={(e) => setLevel(e.target.value)} required>
            {LAW_LEVELS.map((l) => <MenuItem key={l} value={l}>{translate(`enums.legal-bases.level.${l}`)}</MenuItem>)}
          </TextField>
          <TextField label={t('issuing_body')} value={issuingBody} onChange={(e) => setIssuingBody(e.target.value)} inputProps={{ maxLength: 100 }} />
          <TextField label={t('promulgated_at')} type="date" value={promulgatedAt} onChange={(e) => setPromulgatedAt(e.target.value)} InputLabelProps={{ shrink: true }} />
          {error && <Alert severity="error" role="alert">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{t('cancel')}</Button>
        <Button variant="contained" onClick={() => void send()} disabled={busy || title.trim() === '' || level === ''}>{t('send')}</Button>
      </DialogActions>
    </Dialog>
  );
};
