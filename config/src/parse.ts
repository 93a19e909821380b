// Checks one config/*.json value against its schema, with the message an administrator can act on.
// Shared by the server's start-up (index.ts, which reads the files) and the console's bundled copy
// (console.ts, which imports them): one validation, however the JSON arrives. No Node imports here.
import type { z } from 'zod';
import type { RolesFile, SecurityFile } from './schema';

export class ConfigError extends Error {}

export function parseConfigFile<T extends z.ZodTypeAny>(name: string, schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`config/${name} is invalid: ${issues}`);
  }
  return parsed.data;
}

/** config/security.json names roles (audit readers, second factor): each must be a role of roles.json. */
export function checkSecurityRoles(security: SecurityFile, roles: RolesFile): SecurityFile {
  const known = (type: string): boolean => roles.roles.some((r) => r.type === type);
  const unknown = security.audit.readers.filter((type) => !known(type));
  if (unknown.length > 0) throw new ConfigError(`config/security.json is invalid: audit.readers names unknown role ${unknown.join(', ')}`);
  const unknownFactor = security.secondFactor.roles.filter((type) => !known(type));
  if (unknownFactor.length > 0) throw new ConfigError(`config/security.json is invalid: secondFactor.roles names unknown role ${unknownFactor.join(', ')}`);
  return security;
}
