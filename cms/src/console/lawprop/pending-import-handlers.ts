// A department's sheet kept on the server while its laws are proposed (Art. 10, 11, 13):
//   GET  /console-api/power-imports            the department's kept imports not yet filed, so one
//        is revalidated and filed after its laws are accepted, days later, without a new upload
//   POST /console-api/power-imports            { rows, sheetRows?, columns?, file? } → kept, previewed
//   POST /console-api/power-imports/:id/preview  → the preview recomputed against the library of now
//        (each of these takes `agencies: string[]`, the missing agencies accepted for creation)
//   POST /console-api/power-imports/:id/submit   { reason } → ONE batch power adjustment, as
//        POST /console-api/power-adjustments/batch files it, from the rows kept (laws resolved)
// Only the department that uploaded the sheet (its editor or head) reads or files it.
import type { Core } from '@strapi/strapi';
import { runtimeAttributes } from '../../store/document-input';
import { PENDING_IMPORT_RESOURCE, recordLawpropEvent } from '../../audit/lawprop-events';
import type { UserActor } from '../../scope/actor';
import { findPendingImport, insertPendingImport, isRecordId, listPendingImports, markPendingImportFiled, type PendingImport } from '../../store/law-proposal-store';
import { asRow, strOf } from '../../util/row';
import { withTrx } from '../../util/trx';
import { authenticate, requirePermission } from '../auth';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from '../handlers';
import { readImportBody } from '../import';
import { ADJUSTMENT, sheetRowsOf, text, titleOf } from '../batch/batch-request';
import type { BatchRow } from '../batch/batch-rows';
import { acceptedAgencies } from '../batch/batch-agencies';
import { judgePendingImport } from './pending-report';

async function departmentActor(strapi: Core.Strapi, ctx: ConsoleContext): Promise<UserActor & { departmentId: string }> {
  const user = await authenticate(strapi, ctx);
  requirePermission(user, ADJUSTMENT, 'create');
  const actor = user.actor;
  // Art. 11: the department compiles and files its own list; a reviewer or administrator has no sheet to keep.
  if (actor.scope.kind !== 'department' || !actor.departmentId) {
    throw new ConsoleError(403, 'ROLE_FORBIDDEN', '导入权责清单由部门就本部门的权责事项提出（第十条、第十一条）。');
  }
  return { ...actor, departmentId: actor.departmentId };
}

/** The department's own kept import; another's is not found (never confirmed to exist). */
async function ownImport(strapi: Core.Strapi, id: string, departmentId: string): Promise<PendingImport> {
  const pending = isRecordId(id) ? await findPendingImport(strapi, id) : null;
  if (!pending || pending.departmentId !== departmentId) throw new ConsoleError(404, 'NOT_FOUND', '导入记录不存在或不在您的范围内。');
  return pending;
}

export function pendingImportHandlers(strapi: Core.Strapi) {
  return {
    async list(ctx: ConsoleContext): Promise<void> {
      const actor = await departmentActor(strapi, ctx);
      ctx.body = await listPendingImports(strapi, actor.departmentId);
    },

    async create(ctx: ConsoleContext): Promise<void> {
      const actor = await departmentActor(strapi, ctx);
      const body = ctx.request.body;
      const { rows, columns } = readImportBody(body);
      const id = await insertPendingImport(strapi, { departmentId: actor.departmentId, userId: actor.id, file: text(body, 'file', 200) || null, rows, sheetRows: sheetRowsOf(body, rows.length), columns });
      ctx.status = 201;
      ctx.body = (await judgePendingImport(strapi, actor, await ownImport(strapi, id, actor.departmentId), acceptedAgencies(body))).report;
    },

    async preview(ctx: ConsoleContext): Promise<void> {
      const actor = await departmentActor(strapi, ctx);
      const pending = await ownImport(strapi, ctx.params.id, actor.departmentId);
      const { report } = await judgePendingImport(strapi, actor, pending, acceptedAgencies(ctx.request.body));
      await recordLawpropEvent(strapi, actor, {
        action: 'import-revalidate', resource: PENDING_IMPORT_RESOURCE, recordId: pending.id,
        changes: { file: pending.file, total: report.total, passed: report.passed, failed: report.failed, missingLaws: report.missingLaws.map((l) => l.title) },
      });
      ctx.body = report;
    },

    async submit(ctx: ConsoleContext): Promise<void> {
      const actor = await departmentActor(strapi, ctx);
      const pending = await ownImport(strapi, ctx.params.id, actor.departmentId);
      if (pending.adjustmentId) throw new ConsoleError(409, 'WRONG_STATE', '该导入已提交为职权调整申请。', {}, { adjustmentId: pending.adjustmentId });
      const reason = text(ctx.request.body, 'reason', 2000);
      if (reason === '') throw new ConsoleError(400, 'VALIDATION', '请填写调整原因。', { reason: ['必填'] });
      const { report, resolved, judged } = await judgePendingImport(strapi, actor, pending, acceptedAgencies(ctx.request.body));
      if (report.failed > 0) {
        ctx.body = report;
        return;
      }
      const batchRows: BatchRow[] = judged.map((r, i) => ({ sheetRow: pending.sheetRows[i] ?? null, action: r.action, powerId: r.powerId, data: resolved.rows[i] }));
      const file = pending.file ?? '';
      // One request per kept import: a second submission at the same moment rolls its request back.
      const adjustmentId = await withTrx(strapi, async (trx) => {
        const created: unknown = await strapi.documents(ADJUSTMENT).create({
          data: { kind: report.added > 0 ? 'add' : 'change', department: actor.departmentId, reason, state: 'submitted', ...runtimeAttributes<typeof ADJUSTMENT>({ batchRows }), ...(file ? { batchFile: file } : {}), proposedName: titleOf(file, report) },
        });
        const id = strOf(asRow(created), 'documentId') ?? '';
        if (!(await markPendingImportFiled(trx, pending.id, id))) throw new ConsoleError(409, 'WRONG_STATE', '该导入已提交为职权调整申请。');
        return id;
      });
      ctx.status = 201;
      ctx.body = { ...report, committed: true, adjustmentId };
    },
  };
}
