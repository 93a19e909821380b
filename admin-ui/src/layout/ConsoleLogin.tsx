// react-admin's login form under the system's name, so staff know where they are signing in.
import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

export const ConsoleLogin = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h6" align="center" sx={{ px: 2, pt: 1 }}>
        {translate('app.title', { _: '行政执法责任制管理系统' })}
      </Typography>
      <LoginForm />
    </Login>
  );
};
