import type { ReactElement } from 'react';
import { AppBar, LoadingIndicator, LocalesMenuButton, Logout, MenuItemLink, TitlePortal, UserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import LockResetIcon from '@mui/icons-material/LockReset';
import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import { CHANGE_PASSWORD_PATH, SECOND_FACTOR_PATH, SessionTimer } from '../security';
import { UserBadge } from './UserBadge';

const Toolbar = () => (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

/** A page of the user menu; the menu closes when one is chosen (react-admin leaves that to the item). */
const UserMenuLink = ({ to, label, icon }: { to: string; label: string; icon: ReactElement }) => {
  const userMenu = useUserMenu();
  return <MenuItemLink to={to} primaryText={label} leftIcon={icon} onClick={() => userMenu?.onClose()} />;
};

const ConsoleUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the user's name: its accessible name must contain it (WCAG 2.5.3, axe label-content-name-mismatch).
  const label = identity?.fullName ? `${String(identity.fullName)}（${translate('ra.auth.user_menu')}）` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <UserMenuLink to={CHANGE_PASSWORD_PATH} label={translate('app.password.title')} icon={<LockResetIcon />} />
      <UserMenuLink to={SECOND_FACTOR_PATH} label={translate('app.second_factor.title')} icon={<PhonelinkLockIcon />} />
      <Logout />
    </UserMenu>
  );
};

export const ConsoleAppBar = () => (
  <AppBar toolbar={<Toolbar />} userMenu={<ConsoleUserMenu />}>
    {/* A long title (a power's full name) does not wrap; unclipped it widened the whole page past a
        phone's screen (336 px at 390 px, issue 14 point 10): it ends in … instead. */}
    <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', '& > span': { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'bottom' } }} />
    <UserBadge />
    <SessionTimer />
  </AppBar>
);
