// react-admin's login form under the system's name, so staff know where they are signing in, and
// the way to the public page of published lists for everyone else (no account needed).
import { Box, Link, Typography } from '@mui/material';
import { Login, useTranslate } from 'react-admin';
import { PUBLIC_HOME } from '../public/paths';
import { SessionEndNotice } from '../security/SessionEndNotice';
import { TwoStepLoginForm } from '../security/TwoStepLoginForm';

export const ConsoleLogin = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h6" align="center" sx={{ px: 2, pt: 1 }}>
        {translate('app.title')}
      </Typography>
      <SessionEndNotice />
      <TwoStepLoginForm />
      <Box sx={{ textAlign: 'center', pb: 2 }}>
        {/* A full page load: the public page is a separate app (see main.tsx). */}
        <Link href={PUBLIC_HOME}>{translate('app.public.link')}</Link>
      </Box>
    </Login>
  );
};
