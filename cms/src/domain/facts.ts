// Plain shapes the rules read. Adapters build them from the database; tests build them by hand.

export interface CitationFacts {
  legalBasisId: string | null;
  legalBasisTitle: string | null;
  legalBasisStatus: string | null;
  articles: string | null;
}

export interface DiscretionFacts {
  level: number;
  penaltyKind: string;
  min: number | null;
  max: number | null;
}

export interface DecompositionFacts {
  agencyId: string | null;
  postId: string | null;
  /** The agency's department, to catch an assignment to another department's agency. */
  agencyDepartmentId: string | null;
  /** The post's agency, to catch a post that is not inside the named agency. */
  postAgencyId: string | null;
}

export interface PowerFacts {
  id: string;
  code: string;
  name: string;
  type: string;
  status: string;
  departmentId: string | null;
  bases: CitationFacts[];
  steps: { step: string }[];
  accountabilities: { situation: string }[];
  serviceGuide: string | null;
  flowchart: string | null;
  statutoryMin: number | null;
  statutoryMax: number | null;
  discretion: DiscretionFacts[];
  decomposition: DecompositionFacts[];
}

export interface PostFacts {
  id: string;
  name: string;
  responsibilities: string | null;
  officerIds: string[];
}

export interface OfficerFacts {
  id: string;
  name: string;
  status: string;
  certificateNumber: string | null;
  certificateExpiresAt: string | null;
}

/** Statuses in which a power is still exercised by its department. */
export const ACTIVE_POWER_STATUSES = ['valid', 'undertaken', 'changed'] as const;

export const isActivePower = (status: string): boolean => (ACTIVE_POWER_STATUSES as readonly string[]).includes(status);
