// The approval of a batch power adjustment (Art. 10, 11, 13), inside the approval's own
// transaction: every row is judged again against the state of now, with CATALOGUE_ONLY (the 新增
// rows carry this adjustment, approved a moment ago); if any row fails, the approval is refused as
// a whole (BATCH_ROWS_INVALID, each failing row named) and nothing is written. Otherwise the 新增
// rows are written set-based (the bulk import's writer, one audit row each) and each 变更 row
// changes its power through the document service as the server, whose rules check it once more.
// The request is marked applied and the department's list gets a draft version to review.
// Agencies the rows name by name that the department lacks (accepted by the clerk in the preview)
// are created first, under the department, in the same transaction: a refusal rolls them back too.
import type { Core } from '@strapi/strapi';
import { startDraftVersion } from '../../adjustment/new-version';
import { fail, type ViolationDetail } from '../../domain';
import { RuleViolation, WorkflowRefusal } from '../../store/errors';
import { asSystem, type Actor } from '../../scope/actor';
import { runtimeInput } from '../../store/document-input';
import { asRow, strOf, type Row } from '../../util/row';
import { withTrx } from '../../util/trx';
import { auditCreates } from '../bulk/audit';
import { documentIdGenerator, metaOf } from '../bulk/metadata';
import { insertPlanned } from '../bulk/write';
import { toConsoleError } from '../errors';
import { judgeBatch, POWER } from './batch-judge';
import { batchRowsOf } from './batch-rows';
import { ADJUSTMENT } from './batch-request';
import { createNamedAgencies } from './batch-agencies';

/** At most this many failing rows are named in the refusal; the count says how many there are. */
const NAMED = 50;

function refusal(details: ViolationDetail[], total: number): RuleViolation {
  const shown = details.slice(0, 5).map((d) => `${d.item}：${d.message}`).join('；');
  const result = fail('BATCH_ROWS_INVALID', 'batchRows', `批量调整中有 ${total} 行在审批时未通过校验，整批不予批准，未写入任何职权：${shown}${total > 5 ? '……' : ''}`, details.slice(0, NAMED));
  if (result.ok) throw new Error('unreachable');
  return new RuleViolation(result);
}

export async function applyBatch(strapi: Core.Strapi, adjustment: Row, actor: Actor): Promise<void> {
  const adjustmentId = String(adjustment.documentId);
  const department = asRow(adjustment.department);
  const departmentId = strOf(department, 'documentId');
  if (!departmentId) throw new WorkflowRefusal('department', '批量职权调整缺少申请部门。', 'CATALOGUE_ONLY');
  // The reviewer's own scope and readable references are what the rows are judged under.
  if (actor.kind !== 'user') throw new WorkflowRefusal('state', '批量职权调整须由司法行政审核员在管理控制台审批。', 'ROLE_FORBIDDEN');
  const stored = batchRowsOf(adjustment.batchRows);
  const target = { departmentId, tier: strOf(asRow(department?.government), 'tier') };
  const now = new Date();
  await createNamedAgencies(strapi, actor, departmentId, stored.map((r) => r.data), now);
  const judged = await judgeBatch(strapi, actor, target, stored.map((r) => r.data), adjustmentId);
  const failing = judged.rows.filter((r) => r.failure);
  if (failing.length > 0) {
    const details = failing.map((r) => {
      const mapped = toConsoleError(r.failure);
      const field = mapped ? Object.keys(mapped.errors)[0] ?? '' : '';
      const sheetRow = stored[r.index]?.sheetRow;
      return { item: sheetRow ? `第 ${sheetRow} 行` : `第 ${r.index + 1} 条`, field, message: mapped?.message ?? String(r.failure) };
    });
    throw refusal(details, failing.length);
  }
  const newDocumentId = documentIdGenerator(metaOf(strapi, POWER));
  const documentIds = judged.adds.map(() => newDocumentId());
  const planned = judged.adds.map((c, i) => ({ values: c.values ?? {}, data: c.data, extra: { documentId: documentIds[i], publishedAt: now } }));
  await withTrx(strapi, (trx) => insertPlanned(strapi, trx, POWER, planned, judged.idMap));
  await auditCreates({ strapi, actor, uid: POWER, now }, documentIds);
  await asSystem(async () => {
    for (const r of judged.rows) {
      if (r.action !== 'change' || !r.powerId) continue;
      await strapi.documents(POWER).update({ documentId: r.powerId, data: runtimeInput<typeof POWER>({ ...r.data, status: 'changed', adjustment: adjustmentId }) });
    }
    // `fields`: nothing reads the answer, which would otherwise carry the 10 MB of batchRows back (issue 17).
    await strapi.documents(ADJUSTMENT).update({ documentId: adjustmentId, data: { state: 'applied', appliedPower: documentIds[0] ?? judged.rows.find((x) => x.powerId)?.powerId ?? null }, fields: ['documentId'] });
    await startDraftVersion(strapi, departmentId);
  });
}
