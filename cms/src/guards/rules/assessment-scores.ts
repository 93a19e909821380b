// The scores of an assessment as the rules read them, and the guard that keeps the server's
// pre-scores (autoScore, basis) out of the client's hands.
import type { Core } from '@strapi/strapi';
import { writingServerScores } from '../../assessment/server-scores';
import { isRow, numOf, rowsOf, strOf, type Row } from '../../util/row';
import { canonical } from '../../util/canonical';

export interface StoredScore {
  item: number;
  score: number;
  autoScore: number | null;
  basis: unknown;
  finding: string | null;
  evidence: string | null;
  overrideReason: string | null;
}

export const storedScores = (value: unknown): StoredScore[] =>
  rowsOf(value).map((s) => ({
    item: numOf(s, 'item') ?? 0,
    score: numOf(s, 'score') ?? 0,
    autoScore: numOf(s, 'autoScore'),
    basis: s.basis ?? null,
    finding: strOf(s, 'finding'),
    evidence: strOf(s, 'evidence'),
    overrideReason: strOf(s, 'overrideReason'),
  }));

export async function loadStoredScores(strapi: Core.Strapi, documentId: string): Promise<StoredScore[]> {
  const row: unknown = await strapi.db.query('api::assessment.assessment').findOne({ where: { documentId }, select: ['id'], populate: { scores: true } });
  return isRow(row) ? storedScores(row.scores) : [];
}

/** Replaces what a client sent as autoScore/basis with what the server stored for the same item. */
export function keepServerPrescores(data: Row, stored: readonly StoredScore[]): void {
  if (writingServerScores() || !Array.isArray(data.scores)) return;
  data.scores = data.scores.map((s: unknown) => {
    if (!isRow(s)) return s;
    const mine = stored.find((o) => o.item === numOf(s, 'item'));
    return { ...s, autoScore: mine?.autoScore ?? null, basis: mine?.basis ?? null };
  });
}

/** What a frozen assessment may not change in its scores (compared item by item). */
export const scoresFingerprint = (scores: readonly StoredScore[]): string =>
  canonical([...scores].sort((a, b) => a.item - b.item).map((s) => [s.item, s.score, s.autoScore, s.finding, s.evidence, s.overrideReason]));
