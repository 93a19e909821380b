// Security events in the audit trail (GB/T 22239-2019 8.1.4.3: who, when, from where, what, and
// whether it succeeded): sign-in and its failures, lockout and unlock, password changes, sign-out,
// idle ends and role-permission changes. Same table as every write (cms/src/audit), append-only.
import type { Core } from '@strapi/strapi';
import { AUDIT_UID, auditRow } from '../audit/record';
import type { Actor } from '../scope/actor';

export const SECURITY_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'lockout',
  'unlock',
  'password-change',
  'sign-out',
  'session-idle',
  'second-factor-enrol',
  'second-factor-failed',
  'second-factor-reset',
  'role-create',
  'role-update',
  'role-delete',
] as const;
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

export const USER_RESOURCE = 'plugin::users-permissions.user';
export const ROLE_RESOURCE = 'plugin::users-permissions.role';

export interface SecurityEvent {
  action: SecurityAction;
  resource: string;
  recordId: string | null;
  /** What happened or changed, e.g. { reason }, { permissions: { added, removed } }. */
  changes: Record<string, unknown>;
}

export async function recordSecurityEvent(strapi: Core.Strapi, actor: Actor, event: SecurityEvent): Promise<void> {
  const row = auditRow(strapi, actor, { action: event.action, resource: event.resource, recordId: event.recordId ?? '', before: null, after: null }, new Date());
  await strapi.db.query(AUDIT_UID).create({ data: { ...row, recordId: event.recordId, changes: event.changes } });
}
