// Shape of the regulation-as-data files in config/. Validated at start-up so that an
// administrator's typo stops the server with a clear message instead of misbehaving later.
import { z } from 'zod';

export const tierKey = z.enum(['region', 'league', 'county', 'township']);
export const roleAction = z.enum(['read', 'create', 'update', 'delete']);

export const tiersFile = z.object({
  tiers: z.array(z.object({ key: tierKey, name: z.string().min(1), codePrefixLength: z.number().int().min(1).max(12), rank: z.number().int() })).length(4),
});

export const roleDefinition = z.object({
  type: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  description: z.string(),
  organisation: z.enum(['department', 'government', 'any']),
  scope: z.enum(['department', 'subtree']),
  /** May create, edit and disable accounts inside its government's subtree (from the console). */
  manageUsers: z.boolean().default(false),
  permissions: z.record(z.string(), z.array(roleAction)),
});

export const rolesFile = z
  .object({ resources: z.array(z.string().regex(/^[a-z-]+$/)).min(1), roles: z.array(roleDefinition).min(1) })
  .superRefine((file, ctx) => {
    for (const role of file.roles) {
      for (const resource of Object.keys(role.permissions)) {
        if (!file.resources.includes(resource)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `role ${role.type} names unknown resource ${resource}` });
        }
      }
    }
  });

export const powerTypesFile = z.object({
  types: z.array(z.object({ key: z.string(), name: z.string(), shortCode: z.string().length(2), applicationBased: z.boolean(), template: z.string() })).min(1),
  legacyNames: z.record(z.string(), z.string()),
  templates: z.record(z.string(), z.array(z.string()).min(1)),
});

/** Column names of the lists offices keep → power import targets; an administrator extends it. */
export const importHeadersFile = z.object({
  minHeaderMatches: z.number().int().min(1),
  searchRows: z.number().int().min(1).max(50),
  ignored: z.array(z.string()),
  targets: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});
export type ImportHeadersFile = z.infer<typeof importHeadersFile>;

export const workflowFile = z.object({
  listStates: z.array(z.object({ key: z.string(), name: z.string(), editable: z.boolean() })),
  frozenListStates: z.array(z.string()),
  frozenListExits: z.record(z.string(), z.array(z.string())),
  submissionChecks: z.array(z.string()),
  listTransitions: z.array(z.object({ from: z.string(), to: z.string(), action: z.string(), roles: z.array(z.string()), opinionRequired: z.boolean().optional() })),
  adjustmentKinds: z.array(z.object({ key: z.string(), name: z.string() })),
});

export const assessmentFile = z.object({
  items: z.array(z.object({ item: z.number().int().min(1).max(9), name: z.string(), weight: z.number().positive(), guide: z.string() })).length(9),
  grades: z.array(z.object({ key: z.string(), name: z.string(), min: z.number().min(0) })).min(1),
  completeStates: z.array(z.string()),
  // Art. 22–25: the assessment's workflow (who completes, approves and publishes), the weights of
  // the self/mutual/internal/external parts, the items pre-scored from the system's data, and the
  // public rating form's limits.
  workflow: z.object({
    states: z.array(z.object({ key: z.string(), name: z.string(), editable: z.boolean() })).min(1),
    transitions: z.array(z.object({
      from: z.string(), to: z.string(), action: z.string(),
      roles: z.object({ government: z.array(z.string()), department: z.array(z.string()) }),
      opinionRequired: z.boolean().optional(),
    })),
  }),
  parts: z.object({
    methods: z.array(z.enum(['self', 'mutual', 'internal', 'external'])).min(1),
    defaultWeights: z.record(z.string(), z.number().min(0)),
  }),
  prescoring: z.object({ items: z.array(z.number().int().min(1).max(9)), overrideReasonMinLength: z.number().int().min(1) }),
  // Art. 14 执法全过程记录: the stages every case must record (completeness = share of these recorded),
  // the stages whose recording must include 音像, and the assessment item the completeness feeds.
  enforcementRecord: z.object({
    item: z.number().int().min(1).max(9),
    requiredStages: z.array(z.enum(['register', 'investigate', 'review', 'notify', 'hearing', 'decide', 'serve', 'execute'])).min(1),
    videoStages: z.array(z.enum(['register', 'investigate', 'review', 'notify', 'hearing', 'decide', 'serve', 'execute'])),
  }),
  externalRating: z.object({
    scale: z.number().int().min(2).max(10),
    perAddressPerDepartmentPerHour: z.number().int().positive(),
    minFillSeconds: z.number().min(0),
    challengeTtlSeconds: z.number().int().positive(),
    commentMaxLength: z.number().int().positive(),
  }),
}).superRefine((file, ctx) => {
  // The completeness of the enforcement records is shown as a figure of a pre-scored item: an item
  // that is not pre-scored would silently drop it.
  if (!file.prescoring.items.includes(file.enforcementRecord.item)) {
    ctx.addIssue({ code: 'custom', path: ['enforcementRecord', 'item'], message: `item ${file.enforcementRecord.item} is not among prescoring.items (${file.prescoring.items.join(', ')})` });
  }
});

export const deadlinesFile = z.object({
  adjustmentTaskDays: z.number().int().positive(),
  majorPenaltyFilingDays: z.number().int().positive(),
  annualReportDue: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  certificateWarningDays: z.array(z.number().int().positive()),
  // The office's own limits (Art. 13 asks a list be adjusted 及时, without a number of days; Art. 10,
  // 11 the review): days to send a returned list back, and days a list may wait at one review step.
  returnedListDays: z.number().int().positive(),
  listReviewDays: z.number().int().positive(),

  /** Days a kept import (a sheet waiting for its laws, issue 15) stays before the cleanup job removes it. */
  pendingImportDays: z.number().int().positive().max(3650).default(30),
});

export const supervisionFile = z.object({
  interferenceReaders: z.array(z.string()),
  catalogueMaintainers: z.object({ roles: z.array(z.string()), tiers: z.array(tierKey) }),
});

export const labelsFile = z.object({
  resources: z.record(z.string(), z.object({ name: z.string().min(1), fields: z.record(z.string(), z.string().min(1)) })),
});

export type TierKey = z.infer<typeof tierKey>;
export type RoleAction = z.infer<typeof roleAction>;
export type RoleDefinition = z.infer<typeof roleDefinition>;
export type TiersFile = z.infer<typeof tiersFile>;
export type RolesFile = z.infer<typeof rolesFile>;
export type PowerTypesFile = z.infer<typeof powerTypesFile>;
export type WorkflowFile = z.infer<typeof workflowFile>;
export type AssessmentFile = z.infer<typeof assessmentFile>;
export type DeadlinesFile = z.infer<typeof deadlinesFile>;
export type SupervisionFile = z.infer<typeof supervisionFile>;
export type LabelsFile = z.infer<typeof labelsFile>;

// Art. 19 certificates: the lifecycle steps, who may take each (roles of roles.json at which tiers),
// and the review interval. An action with no roles is the server's own (expiry).
export const certificateAction = z.enum(['issue', 'review', 'suspend', 'reinstate', 'revoke', 'cancel', 'expire']);
export const certificateStatus = z.enum(['valid', 'suspended', 'revoked', 'expired', 'none']);
export const certificatesFile = z.object({
  reviewIntervalYears: z.number().int().positive(),
  actions: z.array(z.object({
    key: certificateAction,
    name: z.string().min(1),
    from: z.array(certificateStatus).min(1),
    to: certificateStatus,
    roles: z.array(z.string()),
    tiers: z.array(tierKey),
    reasonRequired: z.boolean(),
  })).min(1),
});
export type CertificateAction = z.infer<typeof certificateAction>;
export type CertificateStatus = z.infer<typeof certificateStatus>;
export type CertificatesFile = z.infer<typeof certificatesFile>;
export const accountabilityFile = z.object({
  /** Art. 27, 28: the measures, whom each may be taken against, and the fields each must carry. */
  measures: z.array(z.object({ key: z.string(), name: z.string().min(1), subjects: z.array(z.enum(['department', 'officer'])).min(1), requires: z.array(z.enum(['deadline', 'basis'])) })).min(1),
  /** Art. 27: how a case's state may move; systemOnly steps are taken by the server's jobs alone. */
  transitions: z.array(z.object({ from: z.string(), to: z.string(), measures: z.array(z.string()).optional(), systemOnly: z.boolean().optional() })).min(1),
  /** Art. 27: an overdue correction order becomes this measure. */
  escalation: z.object({ from: z.string(), to: z.string() }),
  /** Art. 29: the criteria of due diligence (尽职免责) and the least length of a decision's reasons. */
  exemption: z.object({
    minReasonLength: z.number().int().min(1),
    criteria: z.array(z.object({ key: z.string().regex(/^[a-z-]+$/), name: z.string().min(1), required: z.boolean() })).min(1),
  }),
});
export type AccountabilityFile = z.infer<typeof accountabilityFile>;

// 等保 2.0 level 3 identification, session and audit controls (GB/T 22239-2019 8.1.4.1, 8.1.4.3):
// lockout after repeated failures, password strength and history, session limits, who reads the
// audit trail and how long it stays in the database (网络安全法 Art. 21: logs kept six months at least).
export const securityFile = z.object({
  signIn: z.object({
    maxFailures: z.number().int().min(1).max(100),
    windowMinutes: z.number().positive(),
    lockMinutes: z.number().positive(),
  }),
  password: z.object({
    minLength: z.number().int().min(8).max(128),
    /** Of four: lower case, upper case, digits, other characters. */
    minClasses: z.number().int().min(1).max(4),
    /** A new password may not be one of this many most recent passwords (the current one included). */
    history: z.number().int().min(0).max(24),
    /** Days after which a password must be changed at the next sign-in; null: no maximum age. */
    maxAgeDays: z.number().int().positive().nullable(),
  }),
  session: z.object({
    idleMinutes: z.number().positive(),
    absoluteHours: z.number().positive().max(24 * 30),
    /** A session's last-seen time is written at most this often (seconds), to spare the database. */
    lastSeenWriteSeconds: z.number().int().min(1).max(600),
  }),
  audit: z.object({
    /** Roles that read the audit trail in the console (each within its scope). */
    readers: z.array(z.string()).min(1),
    /** Rows older than this go to the archive file; 网络安全法 Art. 21 requires at least 180 days online. */
    archiveAfterDays: z.number().int().min(180, 'audit.archiveAfterDays must be at least 180 (网络安全法 Art. 21: logs kept six months)'),
    /** Folder of the archive files, relative to the project root unless absolute. */
    archiveDir: z.string().min(1),
  }),
  // GB/T 22239-2019 8.1.4.1 d): two or more means of identification, one of them cryptographic.
  secondFactor: z.object({
    /** Roles that must sign in with a TOTP code (RFC 6238) besides the password; others may enrol. */
    roles: z.array(z.string()),
    /** The issuer an authenticator app shows beside the account name. */
    issuer: z.string().min(1).max(60),
    /** One-time recovery codes given at enrolment, for a lost phone. */
    recoveryCodes: z.number().int().min(5).max(20),
    /** Minutes between a correct password and the code before the password must be given again. */
    ticketMinutes: z.number().int().min(1).max(15),
  }),
});
export type SecurityFile = z.infer<typeof securityFile>;
