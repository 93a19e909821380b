// Pre-scores items 4–7 of an assessment (Art. 24) from the system's own data and stores, on each
// of those scores, the computed score (autoScore) and the figures behind it (basis). The score
// itself follows the computed one unless the assessor overrode it with a written reason.
import type { Core } from '@strapi/strapi';
import { prescoreItems, sumPrescoreFacts, type ItemPrescore, type PrescoreFacts } from '../domain';
import { asRow, isoDate, isRow, numOf, relId, rowsOf, strOf, type Row } from '../util/row';
import { assessmentConfig, itemWeights } from './config';
import { departmentPrescoreFacts, type Period } from './prescore-facts';
import { withServerScores } from './server-scores';
import { runtimeInput } from '../store/document-input';

const UID = 'api::assessment.assessment';

export interface PrescoreBasis {
  summary: string;
  ratio: number | null;
  figures: ItemPrescore['figures'];
  period: Period;
  target: string;
  computedAt: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function periodOf(year: number, plan: Row | null, now: string = today()): Period {
  const start = isoDate(plan?.periodStart) ?? `${year}-01-01`;
  const end = isoDate(plan?.periodEnd) ?? `${year}-12-31`;
  return { start, end, asOf: now < end ? now : end };
}

/** The departments whose data a target's items 4–7 are counted on: itself, or all of a government's. */
async function targetDepartments(strapi: Core.Strapi, row: Row): Promise<{ ids: string[]; name: string } | null> {
  const department = asRow(row.targetDepartment);
  if (department) return { ids: [String(department.documentId)], name: strOf(department, 'name') ?? '' };
  const government = asRow(row.targetGovernment);
  if (!government) return null;
  const rows: unknown = await strapi.db.query('api::department.department').findMany({ where: { government: { documentId: government.documentId } }, select: ['documentId'] });
  return { ids: rowsOf(rows).map((r) => String(r.documentId)), name: strOf(government, 'name') ?? '' };
}

export interface PrescoreResult {
  items: ItemPrescore[];
  facts: PrescoreFacts;
  period: Period;
}

/** Computes the pre-scores of an assessment; null when its target is not a department or government. */
export async function computePrescore(strapi: Core.Strapi, documentId: string): Promise<(PrescoreResult & { row: Row; targetName: string }) | null> {
  const row: unknown = await strapi.db.query(UID).findOne({
    where: { documentId },
    populate: { targetDepartment: { select: ['documentId', 'name'] }, targetGovernment: { select: ['documentId', 'name'] }, plan: true, scores: true },
  });
  if (!isRow(row)) return null;
  const target = await targetDepartments(strapi, row);
  if (!target) return null;
  const period = periodOf(numOf(row, 'year') ?? new Date().getFullYear(), asRow(row.plan));
  const facts = sumPrescoreFacts(await Promise.all(target.ids.map((id) => departmentPrescoreFacts(strapi, id, period))));
  const wanted = new Set(assessmentConfig().prescoring.items);
  const items = prescoreItems(facts, itemWeights(), assessmentConfig().enforcementRecord.item).filter((i) => wanted.has(i.item));
  return { items, facts, period, row, targetName: target.name };
}

const scoreFields = (s: Row): Row => ({
  item: numOf(s, 'item'),
  score: numOf(s, 'score'),
  finding: strOf(s, 'finding'),
  evidence: strOf(s, 'evidence'),
  overrideReason: strOf(s, 'overrideReason'),
  autoScore: numOf(s, 'autoScore'),
  basis: s.basis ?? null,
});

/** Writes the pre-scores through the document service (the user's scope and the rules apply). */
export async function applyPrescore(strapi: Core.Strapi, documentId: string): Promise<PrescoreResult | null> {
  const computed = await computePrescore(strapi, documentId);
  if (!computed) return null;
  const computedAt = new Date().toISOString();
  const existing = rowsOf(computed.row.scores).map(scoreFields);
  const byItem = new Map(existing.map((s) => [Number(s.item), s]));
  for (const p of computed.items) {
    const current = byItem.get(p.item);
    const overridden = (strOf(current ?? null, 'overrideReason') ?? '').trim() !== '';
    const basis: PrescoreBasis = { summary: p.summary, ratio: p.ratio, figures: p.figures, period: computed.period, target: computed.targetName, computedAt };
    byItem.set(p.item, { ...(current ?? { item: p.item, finding: null, evidence: null, overrideReason: null }), autoScore: p.autoScore, basis, score: overridden ? numOf(current ?? null, 'score') : p.autoScore });
  }
  const scores = [...byItem.values()].sort((a, b) => Number(a.item) - Number(b.item));
  await withServerScores(() => strapi.documents(UID).update({ documentId, data: runtimeInput<typeof UID>({ scores }), fields: ['documentId'] }));
  return { items: computed.items, facts: computed.facts, period: computed.period };
}

export const assessmentTargetId = (row: Row): string | null => relId(row, 'targetDepartment') ?? relId(row, 'targetGovernment');
