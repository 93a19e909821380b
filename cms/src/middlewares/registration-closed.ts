// Self-registration is off in every environment (GB/T 22239-2019 身份鉴别, 访问控制): accounts are
// created by a government administrator for its subtree (/console-api/users), by the Strapi admin,
// or by `npm run admin:create`. Answered here, before any route or role permission, so that no
// setting in the admin panel (Advanced settings, the Public role) can open it again.
interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/**
 * users-permissions' registration route, however it is spelt (the router ignores case and a
 * trailing slash), and sign-in through third-party providers, which creates an account on first use.
 */
const CLOSED = [/^\/api\/auth\/local\/register\/?$/i, /^\/api\/connect(\/|$)/i, /^\/api\/auth\/(?!local\/)[^/]+\/callback\/?$/i];

/**
 * The admin panel's "create the first administrator" form: open to anyone while no administrator
 * exists, which is exactly a fresh production database. `npm run admin:create` replaces it.
 */
const ADMIN_SELF_REGISTRATION = /^\/admin\/register-admin\/?$/i;

export const REGISTRATION_CLOSED_MESSAGE = '本系统不开放自助注册：账号由本级或上级人民政府的系统管理员在“用户管理”中创建。';

export const ADMIN_REGISTRATION_CLOSED_MESSAGE = '管理后台不开放首个管理员的自助注册：请在服务器上运行 npm run admin:create 创建。';

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ADMIN_SELF_REGISTRATION.test(ctx.path)) {
    ctx.status = 403;
    ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: ADMIN_REGISTRATION_CLOSED_MESSAGE, details: { code: 'REGISTRATION_CLOSED' } } };
    return;
  }
  if (!CLOSED.some((pattern) => pattern.test(ctx.path))) return next();
  ctx.status = 403;
  ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: REGISTRATION_CLOSED_MESSAGE, details: { code: 'REGISTRATION_CLOSED' } } };
};
