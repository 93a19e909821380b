// Setting up the second factor (GB/T 22239-2019 8.1.4.1 d): scan the QR code with an authenticator
// app (or type the key), confirm with its first code, then keep the recovery codes, shown this once.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, List, ListItem, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../providers/httpClient';
import { isObject } from '../providers/types';

interface Setup {
  qr: string;
  secret: string;
}

const serverMessage = (error: unknown): string | null => {
  const body = isObject(error) && isObject(error.body) ? error.body : null;
  return body && typeof body.message === 'string' ? body.message : null;
};

/** The key in groups of four, as apps that take it by hand show it. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim();

export const SecondFactorEnrol = ({ onDone }: { onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    httpClient('/console-api/auth/second-factor/setup', { method: 'POST' }).then(
      ({ json }) => {
        if (live && isObject(json) && typeof json.qr === 'string' && typeof json.secret === 'string') setSetup({ qr: json.qr, secret: json.secret });
      },
      (error: unknown) => live && setRefusal(serverMessage(error) ?? translate('ra.notification.http_error')),
    );
    return () => {
      live = false;
    };
  }, [translate]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { json } = await httpClient('/console-api/auth/second-factor/enable', { method: 'POST', body: JSON.stringify({ code }) });
      if (isObject(json) && Array.isArray(json.recoveryCodes)) setRecoveryCodes(json.recoveryCodes.filter((c): c is string => typeof c === 'string'));
    } catch (error) {
      notify(serverMessage(error) ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  if (refusal) return <Alert severity="info">{refusal}</Alert>;
  if (recoveryCodes) {
    return (
      <Box data-testid="recovery-codes">
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('app.second_factor.enabled')}
        </Alert>
        <Typography variant="body2">{translate('app.second_factor.recovery_body')}</Typography>
        <List dense sx={{ fontFamily: 'monospace', columns: 2, maxWidth: 360 }}>
          {recoveryCodes.map((c) => (
            <ListItem key={c} sx={{ fontFamily: 'monospace', fontSize: '1.05rem' }}>
              {c}
            </ListItem>
          ))}
        </List>
        <Button variant="contained" onClick={onDone}>
          {translate('app.second_factor.recovery_saved')}
        </Button>
      </Box>
    );
  }
  if (!setup) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  return (
    <Box component="form" onSubmit={confirm} sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 420 }}>
      <Typography variant="body2">{translate('app.second_factor.scan')}</Typography>
      <Box component="img" src={setup.qr} alt={translate('app.second_factor.qr_alt')} sx={{ width: 200, height: 200, alignSelf: 'flex-start' }} />
      <Typography variant="body2">
        {translate('app.second_factor.key')} <code data-testid="second-factor-secret" data-secret={setup.secret}>{grouped(setup.secret)}</code>
      </Typography>
      <TextField name="code" label={translate('app.second_factor.first_code')} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputProps={{ inputMode: 'numeric' }} required />
      <Button type="submit" variant="contained">
        {translate('app.second_factor.confirm')}
      </Button>
    </Box>
  );
};
