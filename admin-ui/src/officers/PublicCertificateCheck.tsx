// The public page's certificate check (Art. 19): anyone types a certificate number and sees whether
// it is valid, with the holder's name, department and enforcement categories (nothing else is sent).
import { useContext, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PublicFetchContext, PublicHttpError } from '../public/usePublicData';
import { parsePublicCertificate, type PublicCertificate } from './parse';

type Outcome = { kind: 'found'; certificate: PublicCertificate } | { kind: 'not-found' | 'invalid' | 'too-many' | 'failed' };

const NUMBER = /^[A-Za-z0-9-]{4,40}$/;
const OUTCOME_KEYS = { 'not-found': 'not_found', invalid: 'invalid_number', 'too-many': 'too_many', failed: 'failed' } as const;

export const PublicCertificateCheck = () => {
  const load = useContext(PublicFetchContext);
  const translate = useTranslate();
  const t = (key: string, options: Record<string, unknown> = {}): string => translate(`app.certificates.public.${key}`, options);
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = number.trim();
    if (!NUMBER.test(value)) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    try {
      const certificate = parsePublicCertificate(await load(`/api/public/certificates/${encodeURIComponent(value)}`));
      setOutcome(certificate ? { kind: 'found', certificate } : { kind: 'failed' });
    } catch (error) {
      const status = error instanceof PublicHttpError ? error.status : 0;
      setOutcome({ kind: status === 404 ? 'not-found' : status === 400 ? 'invalid' : status === 429 ? 'too-many' : 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 3 }} component="section" aria-label={t('title')}>
      <CardContent>
        <Typography variant="h6" component="h2">{t('title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('hint')}</Typography>
        <Box component="form" onSubmit={submit}>
          <Stack direction="row" spacing={1}>
            <TextField size="small" label={t('label')} value={number} onChange={(e) => setNumber(e.target.value)} inputProps={{ maxLength: 40 }} />
            <Button type="submit" variant="contained" disabled={busy || number.trim() === ''}>{t('submit')}</Button>
          </Stack>
        </Box>
        {outcome?.kind === 'found' && (
          <Box sx={{ mt: 2 }} data-testid="certificate-result">
            <Chip color={outcome.certificate.valid ? 'success' : 'error'} label={outcome.certificate.valid ? t('valid') : t('invalid', { status: translate(`enums.officers.status.${outcome.certificate.status}`, { _: outcome.certificate.status }) })} />
            <Typography sx={{ mt: 1 }}>{`${t('number')}：${outcome.certificate.certificateNumber}`}</Typography>
            <Typography>{`${t('holder')}：${outcome.certificate.holderName}`}</Typography>
            <Typography>{`${t('department')}：${outcome.certificate.department ?? ''}`}</Typography>
            <Typography>{`${t('categories')}：${outcome.certificate.enforcementCategories.join('、')}`}</Typography>
          </Box>
        )}
        {outcome && outcome.kind !== 'found' && <Alert severity={outcome.kind === 'not-found' ? 'warning' : 'error'} sx={{ mt: 2 }}>{t(OUTCOME_KEYS[outcome.kind])}</Alert>}
      </CardContent>
    </Card>
  );
};
