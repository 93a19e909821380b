// /console-api/users: a government's administrator manages the accounts of its subtree (create,
// assign organisation and role, disable). Role permissions themselves stay in Strapi admin.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import type { UserActor } from '../scope/actor';
import { asRow, isRow, rowsOf, strOf, type Row } from '../util/row';
import { safeMap } from '../util/keys';
import { ConsoleError, type FieldErrors } from './errors';
import { parseRange } from './query';
import { checkPassword } from '../domain/password-policy';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const WRITABLE = ['username', 'email', 'password', 'displayName', 'role', 'department', 'government', 'blocked'];
const READ_ONLY = ['id', 'documentId', 'createdAt', 'updatedAt', 'confirmed', 'provider', 'publishedAt', 'lockedUntil', 'mustChangePassword'];

export const mayManageUsers = (actor: UserActor): boolean =>
  actor.scope.kind === 'subtree' && regulationConfig().roles.find((r) => r.type === actor.role)?.manageUsers === true;

export function requireUserManager(actor: UserActor): string {
  if (!mayManageUsers(actor) || actor.scope.kind !== 'subtree') throw new ConsoleError(403, 'ROLE_FORBIDDEN', '只有政府管理员可以管理本辖区的用户。');
  return actor.scope.codePrefix;
}

const subtree = (prefix: string): Row => ({
  $or: [{ department: { government: { code: { $startsWith: prefix } } } }, { government: { code: { $startsWith: prefix } } }],
});

const POPULATE = { role: { select: ['type', 'name'] }, department: { select: ['documentId', 'name'] }, government: { select: ['documentId', 'name'] } };

function lockedUntilOf(value: unknown): string | null {
  const until = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return until && until.getTime() > Date.now() ? until.toISOString() : null;
}

export function userRecord(row: Row): Row {
  return {
    id: row.documentId,
    username: row.username,
    email: row.email,
    displayName: row.displayName ?? null,
    role: strOf(asRow(row.role), 'type'),
    department: strOf(asRow(row.department), 'documentId'),
    government: strOf(asRow(row.government), 'documentId'),
    blocked: row.blocked === true,
    confirmed: row.confirmed === true,
    // Sign-in lockout (config/security.json) and a password set by an administrator, shown on the account's page.
    lockedUntil: lockedUntilOf(row.lockedUntil),
    mustChangePassword: row.mustChangePassword === true,
    createdAt: row.createdAt instanceof Date ? row.createdAt.toISOString() : row.createdAt,
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt.toISOString() : row.updatedAt,
  };
}

// 'id' is what every generic list asks for first (newest first); it sorts by the row id, i.e. creation order.
const SORTABLE = ['id', 'username', 'email', 'displayName', 'blocked', 'createdAt', 'updatedAt'];

function parseJsonParam(raw: unknown, name: string): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    throw new ConsoleError(400, name === 'sort' ? 'INVALID_SORT' : 'INVALID_FILTER', `参数 ${name} 不是有效的 JSON。`, { [name]: ['不是有效的 JSON'] });
  }
}

/** The filters the console's generic list sends for accounts: q, role, department, government, blocked. */
function userFilter(raw: unknown): Row[] {
  const filter = parseJsonParam(raw, 'filter');
  if (filter === undefined) return [];
  if (!isRow(filter)) throw new ConsoleError(400, 'INVALID_FILTER', '筛选参数须为 JSON 对象。', { filter: ['须为对象'] });
  const parts: Row[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) throw new ConsoleError(400, 'INVALID_FILTER', '筛选值只能是文本、布尔值或数组。', { [key]: ['不支持的筛选值'] });
    if (key === 'q') parts.push({ $or: [{ username: { $containsi: String(value) } }, { email: { $containsi: String(value) } }, { displayName: { $containsi: String(value) } }] });
    else if (key === 'id') parts.push({ documentId: { $in: Array.isArray(value) ? value.map(String) : [String(value)] } });
    else if (key === 'role') parts.push({ role: { type: { $in: Array.isArray(value) ? value.map(String) : [String(value)] } } });
    else if (key === 'department' || key === 'government') parts.push({ [key]: { documentId: { $in: Array.isArray(value) ? value.map(String) : [String(value)] } } });
    else if (key === 'blocked') parts.push({ blocked: value === true || value === 'true' });
    else throw new ConsoleError(400, 'INVALID_FILTER', `不能按字段“${key}”筛选。`, { [key]: ['不能按此字段筛选'] });
  }
  return parts;
}

export async function listUsers(strapi: Core.Strapi, prefix: string, query: Row): Promise<{ rows: Row[]; total: number; start: number }> {
  const { start, limit } = parseRange(query.range);
  const sort = parseJsonParam(query.sort, 'sort');
  const [field, order] = Array.isArray(sort) ? sort.map(String) : ['username', 'ASC'];
  if (!SORTABLE.includes(field) || !['ASC', 'DESC'].includes(order.toUpperCase())) throw new ConsoleError(400, 'INVALID_SORT', `不能按字段“${field}”排序。`, { sort: ['不支持的排序'] });
  const where: Row = { $and: [subtree(prefix), ...userFilter(query.filter)] };
  const users = strapi.db.query(USER);
  const [rows, total] = await Promise.all([
    users.findMany({ where, populate: POPULATE, orderBy: field === 'id' ? [{ id: order.toLowerCase() }] : [{ [field]: order.toLowerCase() }, { id: 'asc' }], offset: start, limit }),
    users.count({ where }),
  ]);
  return { rows: rowsOf(rows).map(userRecord), total: Number(total), start };
}

export async function findUser(strapi: Core.Strapi, prefix: string, documentId: string): Promise<Row | null> {
  const row: unknown = await strapi.db.query(USER).findOne({ where: { $and: [{ documentId }, subtree(prefix)] }, populate: POPULATE });
  return isRow(row) ? row : null;
}

/** Validates an account body and resolves role and organisation; the organisation must lie in the subtree. */
export async function userData(strapi: Core.Strapi, prefix: string, body: unknown, creating: boolean): Promise<Row> {
  if (!isRow(body)) throw new ConsoleError(400, 'INVALID_BODY', '请求内容须为 JSON 对象。');
  const problems: FieldErrors = safeMap<string[]>();
  const problem = (field: string, message: string) => (problems[field] ??= []).push(message);
  const data: Row = {};
  for (const [key, value] of Object.entries(body)) {
    if (READ_ONLY.includes(key) || value === undefined) continue;
    if (!WRITABLE.includes(key)) problem(key, '未知字段');
    else data[key] = value;
  }
  if (creating || data.username !== undefined) if (typeof data.username !== 'string' || !/^[A-Za-z0-9_.-]{3,50}$/.test(data.username)) problem('username', '用户名须为 3–50 位字母、数字、点、横线或下划线');
  if (creating || data.email !== undefined) if (typeof data.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(data.email)) problem('email', '须为有效的电子邮箱');
  if (creating || (data.password !== undefined && data.password !== '' && data.password !== null)) {
    // The full policy (config/security.json) is judged by the account write itself (cms/src/security/account-writes.ts).
    if (typeof data.password !== 'string') problem('password', '请输入密码');
    else {
      const verdict = checkPassword(data.password, { username: typeof data.username === 'string' ? data.username : '', email: typeof data.email === 'string' ? data.email : null });
      if (!verdict.ok) problem('password', verdict.message.replace(/。$/, ''));
    }
  } else delete data.password;
  if (data.blocked !== undefined && typeof data.blocked !== 'boolean') problem('blocked', '须为 true 或 false');
  if (creating || data.role !== undefined) {
    const role: unknown = typeof data.role === 'string' && regulationConfig().roles.some((r) => r.type === data.role) ? await strapi.db.query(ROLE).findOne({ where: { type: data.role } }) : null;
    if (isRow(role)) data.role = role.id;
    else problem('role', `须为以下角色之一：${regulationConfig().roles.map((r) => r.type).join('、')}`);
  }
  for (const [field, uid] of [['department', 'api::department.department'], ['government', 'api::government.government']] as const) {
    if (data[field] === undefined || data[field] === null) continue;
    const path = field === 'department' ? { government: { code: { $startsWith: prefix } } } : { code: { $startsWith: prefix } };
    const found = typeof data[field] === 'string' ? await strapi.db.query(uid).count({ where: { documentId: data[field], ...path } }) : 0;
    if (Number(found) === 0) problem(field, '组织不存在或不在本辖区内');
  }
  if (creating && !data.department && !data.government) problem('department', '每个用户须属于一个部门或一级政府');
  if (data.department && data.government) problem('government', '用户只能属于一个组织：部门或政府，不能同时属于两者');
  if (Object.keys(problems).length > 0) {
    const [field, messages] = Object.entries(problems)[0];
    throw new ConsoleError(400, 'INVALID_FIELD', `字段“${field}”${messages[0]}。`, problems);
  }
  // Exactly one organisation: naming one clears the other.
  if (data.department) data.government = null;
  if (data.government) data.department = null;
  if (creating) Object.assign(data, { provider: 'local', confirmed: true, blocked: data.blocked ?? false });
  return data;
}
