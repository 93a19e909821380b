// The certificate lifecycle screens' data (Art. 19, 20): the shapes the console API sends, read
// defensively (a field the server leaves out shows as empty, never as a crash), and the pure rules of
// the step dialog: which inputs each step takes and what it needs before it is sent.

import type { CertificateHistoryEntry, CertificateView as ContractCertificateView } from '../../../config/src/contracts';

export type CertificateStep = 'issue' | 'review' | 'suspend' | 'reinstate' | 'revoke' | 'cancel';

export type { CertificateHistoryEntry };
/** The view the console reads, its steps narrowed to those it knows. */
export type CertificateView = ContractCertificateView<CertificateStep>;

const STEPS: readonly string[] = ['issue', 'review', 'suspend', 'reinstate', 'revoke', 'cancel'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);

export function parseCertificateView(body: unknown): CertificateView | null {
  if (!isObject(body) || typeof body.id !== 'string') return null;
  return {
    id: body.id,
    name: str(body.name) ?? '',
    department: str(body.department),
    status: str(body.status) ?? 'none',
    certificateNumber: str(body.certificateNumber),
    issuedAt: str(body.issuedAt),
    expiresAt: str(body.expiresAt),
    reviewedAt: str(body.reviewedAt),
    reviewDue: str(body.reviewDue),
    enforcementCategories: strings(body.enforcementCategories),
    daysToExpiry: num(body.daysToExpiry),
    actions: objects(body.actions)
      .filter((a) => typeof a.key === 'string' && STEPS.includes(a.key))
      .map((a) => ({ key: a.key as CertificateStep, name: str(a.name) ?? String(a.key), reasonRequired: a.reasonRequired === true })),
    history: objects(body.history).map((h) => ({
      action: str(h.action) ?? '', from: str(h.from) ?? '', to: str(h.to) ?? '', at: str(h.at) ?? '', actor: str(h.actor) ?? '',
      role: str(h.role), organisation: str(h.organisation), reason: str(h.reason),
    })),
    trainingHours: objects(body.trainingHours).flatMap((t) => (num(t.year) !== null && num(t.hours) !== null ? [{ year: Number(t.year), hours: Number(t.hours) }] : [])),
    commendations: num(body.commendations) ?? 0,
  };
}

/** How urgent the certificate's expiry is: the dashboard's warning periods (config/deadlines.json). */
export type ExpiryLevel = 'expired' | 'danger' | 'warning' | 'ok' | 'unknown';

export function expiryLevel(daysToExpiry: number | null, warningDays: readonly number[]): ExpiryLevel {
  if (daysToExpiry === null) return 'unknown';
  if (daysToExpiry < 0) return 'expired';
  const [near, far] = [Math.min(...warningDays), Math.max(...warningDays)];
  if (daysToExpiry <= near) return 'danger';
  if (daysToExpiry <= far) return 'warning';
  return 'ok';
}

/** The inputs of each step's dialog. */
export function stepInputs(step: CertificateStep): ('reason' | 'certificateNumber' | 'certificateIssuedAt' | 'certificateExpiresAt' | 'enforcementCategories')[] {
  if (step === 'issue') return ['certificateNumber', 'certificateIssuedAt', 'certificateExpiresAt', 'enforcementCategories', 'reason'];
  if (step === 'review') return ['certificateExpiresAt', 'enforcementCategories', 'reason'];
  return ['reason'];
}

export interface StepValues {
  reason: string;
  certificateNumber: string;
  certificateIssuedAt: string;
  certificateExpiresAt: string;
  enforcementCategories: string;
}

/** 「市场监管、食品安全」 or 「市场监管, 食品安全」 → ['市场监管', '食品安全']. */
export const splitCategories = (text: string): string[] => text.split(/[、,，;；\s]+/).map((c) => c.trim()).filter((c) => c !== '');

/** What the dialog still needs (field → message key), echoing the server's rule so the form says it first. */
export function stepProblems(step: CertificateStep, values: StepValues, reasonRequired: boolean, today: string): Partial<Record<keyof StepValues, string>> {
  const problems: Partial<Record<keyof StepValues, string>> = {};
  if (reasonRequired && values.reason.trim() === '') problems.reason = 'reason_required';
  if (step === 'issue') {
    if (values.certificateNumber.trim() === '') problems.certificateNumber = 'number_required';
    if (values.certificateIssuedAt === '' || values.certificateIssuedAt > today) problems.certificateIssuedAt = 'issued_invalid';
  }
  if ((step === 'issue' || values.certificateExpiresAt !== '') && (step === 'issue' || step === 'review')) {
    if (values.certificateExpiresAt === '' || values.certificateExpiresAt <= today) problems.certificateExpiresAt = 'expiry_invalid';
  }
  return problems;
}

/** The body of POST /console-api/officers/:id/certificate. */
export function stepBody(step: CertificateStep, values: StepValues): Record<string, unknown> {
  const inputs = stepInputs(step);
  const body: Record<string, unknown> = { action: step };
  if (values.reason.trim()) body.reason = values.reason.trim();
  if (inputs.includes('certificateNumber')) body.certificateNumber = values.certificateNumber.trim();
  if (inputs.includes('certificateIssuedAt') && values.certificateIssuedAt) body.certificateIssuedAt = values.certificateIssuedAt;
  if (inputs.includes('certificateExpiresAt') && values.certificateExpiresAt) body.certificateExpiresAt = values.certificateExpiresAt;
  if (inputs.includes('enforcementCategories') && values.enforcementCategories.trim()) body.enforcementCategories = splitCategories(values.enforcementCategories);
  return body;
}

/** GET /api/public/certificates/:number */
export interface PublicCertificate {
  certificateNumber: string;
  valid: boolean;
  status: string;
  holderName: string;
  department: string | null;
  enforcementCategories: string[];
}

export function parsePublicCertificate(body: unknown): PublicCertificate | null {
  const data = isObject(body) && isObject(body.data) ? body.data : null;
  if (!data || typeof data.certificateNumber !== 'string' || typeof data.valid !== 'boolean') return null;
  return {
    certificateNumber: data.certificateNumber,
    valid: data.valid,
    status: str(data.status) ?? 'none',
    holderName: str(data.holderName) ?? '',
    department: str(data.department),
    enforcementCategories: strings(data.enforcementCategories),
  };
}

export interface TrainingHoursRow {
  officer: { id: string; name: string; department: string | null };
  hours: number;
}

export function parseTrainingHours(body: unknown): TrainingHoursRow[] {
  const data = isObject(body) ? objects(body.data) : [];
  return data.flatMap((r) => {
    const officer = isObject(r.officer) ? r.officer : null;
    if (!officer || typeof officer.id !== 'string' || num(r.hours) === null) return [];
    return [{ officer: { id: officer.id, name: str(officer.name) ?? '', department: str(officer.department) }, hours: Number(r.hours) }];
  });
}
