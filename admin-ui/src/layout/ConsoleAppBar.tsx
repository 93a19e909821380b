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

// At 390 px a long title (a power's full name) is shown whole on a row of its own under the bar's
// buttons (the toolbar wraps); the bar, sticky below 600 px, grows with it and pushes the page down
// instead of covering it (see ConsoleLayout). Beside the buttons it had about 40 px and stacked a
// character a line. Wider screens keep one line ending in …; unclipped, the one long line widened the
// whole page past a phone's screen (336 px at 390 px, issue 14 point 10).
const TITLE = {
  minWidth: 0,
  flex: { xs: '1 1 100%', sm: '1 1 0%' },
  order: { xs: 1, sm: 0 },
  overflow: 'hidden',
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  textOverflow: { xs: 'clip', sm: 'ellipsis' },
  fontSize: { xs: '1rem', sm: undefined },
  lineHeight: { xs: 1.35, sm: undefined },
  pb: { xs: 1, sm: 0 },
  overflowWrap: 'anywhere',
  '& > span': { maxWidth: '100%', overflow: 'hidden', textOverflow: { xs: 'clip', sm: 'ellipsis' }, verticalAlign: 'bottom' },
} as const;

export const ConsoleAppBar = () => (
  <AppBar toolbar={<Toolbar />} userMenu={<ConsoleUserMenu />} sx={{ position: { xs: 'sticky', sm: 'fixed' }, '& .RaAppBar-toolbar': { flexWrap: { xs: 'wrap', sm: 'nowrap' } } }}>
    <TitlePortal sx={TITLE} />
    <UserBadge />
    <SessionTimer />
  </AppBar>
);
