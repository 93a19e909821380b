// `npm run admin:create`: the first administrators of a deployment, since production seeds no
// account. One command makes both doors' keys: a Strapi admin super-admin (roles, permissions,
// content types) and a console gov-admin of a government (the region by default), who then creates
// the accounts of its subtree under 用户管理. Same e-mail and initial password for both; each is
// changed on its own afterwards.
import type { Core } from '@strapi/strapi';
import { checkPasswordPolicy } from '../domain/password-policy';
import { asRow, strOf } from '../util/row';

export interface FirstAdminInput {
  email: string;
  username: string;
  password: string;
  /** Division code of the government the console account administers (region: 150000000000). */
  governmentCode: string;
}

export type FirstAdminOutcome =
  | { ok: true; email: string; username: string; government: string }
  | { ok: false; code: 'WEAK_PASSWORD' | 'INVALID_EMAIL' | 'INVALID_USERNAME' | 'GOVERNMENT_NOT_FOUND' | 'ACCOUNT_EXISTS'; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[A-Za-z0-9._-]{3,50}$/;

export async function createFirstAdministrator(strapi: Core.Strapi, input: FirstAdminInput): Promise<FirstAdminOutcome> {
  const email = input.email.trim().toLowerCase();
  const username = input.username.trim();
  if (!EMAIL.test(email)) return { ok: false, code: 'INVALID_EMAIL', message: `电子邮箱“${input.email}”格式不正确。` };
  if (!USERNAME.test(username)) return { ok: false, code: 'INVALID_USERNAME', message: '账号名须为 3–50 个字母、数字或 . _ - 。' };
  const policy = checkPasswordPolicy(input.password, [username, email]);
  if (!policy.ok) return { ok: false, code: policy.code, message: policy.message };
  const government = asRow(await strapi.db.query('api::government.government').findOne({ where: { code: input.governmentCode }, select: ['id', 'name'] }));
  if (!government) return { ok: false, code: 'GOVERNMENT_NOT_FOUND', message: `没有代码为 ${input.governmentCode} 的人民政府：请先启动一次服务器（导入行政区划）。` };
  const admins = strapi.db.query('admin::user');
  const users = strapi.db.query('plugin::users-permissions.user');
  if (Number(await admins.count({ where: { email } })) > 0) return { ok: false, code: 'ACCOUNT_EXISTS', message: `管理后台已有账号 ${email}。` };
  if (Number(await users.count({ where: { $or: [{ username }, { email }] } })) > 0) return { ok: false, code: 'ACCOUNT_EXISTS', message: `系统已有账号 ${username} 或 ${email}。` };
  const roleService = strapi.service('admin::role') as unknown as { getSuperAdmin(): Promise<unknown> };
  const superAdmin = asRow(await roleService.getSuperAdmin());
  const govAdmin = asRow(await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'gov-admin' }, select: ['id'] }));
  if (!superAdmin || !govAdmin) throw new Error('admin:create: the super-admin or gov-admin role is missing (the server has not bootstrapped)');
  const auth = strapi.service('admin::auth') as unknown as { hashPassword(password: string): Promise<string> };
  const userService = strapi.plugin('users-permissions').service('user') as unknown as { add(values: Record<string, unknown>): Promise<unknown> };
  await strapi.db.transaction(async () => {
    // Through the query engine as the demo seed does: admin::user.create fires unawaited metrics
    // queries that outlive this short-lived command.
    await admins.create({ data: { email, firstname: '系统', lastname: '管理员', username: null, password: await auth.hashPassword(input.password), isActive: true, blocked: false, registrationToken: null, roles: [superAdmin.id] } });
    await userService.add({ username, email, password: input.password, provider: 'local', confirmed: true, blocked: false, role: govAdmin.id, government: government.id, displayName: '系统管理员' });
  });
  return { ok: true, email, username, government: strOf(government, 'name') ?? input.governmentCode };
}
