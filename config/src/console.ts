// The regulation as data for the console (admin-ui), in its validated form: the same config/*.json
// files the server reads at start-up, bundled into the console at build time and checked against the
// same schemas when the bundle loads, so a file the server would refuse never reaches a screen
// unchecked. The console imports config through this module only (`npm run arch`:
// console-reads-validated-config). Browser-safe: no Node imports (`npm run arch`: config-browser-safe).
// The JSON lives outside src/, so config/tsconfig.json leaves this file to the console's compilers.
import tiersJson from '../tiers.json';
import rolesJson from '../roles.json';
import powerTypesJson from '../power-types.json';
import importHeadersJson from '../import-headers.json';
import workflowJson from '../workflow.json';
import assessmentJson from '../assessment.json';
import deadlinesJson from '../deadlines.json';
import accountabilityJson from '../accountability.json';
import securityJson from '../security.json';
import { checkSecurityRoles, parseConfigFile } from './parse';
import * as s from './schema';

const rolesFile = parseConfigFile('roles.json', s.rolesFile, rolesJson);

export const tiers: s.TiersFile['tiers'] = parseConfigFile('tiers.json', s.tiersFile, tiersJson).tiers;
export const roles: s.RoleDefinition[] = rolesFile.roles;
export const powerTypes: s.PowerTypesFile = parseConfigFile('power-types.json', s.powerTypesFile, powerTypesJson);
export const importHeaders: s.ImportHeadersFile = parseConfigFile('import-headers.json', s.importHeadersFile, importHeadersJson);
export const workflow: s.WorkflowFile = parseConfigFile('workflow.json', s.workflowFile, workflowJson);
export const assessment: s.AssessmentFile = parseConfigFile('assessment.json', s.assessmentFile, assessmentJson);
export const deadlines: s.DeadlinesFile = parseConfigFile('deadlines.json', s.deadlinesFile, deadlinesJson);
export const accountability: s.AccountabilityFile = parseConfigFile('accountability.json', s.accountabilityFile, accountabilityJson);
export const security: s.SecurityFile = checkSecurityRoles(parseConfigFile('security.json', s.securityFile, securityJson), rolesFile);
