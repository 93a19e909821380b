// What a tab shows while its data loads, or when loading failed (with a retry).
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useTranslate } from 'react-admin';

export const Loading = () => {
  const translate = useTranslate();
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2 }}>
      <CircularProgress size={20} aria-hidden="true" />
      {translate('app.lists.loading')}
    </Box>
  );
};

export const LoadFailed = ({ onRetry, message }: { onRetry: () => void; message?: string }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('app.lists.retry')}
        </Button>
      }
    >
      {message ?? translate('app.lists.load_error')}
    </Alert>
  );
};
