import { AppBar, LoadingIndicator, LocalesMenuButton, Logout, MenuItemLink, TitlePortal, UserMenu, useTranslate } from 'react-admin';
import LockResetIcon from '@mui/icons-material/LockReset';
import { CHANGE_PASSWORD_PATH, SessionTimer } from '../security';
import { UserBadge } from './UserBadge';

const Toolbar = () => (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

const ConsoleUserMenu = () => {
  const translate = useTranslate();
  return (
    <UserMenu>
      <MenuItemLink to={CHANGE_PASSWORD_PATH} primaryText={translate('app.password.title')} leftIcon={<LockResetIcon />} />
      <Logout />
    </UserMenu>
  );
};

export const ConsoleAppBar = () => (
  <AppBar toolbar={<Toolbar />} userMenu={<ConsoleUserMenu />}>
    <TitlePortal />
    <UserBadge />
    <SessionTimer />
  </AppBar>
);
