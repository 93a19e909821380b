// Every console request and every signed-in /api request starts by loading its user: the account,
// its role, its department and government (with the department's government) and the role's
// permissions. Through the query engine that is eight statements, each a round trip and a query
// build, a fifth of a 25-row page's cost; here it is one statement, joined along the link tables
// that Strapi's metadata names, so the result is the row the query engine's populate would give.
import type { Core } from '@strapi/strapi';
import { isRow, type Row } from '../util/row';
import { isSessionId, SESSION_TABLE } from './session-store';
import { SECOND_FACTOR_TABLE } from './second-factor-store';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
const DEPARTMENT = 'api::department.department';
const GOVERNMENT = 'api::government.government';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface MetaAttribute {
  columnName?: string;
  joinTable?: JoinTable;
}

interface Meta {
  tableName: string;
  attributes: Record<string, MetaAttribute>;
}

export interface LoadedUser {
  /** The user row as `findOne({ populate: { role, government, department: { populate: { government } } } })` gives it. */
  user: Row;
  /** The role's permission actions, e.g. `api::power.power.find`. */
  actions: string[];
  /** The account's session state (cms/src/security/user-columns.ts), kept out of `user`. */
  security: AccountSecurity;
  /** The session the token names (cms/src/security/session-store.ts), or null when there is none. */
  session: { lastSeenAt: Date; endedAt: Date | null } | null;
}

export interface AccountSecurity {
  tokenVersion: number;
  mustChangePassword: boolean;
  passwordChangedAt: Date | null;
  createdAt: Date | null;
  /** A TOTP second factor is enrolled (cms/src/security/second-factor-store.ts). */
  secondFactorEnrolled: boolean;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The parts of the statement that depend on Strapi's table names, computed once per process. */
interface Plan {
  sql: string;
  /** Output column alias → [object path, attribute]. */
  columns: { alias: string; path: 'user' | 'role' | 'department' | 'departmentGovernment' | 'government' | 'security'; key: string }[];
}

let cached: { strapi: Core.Strapi; plan: Plan } | null = null;

function planFor(strapi: Core.Strapi): Plan {
  if (cached?.strapi === strapi) return cached.plan;
  const meta = (uid: string): Meta => strapi.db.metadata.get(uid) as unknown as Meta;
  const join = (uid: string, attribute: string): JoinTable => {
    const table = meta(uid).attributes[attribute]?.joinTable;
    if (!table) throw new Error(`${uid}.${attribute} has no join table`);
    return table;
  };
  const columns: Plan['columns'] = [];
  const select = (alias: string, path: Plan['columns'][number]['path'], uid: string, keys: string[]): string[] =>
    keys.map((key) => {
      const column = key === 'id' ? 'id' : meta(uid).attributes[key]?.columnName;
      if (!column) throw new Error(`${uid}.${key} has no column`);
      const out = `${path}__${key}`;
      columns.push({ alias: out, path, key });
      return `${alias}.${quote(column)} AS ${quote(out)}`;
    });
  const link = (from: string, uid: string, attribute: string, to: string, toUid: string, linkAlias: string): string => {
    const t = join(uid, attribute);
    return `LEFT JOIN ${quote(t.name)} ${linkAlias} ON ${linkAlias}.${quote(t.joinColumn.name)} = ${from}.id LEFT JOIN ${quote(meta(toUid).tableName)} ${to} ON ${to}.id = ${linkAlias}.${quote(t.inverseJoinColumn.name)}`;
  };
  const permissions = join(PERMISSION, 'role');
  const fields = [
    ...select('u', 'user', USER, ['id', 'documentId', 'username', 'email', 'displayName', 'blocked', 'confirmed']),
    ...select('r', 'role', ROLE, ['id', 'type', 'name']),
    ...select('d', 'department', DEPARTMENT, ['id', 'documentId', 'name', 'isJustice']),
    ...select('dg', 'departmentGovernment', GOVERNMENT, ['id', 'documentId', 'name', 'code', 'tier']),
    ...select('g', 'government', GOVERNMENT, ['id', 'documentId', 'name', 'code', 'tier']),
    ...select('u', 'security', USER, ['tokenVersion', 'mustChangePassword', 'passwordChangedAt', 'createdAt']),
  ];
  const sql = [
    `SELECT ${fields.join(', ')},`,
    `  ARRAY(SELECT p.${quote(meta(PERMISSION).attributes.action?.columnName ?? 'action')} FROM ${quote(meta(PERMISSION).tableName)} p`,
    `        JOIN ${quote(permissions.name)} pl ON pl.${quote(permissions.joinColumn.name)} = p.id WHERE pl.${quote(permissions.inverseJoinColumn.name)} = r.id) AS "actions",`,
    `  s.last_seen_at AS "session__lastSeenAt", s.ended_at AS "session__endedAt", s.id AS "session__id",`,
    `  EXISTS (SELECT 1 FROM ${SECOND_FACTOR_TABLE} f WHERE f.user_id = u.id AND f.enrolled_at IS NOT NULL) AS "secondFactorEnrolled"`,
    `FROM ${quote(meta(USER).tableName)} u`,
    `LEFT JOIN ${SESSION_TABLE} s ON s.id = ?::uuid AND s.user_id = u.id`,
    link('u', USER, 'role', 'r', ROLE, 'ur'),
    link('u', USER, 'department', 'd', DEPARTMENT, 'ud'),
    link('d', DEPARTMENT, 'government', 'dg', GOVERNMENT, 'udg'),
    link('u', USER, 'government', 'g', GOVERNMENT, 'ug'),
    'WHERE u.id = ? LIMIT 1',
  ].join('\n');
  const plan = { sql, columns };
  cached = { strapi, plan };
  return plan;
}

const dateOf = (value: unknown): Date | null => (value instanceof Date ? value : typeof value === 'string' && value !== '' ? new Date(value) : null);

/** Null when no such account. `sessionId` names the session of the request's token, if any. */
export async function loadUser(strapi: Core.Strapi, id: number, sessionId?: string | null): Promise<LoadedUser | null> {
  if (!Number.isSafeInteger(id)) return null;
  const plan = planFor(strapi);
  const sid = isSessionId(sessionId) ? sessionId : null;
  const result = (await strapi.db.connection.raw(plan.sql, [sid, id])) as { rows?: unknown[] };
  const row = result.rows?.[0];
  if (!isRow(row)) return null;
  const parts: Record<Plan['columns'][number]['path'], Row> = { user: {}, role: {}, department: {}, departmentGovernment: {}, government: {}, security: {} };
  for (const c of plan.columns) parts[c.path][c.key] = row[c.alias];
  const present = (part: Row): Row | null => (part.id === null || part.id === undefined ? null : part);
  const department = present(parts.department);
  if (department) department.government = present(parts.departmentGovernment);
  const user: Row = { ...parts.user, role: present(parts.role), department, government: present(parts.government) };
  const actions = Array.isArray(row.actions) ? row.actions.filter((a): a is string => typeof a === 'string') : [];
  const security: AccountSecurity = {
    tokenVersion: Number(parts.security.tokenVersion ?? 0),
    mustChangePassword: parts.security.mustChangePassword === true,
    passwordChangedAt: dateOf(parts.security.passwordChangedAt),
    createdAt: dateOf(parts.security.createdAt),
    secondFactorEnrolled: row.secondFactorEnrolled === true,
  };
  const lastSeenAt = dateOf(row.session__lastSeenAt);
  const session = row.session__id && lastSeenAt ? { lastSeenAt, endedAt: dateOf(row.session__endedAt) } : null;
  return { user, actions, security, session };
}
