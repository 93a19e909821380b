// The public page (/console/public): anyone, without signing in, browses the published lists by
// government and department, searches them and opens an item. It is not part of react-admin's
// <Admin> (which requires sign-in for every route): it shares only the theme, the message
// catalogues and the remembered language.
import { AppBar, Box, Button, Container, CssBaseline, Toolbar, Typography } from '@mui/material';
import { AdminContext, LocalesMenuButton, localStorageStore, type Store } from 'react-admin';
import { Link as RouterLink, Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../providers/i18nProvider';
import { DepartmentPage } from './DepartmentPage';
import { DepartmentsPage } from './DepartmentsPage';
import { GovernmentsPage } from './GovernmentsPage';
import { ItemPage } from './ItemPage';
import { PUBLIC_PREFIX, STAFF_LOGIN } from './paths';
import { usePublicText } from './usePublicText';
import { PublicCertificateCheck } from '../officers/PublicCertificateCheck';
import { ResultsPage } from './ResultsPage';
import { ClarificationsPage } from './ClarificationsPage';
import { LegalEducationPage } from './LegalEducationPage';

// The console's store: the language chosen here is the one the console opens in, and back.
const defaultStore = localStorageStore('1', 'nmg-console');

const Header = () => {
  const { t, translate } = usePublicText();
  return (
    <AppBar position="static" color="primary" elevation={0}>
      {/* Phone first: the title takes its own line rather than shrinking to one character a line. */}
      <Toolbar sx={{ gap: 1, flexWrap: 'wrap', py: { xs: 1, sm: 0 } }}>
        <Typography variant="h6" component="h1" sx={{ flex: { xs: '1 0 100%', sm: 1 }, wordBreak: 'keep-all', minWidth: { sm: '12em' } }}>
          {t('title')}
        </Typography>
        <Button color="inherit" component={RouterLink} to={`${PUBLIC_PREFIX}/assessments`}>
          {translate('app.assessments.public.results_link')}
        </Button>
        <Button color="inherit" component={RouterLink} to={`${PUBLIC_PREFIX}/clarifications`}>
          {t('clarifications.link')}
        </Button>
        <Button color="inherit" component={RouterLink} to={`${PUBLIC_PREFIX}/legal-education`}>
          {t('education.link')}
        </Button>
        <LocalesMenuButton />
        <Button color="inherit" href={STAFF_LOGIN}>
          {t('staff_login')}
        </Button>
      </Toolbar>
    </AppBar>
  );
};

export const PublicRoutes = () => (
  <Routes>
    <Route path={PUBLIC_PREFIX} element={<><PublicCertificateCheck /><GovernmentsPage /></>} />
    <Route path={`${PUBLIC_PREFIX}/governments/:code`} element={<DepartmentsPage />} />
    <Route path={`${PUBLIC_PREFIX}/departments/:id`} element={<DepartmentPage />} />
    <Route path={`${PUBLIC_PREFIX}/items/:id`} element={<ItemPage />} />
    <Route path={`${PUBLIC_PREFIX}/assessments`} element={<ResultsPage />} />
    <Route path={`${PUBLIC_PREFIX}/clarifications`} element={<ClarificationsPage />} />
    <Route path={`${PUBLIC_PREFIX}/legal-education`} element={<LegalEducationPage />} />
    <Route path="*" element={<GovernmentsPage />} />
  </Routes>
);

const Intro = () => {
  const { t } = usePublicText();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {t('subtitle')}
    </Typography>
  );
};

/** Mounted inside the console's router (basename /console) by main.tsx. */
export const PublicApp = ({ store = defaultStore }: { store?: Store }) => (
  <AdminContext i18nProvider={i18nProvider} store={store}>
    <CssBaseline />
    <Header />
    <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
      <Intro />
      <PublicRoutes />
    </Container>
  </AdminContext>
);
