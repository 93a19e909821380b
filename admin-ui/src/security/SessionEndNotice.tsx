// On the sign-in page: why the last session ended (idle, too old, revoked, signed out elsewhere).
import { useEffect, useState } from 'react';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { session } from '../providers/storage';

export const SessionEndNotice = () => {
  const translate = useTranslate();
  const [reason] = useState(() => session.peekEndReason());
  // Shown for this visit of the page only: forgotten once read.
  useEffect(() => {
    session.takeEndReason();
  }, []);
  if (!reason) return null;
  return (
    <Alert severity="warning" sx={{ mx: 2, mt: 1 }} data-testid="session-end-reason">
      {translate(reason)}
    </Alert>
  );
};
