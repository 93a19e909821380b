// One audit row per created record, as recordAudit writes it for a create (the same row builder,
// the same masking of personal information, Art. 21), with the "after" snapshot read back from the
// stored rows as loadSnapshot reads it, and all rows inserted set-based.
import { AUDIT_UID, auditRow } from '../../audit/record';
import { loadSnapshots } from '../../store/snapshot';
import type { BulkContext } from './types';
import { withTrx } from '../../util/trx';
import { insertEntities } from './insert-rows';

export async function auditCreates(ctx: BulkContext, documentIds: readonly string[]): Promise<void> {
  const after = await loadSnapshots(ctx.strapi, ctx.uid, documentIds);
  const data = documentIds.map((recordId) => {
    const snapshot = after.get(recordId);
    if (!snapshot) throw new Error(`bulk import: ${ctx.uid} ${recordId} was not stored`);
    return auditRow(ctx.strapi, ctx.actor, { action: 'create', resource: ctx.uid, recordId, before: null, after: snapshot }, ctx.now);
  });
  // Through the query engine's lifecycles and conversions, in unnest statements (insert-rows.ts).
  await withTrx(ctx.strapi, (trx) => insertEntities(ctx.strapi, trx, AUDIT_UID, data));
}
