// Sessions and passwords in the console: the app bar's countdown, the forced and the voluntary
// password change, the sign-in page's reason for a session's end, unlocking a locked account.
export { SessionTimer } from './SessionTimer';
export { PasswordGate } from './PasswordGate';
export { ChangePasswordPage, CHANGE_PASSWORD_PATH } from './ChangePasswordPage';
export { SessionEndNotice } from './SessionEndNotice';
export { UnlockPanel } from './UnlockPanel';
export { formatRemaining, sessionClock } from './sessionClock';
export { UserEdit } from './UserEdit';
export { SecondFactorGate } from './SecondFactorGate';
export { SecondFactorPage, SECOND_FACTOR_PATH } from './SecondFactorPage';
