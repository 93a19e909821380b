// 两步验证, from the user menu: any account may set up the second factor, not only the roles that must.
import { Card, CardContent, Typography } from '@mui/material';
import { Title, useRedirect, useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';
import { SecondFactorEnrol } from './SecondFactorEnrol';

export const SECOND_FACTOR_PATH = '/second-factor';

export const SecondFactorPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { me } = useSession();
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('app.second_factor.title')} />
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.second_factor.title')}
        </Typography>
        {me?.secondFactorEnrolled ? (
          <Typography variant="body2">{translate('app.second_factor.already')}</Typography>
        ) : (
          <SecondFactorEnrol onDone={() => redirect('/')} />
        )}
      </CardContent>
    </Card>
  );
};
