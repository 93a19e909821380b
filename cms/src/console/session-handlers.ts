// /console-api/auth/*: sign-out and the console's own password change. Both work while the
// password is due (an administrator set it), which is the point of the second.
import type { Core } from '@strapi/strapi';
import { isRow } from '../util/row';
import { recordSecurityEvent, USER_RESOURCE } from '../security/audit-events';
import { endSession } from '../store/session-store';
import { issueSessionToken } from '../security/session-token';
import { authenticate } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';

const USER = 'plugin::users-permissions.user';

interface PasswordValidator {
  validatePassword(password: string, hash: string): Promise<boolean>;
}

const addressOf = (ctx: ConsoleContext): string | null => {
  const ip = (ctx as unknown as { ip?: unknown }).ip;
  return typeof ip === 'string' ? ip : null;
};

export function sessionHandlers(strapi: Core.Strapi) {
  return {
    /** Ends the request's session: its token is refused from the next request on. */
    async logout(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx, { whilePasswordDue: true });
      if (await endSession(strapi, user.session.id, 'sign-out')) {
        await recordSecurityEvent(strapi, user.actor, { action: 'sign-out', resource: USER_RESOURCE, recordId: String((ctx.state.user as { documentId?: unknown }).documentId ?? ''), changes: { session: user.session.id } });
      }
      ctx.body = { ok: true };
    },

    /** The signed-in user's own new password (current one required); answers with a new token. */
    async changePassword(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx, { whilePasswordDue: true });
      const body = isRow(ctx.request.body) ? ctx.request.body : {};
      const current = typeof body.currentPassword === 'string' ? body.currentPassword : '';
      const password = typeof body.password === 'string' ? body.password : '';
      if (password === '') throw new ConsoleError(400, 'INVALID_FIELD', '请输入新密码。', { password: ['必填'] });
      const row: unknown = await strapi.db.query(USER).findOne({ where: { id: user.actor.id }, select: ['documentId', 'password'] });
      if (!isRow(row) || typeof row.password !== 'string') throw new ConsoleError(401, 'UNAUTHENTICATED', '账号不存在或已停用，请重新登录。');
      const validator = strapi.plugin('users-permissions').service('user') as unknown as PasswordValidator;
      if (!(await validator.validatePassword(current, row.password))) throw new ConsoleError(400, 'WRONG_PASSWORD', '当前密码不正确。', { currentPassword: ['当前密码不正确'] });
      // The policy (length, classes, account name, the recent passwords) is judged by the account write itself.
      await strapi.documents(USER).update({ documentId: String(row.documentId), data: { password } });
      await endSession(strapi, user.session.id, 'password-change');
      ctx.body = { jwt: await issueSessionToken(strapi, user.actor.id, addressOf(ctx)) };
    },
  };
}
