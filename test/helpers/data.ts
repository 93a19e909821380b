// Looks up seeded records by their natural keys, straight from the database (no scope applies).
import type { Core, UID } from '@strapi/strapi';

export type Row = Record<string, unknown>;

// Content-type uids.
export const ADJUSTMENT = 'api::power-adjustment.power-adjustment';
export const AGENCY = 'api::agency.agency';
export const ASSESSMENT = 'api::assessment.assessment';
export const AUDIT = 'api::audit-log.audit-log';
export const CATALOGUE = 'api::catalogue-item.catalogue-item';
export const DEPARTMENT = 'api::department.department';
export const GOVERNMENT = 'api::government.government';
export const INTERFERENCE = 'api::interference-record.interference-record';
export const LEGAL_BASIS = 'api::legal-basis.legal-basis';
export const LIST = 'api::responsibility-list.responsibility-list';
export const OFFICER = 'api::officer.officer';
export const POST = 'api::post.post';
export const POWER = 'api::power.power';

/** The roles of the seeded demo accounts (`league-<role>`, `county-<role>`, …). */
export type Role = 'dept-editor' | 'dept-head' | 'justice-reviewer' | 'gov-admin' | 'viewer';
export const ROLES: Role[] = ['dept-editor', 'dept-head', 'justice-reviewer', 'gov-admin', 'viewer'];

export async function findOne(strapi: Core.Strapi, uid: string, where: Row, populate?: Row): Promise<Row> {
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where, ...(populate ? { populate } : {}) })) as Row | null;
  if (!row) throw new Error(`fixture not found: ${uid} ${JSON.stringify(where)}`);
  return row;
}

export const docId = async (strapi: Core.Strapi, uid: string, where: Row): Promise<string> => String((await findOne(strapi, uid, where)).documentId);

export const count = async (strapi: Core.Strapi, uid: string, where: Row = {}): Promise<number> =>
  Number(await strapi.db.query(uid as UID.Schema).count({ where }));

export const department = (strapi: Core.Strapi, name: string) => docId(strapi, DEPARTMENT, { name });
export const government = (strapi: Core.Strapi, name: string) => docId(strapi, GOVERNMENT, { name });
export const legalBasis = (strapi: Core.Strapi, title: string) => docId(strapi, LEGAL_BASIS, { title });

/** An audit row as stored. */
export interface AuditRow {
  id: number;
  actor: string;
  role: string;
  action: string;
  resource: string;
  recordId: string;
  governmentCode: string | null;
  organisation: string | null;
  changes: unknown;
  actorKind: string;
  /** The request's address (security events and writes made through a request). */
  address: string | null;
}

/** Security events (cms/src/security/audit-events.ts): the harness's own sign-ins write them too. */
export const SECURITY_EVENTS = ['sign-in', 'sign-in-failed', 'lockout', 'unlock', 'password-change', 'sign-out', 'session-idle', 'second-factor-enrol', 'second-factor-failed', 'second-factor-reset', 'role-create', 'role-update', 'role-delete'];

/** Audit rows of writes and reads (all of them, or those matching `where`), security events left out. */
export const auditCount = (strapi: Core.Strapi, where: Row = {}): Promise<number> =>
  count(strapi, AUDIT, { $and: [where, { action: { $notIn: SECURITY_EVENTS } }] });

/** The audit rows matching `where`, oldest first. */
export async function auditRows(strapi: Core.Strapi, where: Row): Promise<AuditRow[]> {
  const rows: unknown = await strapi.db.query(AUDIT).findMany({ where, orderBy: { id: 'asc' } });
  return rows as AuditRow[];
}

/** A date-time column as an ISO string (the database driver returns Date objects or strings). */
export const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
