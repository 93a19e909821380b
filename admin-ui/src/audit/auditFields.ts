// The audit trail's actions (cms/src/guards/middleware.ts writes, cms/src/security/audit-events.ts
// security events) and the fields the audit screen and its export show, with `action` as an
// enumeration so that it reads in the user's language (enums.audit-logs.action.*).
import type { FieldSchema, ResourceSchema } from '../providers/types';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'read',
  'read-personal-info',
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
  // The first compilation's events (cms/src/audit/lawprop-events.ts, issue 15).
  'law-propose',
  'law-accept',
  'law-refuse',
  'header-mapping-save',
  'import-revalidate',
] as const;

/** The stored resource uids security events use besides the console's resources. */
export const ACCOUNT_RESOURCES: Record<string, string> = {
  'plugin::users-permissions.user': 'users',
  'plugin::users-permissions.role': 'roles',
  // Records of the first compilation kept in tables of their own (cms/src/audit/lawprop-events.ts).
  'nmg::law-proposal': 'law-proposals',
  'nmg::header-mapping': 'header-mappings',
  'nmg::pending-import': 'pending-imports',
};

const SHOWN = ['at', 'actor', 'organisation', 'role', 'action', 'resource', 'recordId', 'address', 'actorKind', 'changes'];

/** The audit-log schema as the screen shows it: its columns in order, `action` and `resource` as enumerations. */
export function auditFields(schema: ResourceSchema | undefined, resourceUids: string[]): FieldSchema[] {
  const byName = new Map((schema?.fields ?? []).map((f) => [f.name, f]));
  const field = (name: string): FieldSchema => byName.get(name) ?? { name, label: name, type: 'string', required: false, personal: false };
  return SHOWN.filter((name) => byName.has(name) || name === 'address').map((name) => {
    if (name === 'action') return { ...field(name), type: 'enumeration', enum: [...AUDIT_ACTIONS] };
    if (name === 'resource') return { ...field(name), type: 'enumeration', enum: [...resourceUids, ...Object.keys(ACCOUNT_RESOURCES)] };
    return field(name);
  });
}

/** The name of a stored resource uid: the console resource's label, or the account texts. */
export function resourceLabel(uid: string, schemas: ResourceSchema[], translate: (key: string, options?: Record<string, unknown>) => string): string {
  const account = ACCOUNT_RESOURCES[uid];
  if (account) return translate(`app.audit.resource.${account}`, { _: uid });
  return schemas.find((s) => s.uid === uid)?.label ?? uid;
}
