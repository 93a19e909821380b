// Endpoints of /console-api/users (see users.ts for the rules they follow).
import type { Core } from '@strapi/strapi';
import { isRow } from '../util/row';
import { authenticate } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';
import { claimedVersion, lockVersion } from './version';
import { findUser, listUsers, requireUserManager, userData, userRecord } from './users';
import { unlockAccount } from '../security/lockout-store';
import { resetSecondFactor } from '../store/second-factor-store';
import { runtimeInput } from '../store/document-input';
import { recordSecurityEvent, USER_RESOURCE } from '../security/audit-events';

const USER = 'plugin::users-permissions.user';

export function usersHandlers(strapi: Core.Strapi) {
  const manager = async (ctx: ConsoleContext) => requireUserManager((await authenticate(strapi, ctx)).actor);
  const docs = () => strapi.documents(USER);
  const found = async (prefix: string, id: string) => {
    const row = await findUser(strapi, prefix, id);
    if (!row) throw new ConsoleError(404, 'NOT_FOUND', '用户不存在或不在本辖区内。');
    return row;
  };
  return {
    async list(ctx: ConsoleContext) {
      const prefix = await manager(ctx);
      const { rows, total, start } = await listUsers(strapi, prefix, ctx.query);
      ctx.set('Content-Range', `users ${start}-${rows.length === 0 ? start : start + rows.length - 1}/${total}`);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range');
      ctx.body = rows;
    },
    async getOne(ctx: ConsoleContext) {
      ctx.body = userRecord(await found(await manager(ctx), ctx.params.id));
    },
    async create(ctx: ConsoleContext) {
      const prefix = await manager(ctx);
      const data = await userData(strapi, prefix, ctx.request.body, true);
      const taken = await strapi.db.query(USER).count({ where: { $or: [{ username: data.username }, { email: data.email }] } });
      if (Number(taken) > 0) throw new ConsoleError(400, 'INVALID_FIELD', '用户名或邮箱已被使用。', { username: ['用户名或邮箱已被使用'] });
      const created: unknown = await docs().create({ data: runtimeInput<typeof USER>(data) });
      ctx.status = 201;
      ctx.body = userRecord(await found(prefix, isRow(created) ? String(created.documentId) : ''));
    },
    async update(ctx: ConsoleContext) {
      const prefix = await manager(ctx);
      const body = ctx.request.body;
      const version = claimedVersion(isRow(body) ? body.updatedAt : undefined);
      const data = await userData(strapi, prefix, body, false);
      await strapi.db.transaction(async ({ trx }) => {
        const current = await found(prefix, ctx.params.id);
        await lockVersion(trx, 'up_users', ctx.params.id, version, () => userRecord(current), '该用户已被他人修改，请重新加载后再保存。');
        await docs().update({ documentId: ctx.params.id, data });
      });
      ctx.body = userRecord(await found(prefix, ctx.params.id));
    },
    /** Lifts a sign-in lockout before it runs out (an administrator of the account's subtree). */
    async unlock(ctx: ConsoleContext) {
      const { actor } = await authenticate(strapi, ctx);
      const prefix = requireUserManager(actor);
      const row = await found(prefix, ctx.params.id);
      const lifted = await unlockAccount(strapi, Number(row.id));
      if (!lifted) throw new ConsoleError(400, 'NOT_LOCKED', '该账号未被锁定。');
      await recordSecurityEvent(strapi, actor, { action: 'unlock', resource: USER_RESOURCE, recordId: ctx.params.id, changes: { username: row.username, lockedUntil: lifted.toISOString() } });
      ctx.body = userRecord(await found(prefix, ctx.params.id));
    },
    /** Removes an account's second factor (a lost phone): it enrols again at its next sign-in. */
    async resetSecondFactor(ctx: ConsoleContext) {
      const { actor } = await authenticate(strapi, ctx);
      const prefix = requireUserManager(actor);
      const row = await found(prefix, ctx.params.id);
      if (!(await resetSecondFactor(strapi, Number(row.id)))) throw new ConsoleError(400, 'SECOND_FACTOR_NOT_ENROLLED', '该账号未设置两步验证。');
      await recordSecurityEvent(strapi, actor, { action: 'second-factor-reset', resource: USER_RESOURCE, recordId: ctx.params.id, changes: { username: row.username } });
      ctx.body = userRecord(await found(prefix, ctx.params.id));
    },
    async remove(ctx: ConsoleContext) {
      await manager(ctx);
      throw new ConsoleError(405, 'USE_BLOCK', '用户不删除，请停用（blocked）以保留其操作记录。');
    },
  };
}
