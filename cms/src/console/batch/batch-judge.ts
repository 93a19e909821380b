// Judges the rows of a batch power adjustment (Art. 10, 11, 13) set-based, with the bulk import's
// judge (../bulk/judge.ts: parsing, references, Strapi's validation, scope) and the power rules
// (../bulk/power.ts). A row whose code the department already holds among its active powers is a
// 变更 of that power; any other row a 新增. Two rows of one sheet with one code are refused (codes
// are unique within a government, DOMAIN.md); so is a code of a cancelled or delegated power, which
// only a 新增 or 承接 of that very power brings back (Art. 11).
// Without an adjustment the judge leaves CATALOGUE_ONLY out (the department's request is what will
// authorise the rows); at approval the rows of 新增 carry the batch adjustment and are judged with it.
import type { Core } from '@strapi/strapi';
import { ACTIVE_POWER_STATUSES, fail } from '../../domain';
import { RuleViolation } from '../../store/errors';
import { modelOf } from '../../store/snapshot';
import type { UserActor } from '../../scope/actor';
import type { ModelLike } from '../../scope/populate';
import { chunksOf } from '../../util/chunks';
import { rowsOf, strOf, type Row } from '../../util/row';
import { judgeRows, type BulkJob } from '../bulk/judge';
import { ConsoleError } from '../errors';
import { powerBulk } from '../bulk/power';
import type { IdMap } from '../bulk/references';
import type { Candidate } from '../bulk/types';
import { sheetData, type BatchAction } from './batch-rows';
import { agencyRefusal, departmentAgencies, resolveAgencyNames, type MissingAgencyCitation } from './batch-agencies';

export const POWER = 'api::power.power';

export interface BatchTarget {
  departmentId: string;
  /** The tier of the department's government, stored on each new power as an approved 新增 does. */
  tier: string | null;
}

export interface JudgedRow {
  index: number;
  action: BatchAction;
  powerId: string | null;
  /** The data judged (and, for a 新增, written at approval). */
  data: Row;
  failure: Error | null;
}

export interface BatchJudgement {
  rows: JudgedRow[];
  /** The 新增 rows as the bulk judge left them (validated values), for the writer. */
  adds: Candidate[];
  idMap: IdMap;
  /** Per row, the agencies it names that the department lacks (batch-agencies.ts). */
  missingAgencies: MissingAgencyCitation[][];
}

/** Active powers of the department by code; codes of its inactive powers apart. */
async function existingCodes(strapi: Core.Strapi, departmentId: string, codes: string[]): Promise<{ active: Map<string, string>; inactive: Set<string> }> {
  const active = new Map<string, string>();
  const inactive = new Set<string>();
  for (const chunk of chunksOf(codes, 5000)) {
    const found = rowsOf(await strapi.db.query(POWER).findMany({ where: { code: { $in: chunk }, department: { documentId: departmentId } }, select: ['documentId', 'code', 'status'] }));
    for (const p of found) {
      const code = String(p.code);
      if ((ACTIVE_POWER_STATUSES as readonly string[]).includes(strOf(p, 'status') ?? '')) active.set(code, String(p.documentId));
      else inactive.add(code);
    }
  }
  for (const code of active.keys()) inactive.delete(code);
  return { active, inactive };
}

const codeOf = (row: Row): string => (typeof row.code === 'string' ? row.code.trim() : '');

function catalogueRefusal(message: string): Error {
  const result = fail('CATALOGUE_ONLY', 'code', message);
  return result.ok ? new Error(message) : new RuleViolation(result);
}

const duplicateCode = (message: string): Error => new ConsoleError(400, 'DUPLICATE_CODE', message, { code: [message] });

async function judgeGroup(strapi: Core.Strapi, actor: UserActor, model: ModelLike, rows: Row[], catalogue: boolean): Promise<{ candidates: Candidate[]; idMap: IdMap }> {
  if (rows.length === 0) return { candidates: [], idMap: new Map() };
  const job: BulkJob = { ctx: { strapi, actor, uid: POWER, now: new Date() }, adapter: powerBulk({ catalogue }), model, lookup: (uid) => modelOf(strapi, uid), isDraft: false, componentsApart: true };
  return judgeRows(job, rows);
}

/**
 * `accepted`: the keys of the missing agencies the clerk accepted for creation with the batch (at
 * approval they exist already); a row naming any other missing agency fails with AGENCY_NOT_FOUND.
 */
export async function judgeBatch(strapi: Core.Strapi, actor: UserActor, target: BatchTarget, input: readonly Row[], adjustmentId: string | null, accepted: ReadonlySet<string> = new Set()): Promise<BatchJudgement> {
  const model = modelOf(strapi, POWER);
  const agencies = await departmentAgencies(strapi, target.departmentId);
  const named = input.map((row, index) => resolveAgencyNames(row, index, agencies));
  const sheet = named.map((n) => n.row);
  const missingAgencies = named.map((n) => n.missing);
  const codes = [...new Set(sheet.map(codeOf).filter((c) => c !== ''))];
  const { active, inactive } = await existingCodes(strapi, target.departmentId, codes);
  const firstRowOf = new Map<string, number>();
  const rows: JudgedRow[] = sheet.map((row, index) => {
    const code = codeOf(row);
    const powerId = active.get(code) ?? null;
    const action: BatchAction = powerId ? 'change' : 'add';
    const data: Row = { ...sheetData(row), department: target.departmentId, ...(target.tier ? { tier: target.tier } : {}) };
    if (action === 'add' && adjustmentId) data.adjustment = adjustmentId;
    let failure: Error | null = null;
    if (code !== '' && firstRowOf.has(code)) failure = duplicateCode(`事项编码“${code}”在本次导入中重复（与第 ${(firstRowOf.get(code) ?? 0) + 1} 条数据相同）。`);
    else if (inactive.has(code)) failure = catalogueRefusal(`事项编码“${code}”属于本部门已取消或已下放的职权；恢复该职权须就该事项另行申请“新增”或“承接”调整。`);
    if (code !== '' && !firstRowOf.has(code)) firstRowOf.set(code, index);
    return { index, action, powerId, data, failure };
  });
  const addRows = rows.filter((r) => r.action === 'add' && !r.failure);
  const changeRows = rows.filter((r) => r.action === 'change' && !r.failure);
  const adds = await judgeGroup(strapi, actor, model, addRows.map((r) => r.data), adjustmentId !== null);
  // A 变更 changes a power the department holds: Art. 11's check is that of an update to 'changed'.
  const changes = await judgeGroup(strapi, actor, model, changeRows.map((r) => r.data), false);
  addRows.forEach((r, i) => (r.failure = adds.candidates[i].failure));
  changeRows.forEach((r, i) => (r.failure = changes.candidates[i].failure));
  for (const r of rows) {
    const refused = missingAgencies[r.index].find((m) => !accepted.has(m.key));
    if (refused && !r.failure) r.failure = agencyRefusal(refused.name);
  }
  const passedAdds = adds.candidates.filter((c, i) => c.failure === null && addRows[i].failure === null);
  return { rows, adds: passedAdds, idMap: adds.idMap, missingAgencies };
}
