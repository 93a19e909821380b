// On an account's page: the administrator's reset of a lost second factor (POST
// /console-api/users/:id/second-factor-reset, audited), behind a confirmation that says what it does.
import { useState } from 'react';
import { Box, Button } from '@mui/material';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { httpClient } from '../providers/httpClient';
import { isObject } from '../providers/types';

export const SecondFactorReset = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (!id) return null;
  const reset = async () => {
    setOpen(false);
    try {
      await httpClient(`/console-api/users/${encodeURIComponent(id)}/second-factor-reset`, { method: 'POST' });
      notify('app.second_factor.reset_done', { type: 'success' });
    } catch (error) {
      const body = isObject(error) && isObject(error.body) ? error.body : null;
      notify(body && typeof body.message === 'string' ? body.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Button size="small" startIcon={<PhonelinkEraseIcon />} onClick={() => setOpen(true)}>
        {translate('app.second_factor.reset')}
      </Button>
      <Confirm isOpen={open} title="app.second_factor.reset" content="app.second_factor.reset_confirm" onConfirm={reset} onClose={() => setOpen(false)} />
    </Box>
  );
};
