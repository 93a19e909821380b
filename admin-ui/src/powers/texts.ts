// The keys the power screens translate by name. Their texts live only in the catalogues (src/i18n):
// a component's sub-field is `resources.powers.fields.<component>.<sub>` (bases.articles), the key
// react-admin itself builds for an input inside an ArrayInput, and its values
// `enums.powers.<component>.<sub>.<value>`. src/i18n/messages.test.ts checks that zh and en carry
// every key listed here.
import { powerTypes, tiers } from '../../../config/src/console';
import { BASIS_KIND_NAMES, POWER_STATUS_NAMES } from '../../../config/src/valueNames';

export const POWER_FIELDS = [
  'code', 'name', 'subItem', 'type', 'tier', 'status', 'department', 'catalogueItem', 'adjustment',
  'legalTimeLimit', 'promisedTimeLimit', 'feeBasis', 'consultationPhone', 'supervisionPhone', 'serviceGuide',
  'flowchart', 'remarks',
  'bases', 'bases.kind', 'bases.legalBasis', 'bases.articles', 'bases.excerpt',
  'steps', 'steps.step', 'steps.content', 'steps.basis',
  'accountabilities', 'accountabilities.situation', 'accountabilities.basis',
  'statutoryMin', 'statutoryMax',
  'discretion', 'discretion.level', 'discretion.levelName', 'discretion.circumstance', 'discretion.penaltyKind',
  'discretion.min', 'discretion.max', 'discretion.unit',
  'riskPoints', 'riskPoints.step', 'riskPoints.description', 'riskPoints.level', 'riskPoints.measure',
  'decomposition', 'decomposition.agency', 'decomposition.post', 'decomposition.role',
] as const;
export type PowerField = (typeof POWER_FIELDS)[number];

/**
 * The values of the enumerations on the power form, by the catalogue's key under `enums.*`: codes,
 * not texts (the names come from the catalogue). Power types, tiers, statuses and basis kinds from
 * config/, the others as the content types declare them.
 */
export const POWER_ENUMS = {
  'powers.type': powerTypes.types.map((t) => t.key),
  'powers.tier': tiers.map((t) => t.key),
  'powers.status': Object.keys(POWER_STATUS_NAMES),
  'powers.bases.kind': Object.keys(BASIS_KIND_NAMES),
  'powers.riskPoints.level': ['high', 'medium', 'low'],
  'powers.decomposition.role': ['handle', 'review', 'approve', 'legal-review'],
  'power-adjustments.kind': ['add', 'cancel', 'change', 'delegate', 'undertake'],
  'power-adjustments.state': ['draft', 'submitted', 'approved', 'rejected', 'applied'],
  'legal-bases.status': ['in-force', 'amended', 'repealed', 'not-yet-effective'],
} satisfies Record<string, readonly string[]>;
export type PowerEnum = keyof typeof POWER_ENUMS;

/**
 * `powers.bases.kind` + `setting` → [`enums.powers.bases.kind.setting`, `enums.kind.setting`]:
 * the resource's own key first, then the catalogue's fallback by bare field name.
 */
export const enumKeyChain = (name: PowerEnum, value: string): string[] => [
  `enums.${name}.${value}`,
  `enums.${name.slice(name.lastIndexOf('.') + 1)}.${value}`,
];

/** Texts under `app.powers.*`. */
export const POWER_TEXTS = [
  'section_basic', 'section_bases', 'section_steps', 'section_accountability', 'section_discretion',
  'section_risks', 'section_decomposition', 'fill_template', 'fill_template_confirm', 'fill_template_removed',
  'fill_template_no_type', 'articles_hint', 'articles_pick_basis_first', 'discretion_penalty_only',
  'decomposition_pick_department', 'post_pick_agency_first',
] as const;
export type PowerText = (typeof POWER_TEXTS)[number];
