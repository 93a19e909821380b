// Which react-admin screens and buttons a role may use, from the server actions in /console-api/me.
// The console only hides what would be refused anyway: the server stays the authority.
import type { ConsolePermissions, ServerAction } from './types';

/** react-admin's action names → the users-permissions action that the server checks. */
const SERVER_ACTION: Record<string, ServerAction> = {
  list: 'find',
  export: 'find',
  show: 'findOne',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

export interface AccessRequest {
  resource: string;
  action: string;
}

export function canAccess(permissions: ConsolePermissions | null | undefined, { resource, action }: AccessRequest): boolean {
  const serverAction = Object.prototype.hasOwnProperty.call(SERVER_ACTION, action) ? SERVER_ACTION[action] : undefined;
  if (!permissions || !serverAction) return false;
  const granted = Object.prototype.hasOwnProperty.call(permissions, resource) ? permissions[resource] : undefined;
  return granted?.includes(serverAction) ?? false;
}
