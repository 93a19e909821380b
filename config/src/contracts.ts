// Response shapes shared by the server (cms/) and the console (admin-ui/) for the publishing
// workflow (Art. 10, 11, 13) and the public API. Types only: nothing here runs.

/** One item of a published list, as frozen in the list's snapshot and served to the public. */
export interface ListItem {
  /** documentId of the power the item was taken from (stable across versions: the diff key). */
  powerId: string;
  code: string;
  name: string;
  subItem: string | null;
  type: string;
  tier: string | null;
  status: string;
  /** 责任主体: the department exercising the power. */
  departmentName: string;
  bases: ListItemBasis[];
  steps: { step: string; content: string | null; basis: string | null }[];
  accountabilities: { situation: string; basis: string | null }[];
  legalTimeLimit: string | null;
  promisedTimeLimit: string | null;
  feeBasis: string | null;
  consultationPhone: string | null;
  supervisionPhone: string | null;
  serviceGuide: string | null;
  flowchart: string | null;
  statutoryMin: number | null;
  statutoryMax: number | null;
  discretion: { circumstance: string | null; level: number | null; levelName: string | null; penaltyKind: string | null; min: number | null; max: number | null; unit: string | null }[];
  riskPoints: { step: string | null; description: string | null; level: string | null; measure: string | null }[];
  /** 承办机构 and posts: organisation units only, never officers (PII_PROTECTED). */
  decomposition: { agency: string | null; post: string | null; role: string }[];
  remarks: string | null;
  /**
   * Art. 17: 行政指导 and other non-coercive means recorded for the power (首违不罚/轻微免罚 entries,
   * 柔性执法 cases), frozen with the item. Absent when there are none (and in versions frozen before).
   */
  guidance?: ListItemGuidance[];
}

/** One non-coercive means of an item (Art. 17); `kind` as in the guidance-measure content type. */
export interface ListItemGuidance {
  kind: string;
  title: string;
  content: string | null;
  conditions: string | null;
  basis: string | null;
  caseDate: string | null;
  outcome: string | null;
}

export interface ListItemBasis {
  kind: string;
  legalBasisId: string | null;
  title: string | null;
  documentNumber: string | null;
  level: string | null;
  /** Status of the cited law when the snapshot was taken (in-force, amended, repealed …). */
  basisStatus: string | null;
  articles: string | null;
  excerpt: string | null;
}

/** The frozen content of a list version, taken when it is submitted (what reviewers approve). */
export interface ListSnapshot {
  takenAt: string;
  items: ListItem[];
}

export type ListAction = 'submit' | 'forward' | 'approve' | 'return' | 'publish' | 'withdraw';

/** One recorded transition of a list version: who, when, from where to where, and the opinion (a type alias: stored in a JSON attribute). */
export type ListHistoryEntry = {
  action: ListAction | 'supersede' | 'create' | 'system';
  from: string | null;
  to: string;
  at: string;
  actor: string;
  role: string | null;
  organisation: string | null;
  opinion: string | null;
};

/** GET /console-api/responsibility-lists/:id/workflow */
export interface ListWorkflowView {
  id: string;
  title: string | null;
  versionNumber: number;
  state: string;
  department: { id: string; name: string; governmentName: string | null } | null;
  publicationDate: string | null;
  /** Transitions the signed-in user may take now. */
  actions: ListAction[];
  /** Actions that require a written opinion (return) or reason (withdraw). */
  opinionRequired: ListAction[];
  history: ListHistoryEntry[];
  itemCount: number;
  underAdjustment: boolean;
}

export interface ListFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** GET /console-api/responsibility-lists/:id/diff: this version against the previous published one. */
export interface ListDiff {
  against: { id: string; versionNumber: number; publicationDate: string | null } | null;
  added: { powerId: string; code: string; name: string }[];
  removed: { powerId: string; code: string; name: string }[];
  changed: { powerId: string; code: string; name: string; fields: ListFieldChange[] }[];
  unchanged: number;
}

/** GET /console-api/review-queue: list versions waiting for the signed-in user's action. */
export interface ReviewQueueEntry {
  id: string;
  title: string | null;
  versionNumber: number;
  state: string;
  department: { id: string; name: string };
  governmentName: string | null;
  actions: ListAction[];
  updatedAt: string;
}

/** An open adjustment task on the dashboard (Art. 10, 13). */
export interface AdjustmentTaskSummary {
  id: string;
  department: { id: string; name: string } | null;
  legalBasisTitle: string;
  reason: string;
  dueDate: string;
  overdue: boolean;
  powerCount: number;
}

// ---- public API (/api/public/*) ----

export interface PublicGovernment {
  code: string;
  name: string;
  tier: string;
  parentCode: string | null;
  /** Departments of this government with a published list. */
  publishedDepartments: number;
}

export interface PublicListMeta {
  id: string;
  title: string | null;
  versionNumber: number;
  publicationDate: string | null;
  state: 'published' | 'superseded';
  itemCount: number;
}

export interface PublicDepartment {
  id: string;
  name: string;
  government: { code: string; name: string };
  list: PublicListMeta | null;
  /** Art. 10, 13: a law the list cites changed and the department is adjusting its list. */
  underAdjustment: boolean;
}

export interface PublicItemSummary {
  id: string;
  code: string;
  name: string;
  subItem: string | null;
  type: string;
  status: string;
}

export interface PublicItemPage {
  data: PublicItemSummary[];
  meta: { page: number; pageSize: number; total: number; list: PublicListMeta; department: { id: string; name: string } };
}

export interface PublicItemDetail {
  data: ListItem & { id: string; list: PublicListMeta; department: { id: string; name: string } };
}

/**
 * One recorded step of an assessment's or an accountability case's history, written by the server.
 * The history entries are type aliases, not interfaces: they are stored in JSON attributes, and
 * only an alias fits the JSONValue of Strapi's generated typings (an interface has no index signature).
 */
export type StepHistoryEntry = {
  action: string;
  from: string | null;
  to: string;
  at: string;
  actor: string;
  role: string | null;
  organisation: string | null;
};

/** A step of an accountability case (Art. 27–29), with the note the step was taken with. */
export type CaseHistoryEntry = StepHistoryEntry & {
  note: string | null;
};

/** A step of an assessment (Art. 22), with the written opinion of a return. */
export type AssessmentHistoryEntry = StepHistoryEntry & {
  opinion: string | null;
};

/** One figure behind a pre-score of the assessment sheet (items 4–7). */
export interface AssessmentFigure {
  key: string;
  label: string;
  value: number;
}

/** What a pre-score was computed from, as the console shows it. */
export interface AssessmentItemBasis {
  summary: string;
  figures: AssessmentFigure[];
  computedAt: string | null;
}

/**
 * One of the nine items of an assessment's scoring sheet (Art. 24), GET /console-api/assessments/:id/sheet.
 * `Basis`: the server passes the stored pre-score basis on as it is; the console reads the part it shows.
 */
export interface AssessmentSheetItem<Basis = AssessmentItemBasis | null> {
  item: number;
  name: string;
  weight: number;
  guide: string;
  prescored: boolean;
  score: number | null;
  autoScore: number | null;
  basis: Basis;
  finding: string | null;
  evidence: string | null;
  overrideReason: string | null;
}

/** One recorded step of an officer's certificate (Art. 19): what, who, when, from which status to which, and why. */
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

/** GET /console-api/officers/:id/certificate: the certificate, its history, the steps the user may take, training hours. */
export interface CertificateView<Step extends string = string> {
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
  actions: { key: Step; name: string; reasonRequired: boolean }[];
  history: CertificateHistoryEntry[];
  trainingHours: { year: number; hours: number }[];
  commendations: number;
}
