// Art. 19: certificates are issued "by the region government" (自治区人民政府统一核发). The region's
// justice department acts for it: it issues, revokes and cancels; the justice departments of every
// tier review (年审), suspend and reinstate the certificates of officers inside their area (Art. 5
// supervision). Departments hold their officers' records but do not decide on certificates.
import { fail, ok, type RuleResult } from './result';

export interface CertificateAuthorityDef {
  key: string;
  name: string;
  roles: readonly string[];
  tiers: readonly string[];
}

export interface CertificateActor {
  role: string;
  tier: string | null;
  /** The actor works for a justice department and supervises its government's subtree. */
  supervises: boolean;
}

export function assertCertificateAuthority(action: CertificateAuthorityDef, actor: CertificateActor): RuleResult {
  if (action.roles.length === 0) return fail('CERTIFICATE_AUTHORITY', 'action', `执法证件“${action.name}”由系统按有效期自动处理，不能手工操作。`);
  const allowed = action.roles.includes(actor.role) && actor.supervises && actor.tier !== null && action.tiers.includes(actor.tier);
  if (allowed) return ok;
  return fail('CERTIFICATE_AUTHORITY', 'action', `执法证件由自治区人民政府统一核发，“${action.name}”须由${action.tiers.length === 1 && action.tiers[0] === 'region' ? '自治区' : '本辖区'}司法行政部门办理。`);
}

/** Certificate fields that only the lifecycle changes once an officer is on record. */
export const CERTIFICATE_FIELDS = ['status', 'certificateNumber', 'certificateIssuedAt', 'certificateExpiresAt', 'certificateReviewedAt', 'enforcementCategories'] as const;

/** A user's plain edit (form, import, Strapi /api) of an existing officer leaves the certificate alone. */
export function assertCertificateFieldsUnchanged(changed: readonly string[]): RuleResult {
  const field = CERTIFICATE_FIELDS.find((f) => changed.includes(f));
  if (!field) return ok;
  return fail('CERTIFICATE_AUTHORITY', field, '执法证件的状态、编号、有效期和执法类别只能由司法行政部门通过证件管理操作（核发、年审、暂扣、发还、吊销、注销）变更。');
}
