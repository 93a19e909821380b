// Loading, failure (with a retry) and not-found states of a public page.
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { usePublicText } from './usePublicText';
import type { PublicData } from './usePublicData';

export function Status<T>({ state }: { state: PublicData<T> }) {
  const { t } = usePublicText();
  if (state.loading) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2 }}>
        <CircularProgress size={20} aria-hidden="true" />
        {t('loading')}
      </Box>
    );
  }
  if (state.error === 'not-found') return <Alert severity="info">{t('not_found')}</Alert>;
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={state.reload}>
          {t('retry')}
        </Button>
      }
    >
      {t('error')}
    </Alert>
  );
}
