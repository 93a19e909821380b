// On an account's page: locked after repeated wrong passwords (config/security.json), until when,
// and the administrator's button to unlock it now (POST /console-api/users/:id/unlock, audited).
import { Alert, Button } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useGetOne, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { httpClient } from '../providers/httpClient';
import { isObject } from '../providers/types';

const beijing = (iso: string): string =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

export const UnlockPanel = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { data, refetch } = useGetOne('users', { id: id ?? '' }, { enabled: Boolean(id) });
  const lockedUntil = isObject(data) && typeof data.lockedUntil === 'string' ? data.lockedUntil : null;
  if (!lockedUntil) return null;
  const unlock = async () => {
    try {
      await httpClient(`/console-api/users/${encodeURIComponent(id ?? '')}/unlock`, { method: 'POST' });
      notify('app.unlock.done', { type: 'success' });
      await refetch();
    } catch (error) {
      const body = isObject(error) && isObject(error.body) ? error.body : null;
      notify(body && typeof body.message === 'string' ? body.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Alert
      severity="warning"
      sx={{ mt: 2 }}
      data-testid="account-locked"
      action={
        <Button color="inherit" size="small" startIcon={<LockOpenIcon />} onClick={unlock}>
          {translate('app.unlock.button')}
        </Button>
      }
    >
      {translate('app.unlock.locked', { until: beijing(lockedUntil) })}
    </Alert>
  );
};
