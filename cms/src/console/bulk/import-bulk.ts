// The set-based import of a content type with a bulk adapter (registry.ts). Same contract and
// report as the row-by-row import, same guarantees, measured in batch queries instead of one
// document-service write per row:
// - the preview (commit: false) judges every row (judge.ts) and writes nothing at all;
// - the commit judges every row again, inside one transaction, and only if all pass writes the
//   rows, their links and components, the derived writes and one audit row per record, then checks
//   the stored rows against the importer's scope with the middleware's own query. Any failure
//   rolls the whole transaction back.
import type { Core, UID } from '@strapi/strapi';
import { writeFilter } from '../../scope/filters';
import type { UserActor } from '../../scope/actor';
import type { ModelLike } from '../../scope/populate';
import { chunksOf } from '../../util/chunks';
import type { Row } from '../../util/row';
import { withTrx } from '../../util/trx';
import { toConsoleError } from '../errors';
import { finalReport, type ImportReport, type RowReport } from '../import-report';
import { auditCreates } from './audit';
import { judgeRows, type BulkJob } from './judge';
import { documentIdGenerator, metaOf } from './metadata';
import type { IdMap } from './references';
import type { BulkAdapter, Candidate } from './types';
import { insertPlanned } from './write';

type Model = ModelLike & { options?: { draftAndPublish?: boolean } };

function reportOf(c: Candidate, id?: string): RowReport {
  if (!c.failure) return { index: c.index, ok: true, id };
  const mapped = toConsoleError(c.failure);
  // Every refusal the judge records is a mapped error; anything else is a bug, answered as a 500.
  if (!mapped) throw c.failure;
  return { index: c.index, ok: false, code: mapped.code, message: mapped.message, errors: mapped.errors };
}

/** The middleware's after-write scope check, once for all stored rows: the judge must have agreed. */
async function assertStoredInScope(job: BulkJob, documentIds: readonly string[]): Promise<void> {
  const { strapi, actor, uid } = job.ctx;
  const filter = writeFilter(actor, uid);
  if (!filter) return;
  for (const chunk of chunksOf(documentIds, 5000)) {
    const inside = Number(await strapi.db.query(uid as UID.Schema).count({ where: { $and: [{ documentId: { $in: chunk } }, filter] } }));
    if (inside !== chunk.length) throw new Error(`bulk import: ${chunk.length - inside} stored ${uid} rows lie outside the importer's scope`);
  }
}

async function writeRows(job: BulkJob, rows: readonly Candidate[], idMap: IdMap): Promise<string[]> {
  const { ctx } = job;
  const newDocumentId = documentIdGenerator(metaOf(ctx.strapi, ctx.uid));
  const documentIds = rows.map(() => newDocumentId());
  // What the document service sets: published at once without drafts, a draft (no publishedAt) with.
  const publishedAt = job.isDraft ? null : ctx.now;
  const planned = rows.map((c, i) => ({ values: c.values ?? {}, data: c.data, extra: { documentId: documentIds[i], publishedAt } }));
  await withTrx(ctx.strapi, (trx) => insertPlanned(ctx.strapi, trx, ctx.uid, planned, idMap));
  await assertStoredInScope(job, documentIds);
  await job.adapter.afterWrite(ctx, rows);
  await auditCreates(ctx, documentIds);
  return documentIds;
}

export async function importRowsBulk(strapi: Core.Strapi, actor: UserActor, uid: string, adapter: BulkAdapter, model: Model, lookup: (uid: string) => ModelLike, rows: Row[], commit: boolean, status: { status?: 'draft' }): Promise<ImportReport> {
  const draftAndPublish = model.options?.draftAndPublish === true;
  // Publishing on import would run the publish rules (and Strapi's publish) per row: not done here.
  if (draftAndPublish && status.status !== 'draft') throw new Error(`bulk import: ${uid} is imported as drafts only`);
  const job: BulkJob = { ctx: { strapi, actor, uid, now: new Date() }, adapter, model, lookup, isDraft: draftAndPublish };
  const started = Date.now();
  // Where the time of a large sheet goes, for whoever tunes the import next.
  const took = (what: string): void => void strapi.log.debug(`[nmg] bulk import of ${rows.length} ${uid}: ${what} after ${Date.now() - started} ms`);
  if (!commit) {
    const { candidates } = await judgeRows(job, rows);
    took('judged (preview)');
    return finalReport(rows.length, candidates.map((c) => reportOf(c)), false);
  }
  return strapi.db.transaction(async () => {
    // Two commits of one type run one after the other, so the second judges its unique values
    // against the first's rows (Strapi's own check, on either path, reads without a lock).
    await withTrx(strapi, (trx) => trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`nmg-bulk-import:${uid}`]));
    const { candidates, idMap } = await judgeRows(job, rows);
    took('judged');
    if (candidates.some((c) => c.failure)) return finalReport(rows.length, candidates.map((c) => reportOf(c)), true);
    const documentIds = await writeRows(job, candidates, idMap);
    took('written');
    return finalReport(rows.length, candidates.map((c, i) => reportOf(c, documentIds[i])), true);
  });
}
