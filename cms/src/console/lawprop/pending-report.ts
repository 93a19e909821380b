// The preview of a kept import (Art. 10, 11, 13): the batch report of its rows as the library stands
// now, each row that cites a law the library lacks failing with LAW_NOT_IN_LIBRARY, and those laws
// listed once per law with the sheet rows citing each and the state of their proposal.
import type { Core } from '@strapi/strapi';
import type { UserActor } from '../../scope/actor';
import { listProposals, type LawProposal, type PendingImport } from '../../store/law-proposal-store';
import { judgeBatch } from '../batch/batch-judge';
import { batchReport, type BatchReport, type BatchRowReport } from '../batch/batch-report';
import { targetOf } from '../batch/batch-request';
import { libraryByKey, missingLawFailure, resolveLawTitles, type ResolvedRows } from './resolve-laws';
import type { JudgedRow } from '../batch/batch-judge';

export interface MissingLawEntry {
  title: string;
  /** Sheet rows (or, without them, 1-based data rows) citing the law. */
  rows: number[];
  proposal: { id: string; state: string; opinion: string | null } | null;
}

export interface PendingReport extends BatchReport {
  importId: string;
  missingLaws: MissingLawEntry[];
}

export interface PendingJudgement {
  report: PendingReport;
  resolved: ResolvedRows;
  judged: JudgedRow[];
}

function withMissingLaws(row: BatchRowReport, resolved: ResolvedRows, columns: Record<string, string>): BatchRowReport {
  const missing = resolved.missing[row.index] ?? [];
  if (missing.length === 0) return row;
  const column = columns.bases;
  const lawFailures = missing.map((m) => ({ ...missingLawFailure(m), ...(column ? { column } : {}) }));
  // A row whose every basis is a missing law has no basis in the library: that is this failure, not another.
  const others = (row.failures ?? []).filter((f) => !(resolved.onlyMissing[row.index] && f.code === 'BASIS_REQUIRED'));
  const first = lawFailures[0];
  return { ...row, ok: false, code: row.ok || row.code === 'BASIS_REQUIRED' ? first.code : row.code, message: row.ok || row.code === 'BASIS_REQUIRED' ? first.message : row.message, failures: [...lawFailures, ...others] };
}

function missingLawsOf(resolved: ResolvedRows, sheetRows: readonly (number | null)[], proposals: readonly LawProposal[]): MissingLawEntry[] {
  const byKey = new Map<string, MissingLawEntry>();
  for (const citations of resolved.missing) {
    for (const c of citations) {
      const entry = byKey.get(c.key) ?? { title: c.title, rows: [], proposal: null };
      const sheetRow = sheetRows[c.index] ?? c.index + 1;
      if (!entry.rows.includes(sheetRow)) entry.rows.push(sheetRow);
      byKey.set(c.key, entry);
    }
  }
  // The newest proposal of each law in the department's government (refused ones stay visible with their opinion).
  const latest = new Map<string, LawProposal>();
  for (const p of proposals) if (!latest.has(p.titleKey)) latest.set(p.titleKey, p);
  return [...byKey].map(([key, entry]) => {
    const p = latest.get(key);
    return { ...entry, rows: entry.rows.sort((a, b) => a - b), proposal: p ? { id: p.id, state: p.state, opinion: p.opinion } : null };
  });
}

/** `accepted`: the missing agencies the clerk accepts for creation with the batch (batch-agencies.ts). */
export async function judgePendingImport(strapi: Core.Strapi, actor: UserActor, pending: PendingImport, accepted: ReadonlySet<string> = new Set()): Promise<PendingJudgement> {
  const resolved = resolveLawTitles(pending.rows, await libraryByKey(strapi));
  const judgement = await judgeBatch(strapi, actor, await targetOf(strapi, pending.departmentId), resolved.rows, null, accepted);
  const base = batchReport(judgement.rows, resolved.rows, pending.columns, false, { missing: judgement.missingAgencies, accepted, sheetRows: pending.sheetRows });
  const rows = base.rows.map((r) => withMissingLaws(r, resolved, pending.columns));
  const failed = rows.filter((r) => !r.ok).length;
  const keys = [...new Set(resolved.missing.flat().map((m) => m.key))];
  const proposals = keys.length > 0 && actor.governmentId ? await listProposals(strapi, { governmentId: actor.governmentId, titleKeys: keys }) : [];
  const report: PendingReport = { ...base, rows, failed, passed: base.total - failed, importId: pending.id, missingLaws: missingLawsOf(resolved, pending.sheetRows, proposals) };
  return { report, resolved, judged: judgement.rows };
}
