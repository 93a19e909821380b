// Before anything else: a user whose password an administrator set (or whose password is too old)
// changes it here. The server refuses every other console request meanwhile (PASSWORD_CHANGE_REQUIRED);
// this screen only spares the user a page of refusals.
import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';
import { ChangePasswordForm } from './ChangePasswordForm';

export const PasswordGate = ({ children }: { children: ReactNode }) => {
  const { me } = useSession();
  const translate = useTranslate();
  if (!me?.passwordDue) return <>{children}</>;
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.password.due_title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.password.due_body')}
        </Typography>
        {/* The fresh profile clears passwordDue and the console's screens appear. */}
        <ChangePasswordForm onDone={() => window.location.reload()} />
      </CardContent>
    </Card>
  );
};
