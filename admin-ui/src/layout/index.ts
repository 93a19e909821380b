export { ConsoleLayout } from './ConsoleLayout';
export { ConsoleAppBar } from './ConsoleAppBar';
export { ConsoleMenu } from './ConsoleMenu';
export { menuGroups, MENU_GROUPS } from './menuGroups';
export { resourceIcon } from './resourceIcons';
export { ConsoleLogin } from './ConsoleLogin';
export { AppTitle } from './AppTitle';
