// 修改密码, from the user menu: the same form as the forced change, at any time.
import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ChangePasswordForm } from './ChangePasswordForm';

export const CHANGE_PASSWORD_PATH = '/change-password';

export const ChangePasswordPage = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('app.password.title')} />
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.password.title')}
        </Typography>
        <ChangePasswordForm />
      </CardContent>
    </Card>
  );
};
