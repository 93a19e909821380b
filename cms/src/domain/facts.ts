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

/**
 * What the submission rules (Art. 11, 13) read of an active power: the fields they judge, its bases
 * and decomposition, and how many responsibility steps and accountability situations it has (they
 * are only counted, so the submission statement counts them instead of listing 45,000 entries of a
 * 5,000-item list, issue 17).
 */
export type SubmissionPowerFacts = Pick<PowerFacts, 'id' | 'code' | 'name' | 'type' | 'status' | 'departmentId' | 'bases' | 'serviceGuide' | 'flowchart' | 'decomposition'> & {
  stepCount: number;
  accountabilityCount: number;
};

/** A power's submission facts from its full facts (what a test or a populated power gives). */
export const submissionFactsOf = (p: PowerFacts): SubmissionPowerFacts => ({
  id: p.id,
  code: p.code,
  name: p.name,
  type: p.type,
  status: p.status,
  departmentId: p.departmentId,
  bases: p.bases,
  stepCount: p.steps.length,
  accountabilityCount: p.accountabilities.length,
  serviceGuide: p.serviceGuide,
  flowchart: p.flowchart,
  decomposition: p.decomposition,
});

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
