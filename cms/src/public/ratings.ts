// POST /api/public/ratings and GET /api/public/ratings/challenge: a member of the public rates a
// department (Art. 25, external evaluation) without signing in. Never cached. Refusals carry the
// public API's error shape with a Chinese message and a stable code (429 RATE_LIMITED …).
// The address is kept only as a keyed hash (Art. 21: no personal information is stored for this).
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { asSystem } from '../scope/actor';
import { isRow, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { notePublicationChange } from '../store/generation';
import { checkChallenge, issueChallenge } from './rating-challenge';

const RATING = 'api::public-rating.public-rating';

export type RatingErrorCode = 'DEPARTMENT_NOT_FOUND' | 'INVALID_RATING' | 'INVALID_COMMENT' | 'CHALLENGE_INVALID' | 'CHALLENGE_FAILED' | 'CHALLENGE_EXPIRED' | 'CHALLENGE_USED' | 'TOO_FAST' | 'SPAM_SUSPECTED' | 'RATE_LIMITED';

const MESSAGES: Record<RatingErrorCode, string> = {
  DEPARTMENT_NOT_FOUND: '未找到该行政执法部门。',
  INVALID_RATING: '评分须为整数。',
  INVALID_COMMENT: '意见过长。',
  CHALLENGE_INVALID: '验证信息无效，请刷新页面后重新填写。',
  CHALLENGE_FAILED: '验证题答案不正确，请重新计算。',
  CHALLENGE_EXPIRED: '验证题已过期，请刷新页面后重新填写。',
  CHALLENGE_USED: '该验证题已使用过，请刷新页面后重新填写。',
  TOO_FAST: '提交过快，请确认填写内容后再提交。',
  SPAM_SUSPECTED: '提交内容未通过校验。',
  RATE_LIMITED: '同一网络地址对该部门的评议次数已达上限，请一小时后再试。',
};

export interface RatingContext {
  request: { body?: unknown; ip: string };
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

function refuse(ctx: RatingContext, status: number, code: RatingErrorCode, field?: string, message?: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data: null, error: { status, name: status === 429 ? 'RateLimitError' : status === 404 ? 'NotFoundError' : 'ValidationError', message: message ?? MESSAGES[code], code, details: field ? { field } : {} } };
}

/** The key that signs challenges and hashes addresses: the server's first app key. */
function secretOf(strapi: Core.Strapi): string {
  const keys = strapi.config.get('server.app.keys') as unknown;
  return process.env.RATING_SECRET || (Array.isArray(keys) && typeof keys[0] === 'string' ? keys[0] : 'nmg-rating');
}

async function departmentExists(strapi: Core.Strapi, id: string): Promise<boolean> {
  return Number(await strapi.db.query('api::department.department').count({ where: { documentId: id } })) > 0;
}

export function ratingHandlers(strapi: Core.Strapi) {
  const limits = () => regulationConfig().assessment.externalRating;
  return {
    async challenge(ctx: RatingContext) {
      const department = typeof ctx.query.department === 'string' ? ctx.query.department : '';
      if (!department || !(await departmentExists(strapi, department))) return refuse(ctx, 404, 'DEPARTMENT_NOT_FOUND', 'department');
      const { token, question, issuedAt } = issueChallenge(secretOf(strapi), department);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: { token, question, minFillSeconds: limits().minFillSeconds, expiresAt: new Date(issuedAt + limits().challengeTtlSeconds * 1000).toISOString(), scale: limits().scale } };
    },

    async create(ctx: RatingContext) {
      const body: Row = isRow(ctx.request.body) ? ctx.request.body : {};
      const config = limits();
      const department = strOf(body, 'department') ?? '';
      if (!department || !(await departmentExists(strapi, department))) return refuse(ctx, 404, 'DEPARTMENT_NOT_FOUND', 'department');
      // The honeypot: a field people never see; whatever fills it is a script.
      if (typeof body.website === 'string' && body.website.trim() !== '') return refuse(ctx, 400, 'SPAM_SUSPECTED', 'website');
      const rating = body.rating;
      if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > config.scale) {
        return refuse(ctx, 400, 'INVALID_RATING', 'rating', `评分须为 1 至 ${config.scale} 的整数。`);
      }
      // No comment: left out of the data (the column stays null), as the generated typings want it.
      const comment = strOf(body, 'comment')?.trim() || undefined;
      if (body.comment !== undefined && body.comment !== null && typeof body.comment !== 'string') return refuse(ctx, 400, 'INVALID_COMMENT', 'comment');
      if (comment && comment.length > config.commentMaxLength) return refuse(ctx, 400, 'INVALID_COMMENT', 'comment', `意见不能超过 ${config.commentMaxLength} 个字。`);
      const secret = secretOf(strapi);
      const check = checkChallenge(secret, strOf(body, 'token') ?? '', String(body.answer ?? ''), department, { minFillSeconds: config.minFillSeconds, ttlSeconds: config.challengeTtlSeconds });
      if (!check.ok) return refuse(ctx, 400, check.code, check.code === 'CHALLENGE_FAILED' ? 'answer' : 'token');
      const addressHash = createHash('sha256').update(`${secret}|${ctx.request.ip}`).digest('hex');
      const since = new Date(Date.now() - 3600 * 1000);
      const outcome = await withTrx(strapi, async (trx) => {
        // One address at a time, so two simultaneous posts cannot both slip under the limit.
        await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`public-rating:${addressHash}`]);
        if (Number(await strapi.db.query(RATING).count({ where: { nonce: check.nonce } })) > 0) return 'CHALLENGE_USED' as const;
        const recent = Number(await strapi.db.query(RATING).count({ where: { addressHash, department: { documentId: department }, createdAt: { $gte: since } } }));
        if (recent >= config.perAddressPerDepartmentPerHour) return 'RATE_LIMITED' as const;
        const created: unknown = await asSystem(() => strapi.documents(RATING).create({ data: { department, year: new Date().getFullYear(), rating, comment, addressHash, nonce: check.nonce }, fields: ['documentId', 'createdAt'] }));
        return isRow(created) ? created : null;
      });
      if (outcome === 'RATE_LIMITED') {
        ctx.set('Retry-After', '3600');
        return refuse(ctx, 429, 'RATE_LIMITED');
      }
      if (outcome === 'CHALLENGE_USED') return refuse(ctx, 400, 'CHALLENGE_USED', 'token');
      // The published results include the ratings' average: the next read recomputes them.
      notePublicationChange();
      ctx.status = 201;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: { id: isRow(outcome) ? String(outcome.documentId) : null, department, rating, message: '感谢您的评议，已记录。' } };
    },
  };
}
