// After the password, before anything else: a role that must use a second factor
// (config/security.json secondFactor.roles) and has none sets it up here. The server refuses every
// other console request meanwhile (SECOND_FACTOR_REQUIRED); this screen spares the user the refusals.
import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';
import { SecondFactorEnrol } from './SecondFactorEnrol';

export const SecondFactorGate = ({ children }: { children: ReactNode }) => {
  const { me } = useSession();
  const translate = useTranslate();
  if (!me?.secondFactorDue) return <>{children}</>;
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.second_factor.due_title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.second_factor.due_body')}
        </Typography>
        {/* The fresh profile clears secondFactorDue and the console's screens appear. */}
        <SecondFactorEnrol onDone={() => window.location.reload()} />
      </CardContent>
    </Card>
  );
};
