// Which fields of a power adjustment (Art. 11) the requesting department fills in, by kind. The
// decision (state, opinion, decidedAt, approvingDepartment) is taken on the show page's decision
// panel and recorded by the server, and appliedPower is set when an approval is applied: none of
// them belongs on the request form. A required state without a value kept the form from saving.
import type { FieldSchema } from '../providers/types';

export const DECISION_FIELDS = ['state', 'opinion', 'decidedAt', 'approvingDepartment', 'appliedPower'];

/** Fields shown only for some kinds; a field not named here is part of every request. */
const BY_KIND: Record<string, string[]> = {
  power: ['cancel', 'change', 'delegate', 'undertake'],
  targetDepartment: ['delegate', 'undertake'],
  proposedCode: ['add', 'change'],
  proposedName: ['add', 'change'],
  proposedType: ['add', 'change'],
  catalogueItem: ['add', 'change'],
  legalBasis: ['add', 'change'],
  basisArticles: ['add', 'change'],
};

/** The request's fields in schema order; with no kind chosen yet, only those every kind has. */
export function requestFields(fields: FieldSchema[], kind: unknown): FieldSchema[] {
  return fields.filter((f) => !DECISION_FIELDS.includes(f.name) && (!BY_KIND[f.name] || (typeof kind === 'string' && BY_KIND[f.name].includes(kind))));
}

/** What is sent: the fields of the chosen kind only (a value typed before the kind changed stays out). */
export function requestData(data: Record<string, unknown>, fields: FieldSchema[]): Record<string, unknown> {
  const kept = new Set(['id', 'updatedAt', ...requestFields(fields, data.kind).map((f) => f.name)]);
  return Object.fromEntries(Object.entries(data).filter(([key]) => kept.has(key)));
}
