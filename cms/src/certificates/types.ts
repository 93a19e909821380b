// Shapes of the certificate lifecycle (Art. 19) shared by the server's handlers, job and public route.

/** One recorded step of a certificate: what, who, when, from which status to which, and why. */
export interface CertificateHistoryEntry {
  action: string;
  from: string;
  to: string;
  at: string;
  actor: string;
  role: string | null;
  organisation: string | null;
  reason: string | null;
  /** The certificate's values after the step, where it set them. */
  certificateNumber?: string | null;
  expiresAt?: string | null;
}

/** Body of POST /console-api/officers/:id/certificate. */
export interface CertificateStepInput {
  action: string;
  reason: string | null;
  certificateNumber: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  enforcementCategories: string[] | null;
}

/** GET /console-api/officers/:id/certificate: the certificate, its history, the steps the user may take, training hours. */
export interface CertificateView {
  id: string;
  name: string;
  department: string | null;
  status: string;
  certificateNumber: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  reviewedAt: string | null;
  reviewDue: string | null;
  enforcementCategories: string[];
  daysToExpiry: number | null;
  actions: { key: string; name: string; reasonRequired: boolean }[];
  history: CertificateHistoryEntry[];
  trainingHours: { year: number; hours: number }[];
  commendations: number;
}

/** GET /api/public/certificates/:number: nothing personal beyond the holder's name (Art. 21). */
export interface PublicCertificate {
  certificateNumber: string;
  valid: boolean;
  status: string;
  holderName: string;
  department: string | null;
  enforcementCategories: string[];
}
