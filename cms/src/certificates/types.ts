// Shapes of the certificate lifecycle (Art. 19) shared by the server's handlers, job and public route.

export type { CertificateHistoryEntry } from '@nmg/config';

/** Body of POST /console-api/officers/:id/certificate. */
export interface CertificateStepInput {
  action: string;
  reason: string | null;
  certificateNumber: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  enforcementCategories: string[] | null;
}

export type { CertificateView } from '@nmg/config';

/** GET /api/public/certificates/:number: nothing personal beyond the holder's name (Art. 21). */
export interface PublicCertificate {
  certificateNumber: string;
  valid: boolean;
  status: string;
  holderName: string;
  department: string | null;
  enforcementCategories: string[];
}
