// Published assessment results (Art. 22: 评议考核情况应当以适当方式公开; Art. 26: 纳入全面依法治区考核):
// for a year and a tier, each assessed government or department with its parts (self, mutual,
// internal, external evaluation), the combined score by its plan's weights, grade and rank within
// the tier. Only published assessments count; the public's ratings make the external part.
// Organisations only: assessments of agencies and officers are never published here (Art. 21).
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { assessmentGrade, compositeScore, PART_KEYS, rankByScore, ratingPoints, type PartKey } from '../domain';
import { planWeights } from '../assessment/plans';
import { asRow, numOf, rowsOf, strOf, type Row } from '../util/row';

export interface PublicAssessmentResult {
  rank: number;
  year: number;
  tier: string;
  target: { kind: 'government' | 'department'; id: string; name: string; governmentName: string | null };
  plan: { id: string; title: string } | null;
  parts: Record<PartKey, number | null>;
  weights: Record<PartKey, number>;
  ratingCount: number;
  ratingAverage: number | null;
  score: number;
  grade: string;
  assessments: number;
  publicationDate: string | null;
}

interface Group {
  target: PublicAssessmentResult['target'];
  tier: string;
  plan: Row | null;
  totals: Record<PartKey, number[]>;
  published: string | null;
  departmentIds: string[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const average = (values: number[]): number | null => (values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null);
const isoOf = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null);

async function ratingsOf(strapi: Core.Strapi, year: number, departmentIds: string[]): Promise<number[]> {
  if (departmentIds.length === 0) return [];
  const rows: unknown = await strapi.db.query('api::public-rating.public-rating').findMany({ where: { year, department: { documentId: { $in: departmentIds } } }, select: ['rating'] });
  return rowsOf(rows).map((r) => numOf(r, 'rating') ?? 0);
}

export async function publishedResults(strapi: Core.Strapi, year: number, tier: string | null): Promise<PublicAssessmentResult[]> {
  const rows: unknown = await strapi.db.query('api::assessment.assessment').findMany({
    where: { year, state: 'published', $or: [{ targetDepartment: { id: { $notNull: true } } }, { targetGovernment: { id: { $notNull: true } } }] },
    select: ['method', 'total', 'publicationDate'],
    populate: {
      targetDepartment: { select: ['documentId', 'name'], populate: { government: { select: ['documentId', 'name', 'tier'] } } },
      targetGovernment: { select: ['documentId', 'name', 'tier'] },
      plan: true,
    },
  });
  const groups = new Map<string, Group>();
  for (const row of rowsOf(rows)) {
    const department = asRow(row.targetDepartment);
    const government = department ? asRow(department.government) : asRow(row.targetGovernment);
    if (!government) continue;
    const target: Group['target'] = department
      ? { kind: 'department', id: String(department.documentId), name: strOf(department, 'name') ?? '', governmentName: strOf(government, 'name') }
      : { kind: 'government', id: String(government.documentId), name: strOf(government, 'name') ?? '', governmentName: null };
    const targetTier = strOf(government, 'tier') ?? '';
    if (tier && targetTier !== tier) continue;
    const plan = asRow(row.plan);
    const key = `${plan ? String(plan.documentId) : '-'}|${target.kind}|${target.id}`;
    const group = groups.get(key) ?? { target, tier: targetTier, plan, totals: { self: [], mutual: [], internal: [], external: [] }, published: null, departmentIds: department ? [target.id] : [] };
    const method = strOf(row, 'method') as PartKey | null;
    if (method && PART_KEYS.includes(method)) group.totals[method].push(numOf(row, 'total') ?? 0);
    const published = isoOf(row.publicationDate);
    if (published && (!group.published || published > group.published)) group.published = published;
    groups.set(key, group);
  }
  const config = regulationConfig().assessment;
  const defaults = config.parts.defaultWeights;
  const results: Omit<PublicAssessmentResult, 'rank'>[] = [];
  for (const group of groups.values()) {
    if (group.target.kind === 'government') {
      const deps: unknown = await strapi.db.query('api::department.department').findMany({ where: { government: { documentId: group.target.id } }, select: ['documentId'] });
      group.departmentIds = rowsOf(deps).map((d) => String(d.documentId));
    }
    const ratings = await ratingsOf(strapi, year, group.departmentIds);
    const ratingAverage = average(ratings);
    const parts = Object.fromEntries(PART_KEYS.map((k) => [k, average(group.totals[k])])) as Record<PartKey, number | null>;
    // The public's ratings are the external part (Art. 25); an external assessment record stands in without them.
    if (ratingAverage !== null) parts.external = ratingPoints(ratingAverage, config.externalRating.scale);
    const weights = group.plan ? planWeights(group.plan) : { self: defaults.self ?? 0, mutual: defaults.mutual ?? 0, internal: defaults.internal ?? 0, external: defaults.external ?? 0 };
    const score = compositeScore(parts, weights);
    if (score === null) continue;
    results.push({
      year, tier: group.tier, target: group.target,
      plan: group.plan ? { id: String(group.plan.documentId), title: strOf(group.plan, 'title') ?? '' } : null,
      parts, weights, ratingCount: ratings.length, ratingAverage, score, grade: assessmentGrade(score, config.grades),
      assessments: PART_KEYS.reduce((n, k) => n + group.totals[k].length, 0), publicationDate: group.published,
    });
  }
  // Ranked within each tier (Art. 22): a county department is compared with county departments.
  const tiers = [...new Set(results.map((r) => r.tier))];
  return tiers.flatMap((t) => rankByScore(results.filter((r) => r.tier === t)));
}

