// Art. 19: a certificate issued by the region government moves only along the lifecycle of
// config/certificates.json (issue, review 年审, suspend 暂扣, reinstate 发还, revoke 吊销, cancel 注销,
// expire). A revoked or cancelled certificate is never reinstated (a new one is issued instead);
// suspension, reinstatement, revocation and cancellation say why; an issue or a review that sets an
// expiry sets one in the future.
import { isIsoDate } from './certificate-dates';
import { fail, ok, type RuleResult } from './result';

export interface CertificateActionDef {
  key: string;
  name: string;
  from: readonly string[];
  to: string;
  reasonRequired: boolean;
}

export interface CertificateTransitionRequest {
  action: string;
  /** The certificate's status before the step. */
  from: string;
  reason: string | null;
  /** New values the step sets (issue: number and dates; review: optionally a new expiry). */
  certificateNumber: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  today: string;
}

const STATUS_NAMES: Record<string, string> = { valid: '有效', suspended: '暂扣', revoked: '吊销/注销', expired: '过期', none: '未发证' };
export const certificateStatusName = (status: string): string => STATUS_NAMES[status] ?? status;

export function assertCertificateTransition(req: CertificateTransitionRequest, actions: readonly CertificateActionDef[]): RuleResult {
  const def = actions.find((a) => a.key === req.action);
  if (!def) return fail('CERTIFICATE_TRANSITION', 'action', `没有“${req.action}”这一证件管理操作。`);
  if (!def.from.includes(req.from)) {
    const why = req.from === 'revoked' ? '已吊销或注销的执法证件不能恢复，须重新申领核发' : `证件当前为“${certificateStatusName(req.from)}”状态，不能${def.name}`;
    return fail('CERTIFICATE_TRANSITION', 'status', `${why}。`);
  }
  if (def.reasonRequired && !req.reason?.trim()) return fail('CERTIFICATE_REASON', 'reason', `${def.name}执法证件须写明理由。`);
  if (req.action === 'issue') {
    if (!req.certificateNumber?.trim()) return fail('CERTIFICATE_TRANSITION', 'certificateNumber', '核发执法证件须登记证件编号。');
    if (!isIsoDate(req.issuedAt) || req.issuedAt > req.today) return fail('CERTIFICATE_TRANSITION', 'certificateIssuedAt', '核发日期须为不晚于今天的日期。');
  }
  if (req.action === 'issue' || (req.action === 'review' && req.expiresAt !== null)) {
    if (!isIsoDate(req.expiresAt) || req.expiresAt <= req.today) return fail('CERTIFICATE_TRANSITION', 'certificateExpiresAt', '证件有效期须为今天以后的日期。');
  }
  return ok;
}

/** Status changes by a plain edit (Strapi admin): a revoked certificate still cannot come back. */
export function assertCertificateStatusChange(from: string, to: string): RuleResult {
  if (from === 'revoked' && to !== 'revoked') return fail('CERTIFICATE_TRANSITION', 'status', '已吊销或注销的执法证件不能恢复，须重新申领核发。');
  return ok;
}
