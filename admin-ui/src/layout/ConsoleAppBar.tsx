import { AppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { UserBadge } from './UserBadge';

const Toolbar = () => (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

export const ConsoleAppBar = () => (
  <AppBar toolbar={<Toolbar />}>
    <TitlePortal />
    <UserBadge />
  </AppBar>
);
