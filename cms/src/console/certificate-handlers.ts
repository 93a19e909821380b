// /console-api routes of the certificate lifecycle (Art. 19) and training (Art. 20):
//   GET  /console-api/officers/:id/certificate   the certificate, its history, the steps the user may take, training hours per year
//   POST /console-api/officers/:id/certificate   take a step: { action, reason, certificateNumber, issuedAt, expiresAt, enforcementCategories }
//   GET  /console-api/training-hours?year=YYYY   hours per officer in the user's scope for one year (Art. 20)
// Reads go through strapi.documents(), so the user's scope decides which officers exist for them.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { isIsoDate, reviewDueDate } from '../domain';
import { availableSteps, OFFICER, takeCertificateStep } from '../certificates/lifecycle';
import { readHistory } from '../certificates/history';
import { hoursByYear, trainingHours } from '../certificates/training';
import type { CertificateStepInput, CertificateView } from '../certificates/types';
import { today as serverToday } from '../store/facts';
import { asRow, isoDate, isRow, strOf, type Row } from '../util/row';
import { authenticate, requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';

/** Officers of the user's scope (a scoped read) without a training record in the set of ids given. */
async function untrainedOfficers(strapi: Core.Strapi, trained: Set<string>): Promise<{ officer: { id: string; name: string; department: string | null }; hours: number }[]> {
  const rows: unknown = await strapi.documents(OFFICER).findMany({ fields: ['name'], populate: { department: { fields: ['name'] } }, limit: 5000 });
  return (Array.isArray(rows) ? rows.filter(isRow) : [])
    .filter((r) => !trained.has(String(r.documentId)))
    .map((r) => ({ officer: { id: String(r.documentId), name: strOf(r, 'name') ?? '', department: strOf(asRow(r.department), 'name') }, hours: 0 }));
}

const ACTIONS = ['issue', 'review', 'suspend', 'reinstate', 'revoke', 'cancel'];

async function visibleOfficer(strapi: Core.Strapi, user: ConsoleUser, id: string): Promise<Row> {
  requirePermission(user, OFFICER, 'findOne');
  // No personal information is read here (Art. 21): only the certificate's fields.
  const row: unknown = await strapi.documents(OFFICER).findOne({
    documentId: id,
    fields: ['name', 'status', 'certificateNumber', 'certificateIssuedAt', 'certificateExpiresAt', 'certificateReviewedAt', 'enforcementCategories', 'certificateHistory'],
    populate: { department: { fields: ['name'] } },
  });
  if (!isRow(row)) throw new ConsoleError(404, 'NOT_FOUND', '行政执法人员不存在或不在您的数据范围内。');
  return row;
}

const categoriesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

async function certificateView(strapi: Core.Strapi, user: ConsoleUser, id: string): Promise<CertificateView> {
  const row = await visibleOfficer(strapi, user, id);
  const status = strOf(row, 'status') ?? 'none';
  const issuedAt = isoDate(row.certificateIssuedAt);
  const expiresAt = isoDate(row.certificateExpiresAt);
  const reviewedAt = isoDate(row.certificateReviewedAt);
  const today = serverToday();
  const mayReadTraining = user.actions.has('api::training-record.training-record.find');
  const mayReadCommendations = user.actions.has('api::commendation.commendation.find');
  return {
    id,
    name: strOf(row, 'name') ?? '',
    department: strOf(asRow(row.department), 'name'),
    status,
    certificateNumber: strOf(row, 'certificateNumber'),
    issuedAt,
    expiresAt,
    reviewedAt,
    reviewDue: status === 'valid' ? reviewDueDate(issuedAt, reviewedAt, regulationConfig().certificates.reviewIntervalYears) : null,
    enforcementCategories: categoriesOf(row.enforcementCategories),
    daysToExpiry: expiresAt ? Math.round((Date.parse(`${expiresAt}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86400000) : null,
    actions: availableSteps(user.actor, status),
    history: readHistory(row.certificateHistory),
    trainingHours: mayReadTraining ? hoursByYear(await trainingHours(strapi, { officer: { documentId: id } })).get(id) ?? [] : [],
    commendations: mayReadCommendations ? Number(await strapi.documents('api::commendation.commendation').count({ filters: { officer: { documentId: id } } })) : 0,
  };
}

function readStep(body: unknown): CertificateStepInput {
  const b = isRow(body) ? body : {};
  const action = strOf(b, 'action');
  if (!action || !ACTIONS.includes(action)) throw new ConsoleError(400, 'INVALID_ACTION', `操作须为 ${ACTIONS.join('、')} 之一。`, { action: ['不支持的操作'] });
  const date = (field: string): string | null => {
    const value = b[field];
    if (value === undefined || value === null || value === '') return null;
    if (!isIsoDate(value)) throw new ConsoleError(400, 'INVALID_FIELD', '日期格式须为 YYYY-MM-DD。', { [field]: ['日期格式须为 YYYY-MM-DD'] });
    return value;
  };
  const categories = b.enforcementCategories;
  if (categories !== undefined && categories !== null && !(Array.isArray(categories) && categories.every((c) => typeof c === 'string'))) {
    throw new ConsoleError(400, 'INVALID_FIELD', '执法类别须为文字列表。', { enforcementCategories: ['执法类别须为文字列表'] });
  }
  return {
    action,
    reason: strOf(b, 'reason')?.trim() || null,
    certificateNumber: strOf(b, 'certificateNumber')?.trim() || null,
    issuedAt: date('certificateIssuedAt'),
    expiresAt: date('certificateExpiresAt'),
    enforcementCategories: Array.isArray(categories) ? categories.map((c: string) => c.trim()).filter((c) => c !== '') : null,
  };
}

export function certificateHandlers(strapi: Core.Strapi) {
  return {
    async view(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      ctx.body = await certificateView(strapi, user, ctx.params.id);
    },

    async step(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const input = readStep(ctx.request.body);
      await visibleOfficer(strapi, user, ctx.params.id);
      await takeCertificateStep(strapi, user.actor, ctx.params.id, input);
      ctx.body = await certificateView(strapi, user, ctx.params.id);
    },

    async trainingHours(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, 'api::training-record.training-record', 'find');
      const raw = strOf(ctx.query, 'year') ?? serverToday().slice(0, 4);
      if (!/^\d{4}$/.test(raw)) throw new ConsoleError(400, 'INVALID_FIELD', '年份须为四位数字。', { year: ['年份须为四位数字'] });
      const minimum = Number(strOf(ctx.query, 'below') ?? NaN);
      const rows = await trainingHours(strapi, { date: { $gte: `${raw}-01-01`, $lte: `${raw}-12-31` } });
      const data = [...hoursByYear(rows).entries()]
        .map(([officerId, years]) => ({ officer: rows.find((r) => r.officerId === officerId)?.officer ?? { id: officerId, name: '', department: null }, hours: years.find((y) => y.year === Number(raw))?.hours ?? 0 }))
        .filter((r) => Number.isNaN(minimum) || r.hours < minimum);
      // Below a minimum, an officer with no training that year is the first to name (Art. 20).
      if (!Number.isNaN(minimum) && minimum > 0 && user.actions.has(`${OFFICER}.find`)) data.push(...(await untrainedOfficers(strapi, new Set(rows.filter((r) => r.year === Number(raw)).map((r) => r.officerId)))));
      data.sort((a, b) => b.hours - a.hours || a.officer.name.localeCompare(b.officer.name, 'zh'));
      ctx.body = { year: Number(raw), data };
    },
  };
}
