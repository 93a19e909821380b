// Loads config/*.json (the regulation as data) and validates every file at start-up.
import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import * as s from './schema';
import { loadPiiConfig, type PiiFile } from './pii';
import { loadBackupConfig, type BackupFile } from './backup';
import { ConfigError, checkSecurityRoles, parseConfigFile } from './parse';

export * from './schema';
export { ConfigError } from './parse';

export interface RegulationConfig {
  tiers: s.TiersFile['tiers'];
  resources: string[];
  roles: s.RoleDefinition[];
  powerTypes: s.PowerTypesFile;
  importHeaders: s.ImportHeadersFile;
  workflow: s.WorkflowFile;
  assessment: s.AssessmentFile;
  deadlines: s.DeadlinesFile;
  supervision: s.SupervisionFile;
  labels: s.LabelsFile['resources'];
  certificates: s.CertificatesFile;
  accountability: s.AccountabilityFile;
  security: s.SecurityFile;
}

/** Directory holding the JSON files; CONFIG_DIR lets tests or operators use another copy. */
export const configDir = (): string => process.env.CONFIG_DIR ?? join(__dirname, '..');

function readFile<T extends z.ZodTypeAny>(dir: string, name: string, schema: T): z.infer<T> {
  const path = join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config/${name}: cannot read JSON (${(error as Error).message})`);
  }
  return parseConfigFile(name, schema, raw);
}

export function loadConfig(dir: string = configDir()): RegulationConfig {
  const roles = readFile(dir, 'roles.json', s.rolesFile);
  return {
    tiers: readFile(dir, 'tiers.json', s.tiersFile).tiers,
    resources: roles.resources,
    roles: roles.roles,
    powerTypes: readFile(dir, 'power-types.json', s.powerTypesFile),
    importHeaders: readFile(dir, 'import-headers.json', s.importHeadersFile),
    workflow: readFile(dir, 'workflow.json', s.workflowFile),
    assessment: readFile(dir, 'assessment.json', s.assessmentFile),
    deadlines: readFile(dir, 'deadlines.json', s.deadlinesFile),
    supervision: readFile(dir, 'supervision.json', s.supervisionFile),
    labels: readFile(dir, 'labels.json', s.labelsFile).resources,
    certificates: readFile(dir, 'certificates.json', s.certificatesFile),
    accountability: readFile(dir, 'accountability.json', s.accountabilityFile),
    security: securityOf(dir, roles),
  };
}

/** config/security.json, its audit readers checked against the roles of roles.json. */
function securityOf(dir: string, roles: s.RolesFile): s.SecurityFile {
  return checkSecurityRoles(readFile(dir, 'security.json', s.securityFile), roles);
}

let cached: RegulationConfig | undefined;
/** The validated configuration, read once per process. */
export function regulationConfig(): RegulationConfig {
  cached ??= loadConfig();
  return cached;
}
export * from './contracts';
export * from './dashboard';
export * from './valueNames';
export * from './reports';
export * from './pii';
export * from './backup';

let piiCached: PiiFile | undefined;
/** config/pii.json, validated, read once per process (kept apart from the regulation's own files). */
export function piiConfig(): PiiFile {
  piiCached ??= loadPiiConfig(configDir());
  return piiCached;
}

/** config/backup.json, validated (read at each call: the scripts read it once per run). */
export function backupConfig(): BackupFile {
  return loadBackupConfig(configDir());
}
