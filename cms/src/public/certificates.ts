// GET /api/public/certificates/:number: the public check of an enforcement certificate (Art. 19):
// whether it is valid, the holder's name, department and enforcement categories, and nothing else
// (no ID number, phone, dates or posts; Art. 21). Answers carry an ETag and Cache-Control like the
// rest of the public API but are not kept in the server's publication cache: a certificate changes
// by suspension or expiry, not by a publication. Look-ups are limited per address (rate-limit.ts).
import type { Core } from '@strapi/strapi';
import { certificateValid } from '../domain';
import { officerFacts, today } from '../store/facts';
import type { PublicCertificate } from '../certificates/types';
import { asRow, isRow, strOf } from '../util/row';
import { errorBody, PublicError } from './errors';
import { etagOf } from './etag';
import { sendResponse, type PublicContext } from './respond';
import { takeLookup } from './rate-limit';

const JSON_TYPE = 'application/json; charset=utf-8';
const NUMBER = /^[A-Za-z0-9-]{4,40}$/;

export async function findPublicCertificate(strapi: Core.Strapi, raw: string): Promise<PublicCertificate> {
  const number = raw.trim();
  if (!NUMBER.test(number)) throw new PublicError(400, 'INVALID_CERTIFICATE_NUMBER', '执法证号须为 4 至 40 位字母、数字或连字符。', 'number');
  // Only the columns the answer shows are read, so nothing else can leak into it.
  const row: unknown = await strapi.db.query('api::officer.officer').findOne({
    where: { certificateNumber: { $eqi: number } },
    select: ['documentId', 'name', 'status', 'certificateNumber', 'certificateExpiresAt', 'enforcementCategories'],
    populate: { department: { select: ['name'] } },
  });
  if (!isRow(row) || !row.certificateNumber) throw new PublicError(404, 'CERTIFICATE_NOT_FOUND', '未找到该执法证件，请核对证号。该证件可能不是自治区人民政府核发的行政执法证件。');
  const categories = Array.isArray(row.enforcementCategories) ? row.enforcementCategories.filter((c): c is string => typeof c === 'string') : [];
  return {
    certificateNumber: strOf(row, 'certificateNumber') ?? number,
    valid: certificateValid(officerFacts(row), today()),
    status: strOf(row, 'status') ?? 'none',
    holderName: strOf(row, 'name') ?? '',
    department: strOf(asRow(row.department), 'name'),
    enforcementCategories: categories,
  };
}

type CertificateContext = PublicContext & { ip: string };

export const certificateRoute = (strapi: Core.Strapi) => async (ctx: CertificateContext): Promise<void> => {
  const wait = takeLookup(ctx.ip || 'unknown');
  if (wait > 0) {
    const body = JSON.stringify(errorBody(new PublicError(429, 'TOO_MANY_REQUESTS', `查询过于频繁，请 ${wait} 秒后再试。`)));
    ctx.set('Retry-After', String(wait));
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 429;
    ctx.type = JSON_TYPE;
    ctx.body = body;
    return;
  }
  let status = 200;
  let value: unknown;
  try {
    value = { data: await findPublicCertificate(strapi, ctx.params.number ?? '') };
  } catch (error) {
    if (!(error instanceof PublicError)) throw error;
    status = error.status;
    value = errorBody(error);
  }
  const body = JSON.stringify(value);
  sendResponse(ctx, { status, type: JSON_TYPE, body, etag: etagOf(body), headers: {} });
};
