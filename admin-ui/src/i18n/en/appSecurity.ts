// Sessions, passwords, unlocking and the audit screen (see zh/appSecurity.ts for the placeholders).
import type { StringMap } from 'ra-core';

export const securityTexts: StringMap = {
  session: {
    remaining: 'Session %{time}',
    remaining_label: 'Time left in this session',
    hint_idle: 'You are signed out after %{minutes} minutes without activity; each action restarts the clock.',
    hint_absolute: 'This sign-in reaches its maximum lifetime soon; you will then sign in again.',
    ended_idle: 'You were signed out after a period without activity. Please sign in again.',
    ended_expired: 'This sign-in reached its maximum lifetime. Please sign in again.',
    ended_revoked: 'Your password, role or account status changed, so this sign-in ended. Please sign in again.',
    ended_elsewhere: 'This session has ended. Please sign in again.',
  },
  password: {
    title: 'Change password',
    rules: 'At least %{minLength} characters from at least %{minClasses} of: upper-case letters, lower-case letters, digits, other characters; not containing the account name; none of your last %{history} passwords.',
    current: 'Current password',
    new: 'New password',
    again: 'New password again',
    submit: 'Change password',
    mismatch: 'The two new passwords differ.',
    changed: 'Your password was changed.',
    due_title: 'Change your password first',
    due_body: 'Your password was set by an administrator or is too old. Change it to go on using the system.',
  },
  unlock: {
    locked: 'This account is locked after repeated wrong passwords until %{until} (Beijing time).',
    button: 'Unlock now',
    done: 'The account is unlocked.',
  },
  audit: {
    resource: { users: 'User accounts', roles: 'Roles and permissions' },
  },
};
