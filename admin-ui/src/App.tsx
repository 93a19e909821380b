// The console: react-admin on /console-api, Chinese by default, screens built from the schemas the
// signed-in user may use (stored at sign-in and refreshed on each page load by getPermissions).
import { Admin, CustomRoutes, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard';
import { AppTitle, ConsoleLayout, ConsoleLogin } from './layout';
import { REVIEW_QUEUE_PATH, ReviewQueue } from './lists';
import { authProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { i18nProvider, localizer } from './providers/i18nProvider';
import { session } from './providers/storage';
import { parsePermissions } from './providers/types';
import { resourceElements } from './resources/registry';
import { TRAINING_HOURS_PATH, TrainingHoursPage } from './officers';
import { consoleTheme } from './layout/theme';
import { LAW_PROPOSALS_PATH, LawProposalsPage } from './lawprop/LawProposalsPage';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage, SECOND_FACTOR_PATH, SecondFactorPage } from './security';

const dataProvider = createDataProvider({ localizer });
// Versioned so that a change of stored preferences (columns, filters) cannot break an old browser.
const store = localStorageStore('1', 'nmg-console');

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    title={<AppTitle />}
    layout={ConsoleLayout}
    theme={consoleTheme}
    dashboard={Dashboard}
    loginPage={ConsoleLogin}
    requireAuth
    disableTelemetry
  >
    {(permissions: unknown) => (
      <>
        {resourceElements(session.read().schemas, parsePermissions(permissions))}
        <CustomRoutes>
          <Route path={REVIEW_QUEUE_PATH} element={<ReviewQueue />} />
          <Route path={TRAINING_HOURS_PATH} element={<TrainingHoursPage />} />
          <Route path={LAW_PROPOSALS_PATH} element={<LawProposalsPage />} />
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route path={SECOND_FACTOR_PATH} element={<SecondFactorPage />} />
        </CustomRoutes>
      </>
    )}
  </Admin>
);
