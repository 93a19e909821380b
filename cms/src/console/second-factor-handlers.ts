// /console-api/auth/second-factor/*: the second sign-in step (a ticket from the password step and a
// TOTP or recovery code), and the signed-in user's enrolment (a QR code, then the first code, then the
// recovery codes, shown once). GB/T 22239-2019 8.1.4.1 d); RFC 6238.
import type { Core } from '@strapi/strapi';
import QRCode from 'qrcode';
import { regulationConfig } from '@nmg/config';
import { lockedMessage, isLocked } from '../domain/lockout';
import { isRow } from '../util/row';
import { recordSecurityEvent, USER_RESOURCE } from '../security/audit-events';
import { findAccountById, recordFailure } from '../security/lockout-store';
import { completeEnrolment, startEnrolment, verifySecondFactor } from '../store/second-factor-store';
import { redeemTicket } from '../security/second-factor-ticket-store';
import { auditSignIn, completeSignIn } from '../security/sign-in';
import { authenticate } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';

const stringField = (body: unknown, key: string): string => (isRow(body) && typeof body[key] === 'string' ? body[key] : '');

const addressOf = (ctx: ConsoleContext): string | null => {
  const ip = (ctx as unknown as { ip?: unknown }).ip;
  return typeof ip === 'string' ? ip : null;
};

const wrongCode = (): ConsoleError =>
  new ConsoleError(400, 'SECOND_FACTOR_INVALID', '动态验证码不正确或已使用过：请输入验证器上当前的 6 位数字，或一个未用过的恢复码。', { code: ['验证码不正确'] });

const locked = (until: Date): ConsoleError =>
  new ConsoleError(403, 'ACCOUNT_LOCKED', lockedMessage(until, regulationConfig().security.signIn), {}, { lockedUntil: until.toISOString() });

export function secondFactorHandlers(strapi: Core.Strapi) {
  return {
    /** The second step of a sign-in: no session token exists before it succeeds. */
    async signIn(ctx: ConsoleContext) {
      const userId = await redeemTicket(strapi, stringField(ctx.request.body, 'ticket'));
      const account = userId === null ? null : await findAccountById(strapi, userId);
      if (!account) throw new ConsoleError(401, 'SECOND_FACTOR_TICKET_INVALID', '验证已超时或账号已变更，请重新输入账号和密码。');
      const now = new Date();
      if (isLocked(account.lockedUntil, now) && account.lockedUntil) {
        await auditSignIn(strapi, account, 'sign-in-failed', { reason: 'locked', step: 'second-factor' });
        throw locked(account.lockedUntil);
      }
      const outcome = await verifySecondFactor(strapi, account.id, stringField(ctx.request.body, 'code'));
      if (!outcome.ok) {
        // Wrong codes count towards the password's lockout (config/security.json signIn).
        const failure = await recordFailure(strapi, account.id, now);
        await auditSignIn(strapi, account, 'second-factor-failed', { reason: outcome.reason, failures: failure.failures });
        if (failure.lockedUntil) {
          await auditSignIn(strapi, account, 'lockout', { failures: failure.failures, lockedUntil: failure.lockedUntil.toISOString() });
          throw locked(failure.lockedUntil);
        }
        throw wrongCode();
      }
      const { jwt, mustChangePassword, user } = await completeSignIn(strapi, account, addressOf(ctx), { secondFactor: outcome.means, ...(outcome.means === 'recovery' ? { recoveryLeft: outcome.recoveryLeft } : {}) });
      ctx.body = { jwt, mustChangePassword, user: { id: account.id, username: user?.username, displayName: user?.displayName ?? null }, recoveryLeft: outcome.recoveryLeft };
    },

    /** A new secret for the signed-in user, as a QR code and as text; refused when one is enrolled. */
    async setup(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx, { whilePasswordDue: true });
      const enrolment = await startEnrolment(strapi, user.actor.id, user.actor.username);
      if (!enrolment) throw new ConsoleError(409, 'SECOND_FACTOR_ENROLLED', '已设置两步验证。如手机丢失，请由本级管理员在用户管理中重置后重新设置。');
      ctx.body = { secret: enrolment.secret, uri: enrolment.uri, qr: await QRCode.toDataURL(enrolment.uri, { margin: 1, width: 240 }) };
    },

    /** Confirms the enrolment with the first code; answers the recovery codes, which are never shown again. */
    async enable(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx, { whilePasswordDue: true });
      const outcome = await completeEnrolment(strapi, user.actor.id, stringField(ctx.request.body, 'code'));
      if (!outcome.ok && outcome.reason === 'not-started') throw new ConsoleError(409, 'SECOND_FACTOR_NOT_STARTED', '请先扫描二维码开始设置两步验证。');
      if (!outcome.ok) throw wrongCode();
      const documentId = (ctx.state.user as { documentId?: unknown }).documentId;
      await recordSecurityEvent(strapi, user.actor, { action: 'second-factor-enrol', resource: USER_RESOURCE, recordId: typeof documentId === 'string' ? documentId : null, changes: { recoveryCodes: outcome.recoveryCodes.length } });
      ctx.body = { recoveryCodes: outcome.recoveryCodes };
    },
  };
}
