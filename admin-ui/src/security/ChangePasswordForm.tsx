// The signed-in user's new password: current password, new password twice. The server judges the
// policy (config/security.json: length, classes, account name, the last five) and says what is wrong.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useAuthProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleAuthProvider } from '../providers/authProvider';
import { isObject } from '../providers/types';
import { security } from '../../../config/src/console';

const messageOf = (error: unknown): string | null => {
  const body = isObject(error) && isObject(error.body) ? error.body : null;
  return body && typeof body.message === 'string' ? body.message : null;
};

export const ChangePasswordForm = ({ onDone }: { onDone?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const auth = useAuthProvider() as ConsoleAuthProvider | undefined;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) {
      setError(translate('app.password.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await auth?.changePassword(current, next);
      notify('app.password.changed', { type: 'success' });
      onDone?.();
    } catch (e) {
      setError(messageOf(e) ?? translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} sx={{ maxWidth: 420 }} aria-label={translate('app.password.title')}>
      <Stack spacing={2}>
        <Typography variant="body2">{translate('app.password.rules', security.password)}</Typography>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField type="password" label={translate('app.password.current')} value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" required name="currentPassword" />
        <TextField type="password" label={translate('app.password.new')} value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" required name="password" />
        <TextField type="password" label={translate('app.password.again')} value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" required name="passwordAgain" />
        <Button type="submit" variant="contained" disabled={busy}>
          {translate('app.password.submit')}
        </Button>
      </Stack>
    </Box>
  );
};
