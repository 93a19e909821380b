// The scoring sheet the server sends (GET /console-api/assessments/:id/sheet), parsed defensively.
import type { AssessmentFigure, AssessmentHistoryEntry, AssessmentItemBasis, AssessmentSheetItem } from '../../../config/src/contracts';
import { isObject } from '../providers/types';

export type Figure = AssessmentFigure;
export type ItemBasis = AssessmentItemBasis;
export type SheetItem = AssessmentSheetItem;

/** The console shows who, where, when and the opinion; the role is not displayed. */
export type HistoryEntry = Omit<AssessmentHistoryEntry, 'role'>;

export interface Sheet {
  id: string;
  year: number | null;
  method: string | null;
  state: string;
  stateName: string;
  editable: boolean;
  assessor: { name: string } | null;
  target: { kind: string; name: string } | null;
  plan: { id: string; title: string } | null;
  items: SheetItem[];
  total: number | null;
  grade: string | null;
  reviewOpinion: string | null;
  actions: string[];
  opinionRequired: string[];
  history: HistoryEntry[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);

function basisOf(v: unknown): ItemBasis | null {
  if (!isObject(v)) return null;
  return { summary: str(v.summary) ?? '', figures: list(v.figures).map((f) => ({ key: str(f.key) ?? '', label: str(f.label) ?? '', value: num(f.value) ?? 0 })), computedAt: str(v.computedAt) };
}

export function parseSheet(body: unknown): Sheet {
  const b = isObject(body) ? body : {};
  const named = (v: unknown) => (isObject(v) ? { name: str(v.name) ?? '', kind: str(v.kind) ?? '', id: str(v.id) ?? '', title: str(v.title) ?? '' } : null);
  return {
    id: str(b.id) ?? '',
    year: num(b.year),
    method: str(b.method),
    state: str(b.state) ?? 'draft',
    stateName: str(b.stateName) ?? '',
    editable: b.editable === true,
    assessor: named(b.assessor),
    target: named(b.target),
    plan: named(b.plan),
    items: list(b.items).map((i) => ({
      item: num(i.item) ?? 0, name: str(i.name) ?? '', weight: num(i.weight) ?? 0, guide: str(i.guide) ?? '', prescored: i.prescored === true,
      score: num(i.score), autoScore: num(i.autoScore), basis: basisOf(i.basis), finding: str(i.finding), evidence: str(i.evidence), overrideReason: str(i.overrideReason),
    })),
    total: num(b.total),
    grade: str(b.grade),
    reviewOpinion: str(b.reviewOpinion),
    actions: Array.isArray(b.actions) ? b.actions.filter((a): a is string => typeof a === 'string') : [],
    opinionRequired: Array.isArray(b.opinionRequired) ? b.opinionRequired.filter((a): a is string => typeof a === 'string') : [],
    history: list(b.history).map((h) => ({ action: str(h.action) ?? '', from: str(h.from), to: str(h.to) ?? '', at: str(h.at) ?? '', actor: str(h.actor) ?? '', organisation: str(h.organisation), opinion: str(h.opinion) })),
  };
}

/** A pre-scored item whose score departs from the computed one (to two decimals). */
export const isOverride = (item: Pick<SheetItem, 'score' | 'autoScore'>): boolean =>
  item.autoScore !== null && item.score !== null && Math.round(item.score * 100) !== Math.round(item.autoScore * 100);
