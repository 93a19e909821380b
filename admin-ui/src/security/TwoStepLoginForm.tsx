// The sign-in form in two steps: account and password, then, for an account with a second factor,
// the 6-digit code of the authenticator app (or a recovery code). Field names stay those of
// react-admin's LoginForm (username, password) so password managers and the browser tests find them.
import { useState, type FormEvent } from 'react';
import { Box, Button, CardContent, CircularProgress, TextField, Typography } from '@mui/material';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { SecondFactorRequired } from '../providers/authProvider';

const messageOf = (error: unknown): string => (error instanceof Error && error.message !== '' ? error.message : 'ra.auth.sign_in_error');

export const TwoStepLoginForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const login = useLogin();
  const [ticket, setTicket] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState({ username: '', password: '', code: '' });
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await login(ticket ? { ticket, code: fields.code } : { username: fields.username, password: fields.password });
    } catch (error) {
      if (error instanceof SecondFactorRequired) {
        setTicket(error.ticket);
        setFields((f) => ({ ...f, password: '' }));
      } else {
        notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 280 }}>
        {ticket ? (
          <>
            <Typography variant="body2">{translate('app.second_factor.prompt')}</Typography>
            <TextField
              name="code"
              label={translate('app.second_factor.code')}
              value={fields.code}
              onChange={set('code')}
              autoFocus
              autoComplete="one-time-code"
              inputProps={{ inputMode: 'text', 'aria-describedby': 'second-factor-hint' }}
              helperText={<span id="second-factor-hint">{translate('app.second_factor.code_hint')}</span>}
            />
          </>
        ) : (
          <>
            <TextField name="username" label={translate('ra.auth.username')} value={fields.username} onChange={set('username')} autoFocus autoComplete="username" required />
            <TextField name="password" type="password" label={translate('ra.auth.password')} value={fields.password} onChange={set('password')} autoComplete="current-password" required />
          </>
        )}
        <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}>
          {translate(ticket ? 'app.second_factor.verify' : 'ra.auth.sign_in')}
        </Button>
        {ticket ? (
          <Button type="button" size="small" onClick={() => setTicket(null)}>
            {translate('app.second_factor.back')}
          </Button>
        ) : null}
      </CardContent>
    </Box>
  );
};
